package io.github.graphdocs.diagnostics;

/**
 * Every kind of finding graphdocs reports. The ids are stable: scripts and suppression lists rely on
 * them. docs/diagnostics.md describes each one and how to fix the doc.
 */
public enum DiagnosticCode {
  // GD1xx: reading files
  DOCS_FOLDER_MISSING("GD100", Severity.ERROR, "The docs folder does not exist or is not a folder."),
  FILE_UNREADABLE("GD101", Severity.ERROR, "A docs file could not be read."),
  NOT_UTF8("GD102", Severity.WARNING, "A docs file is not valid UTF-8; bad bytes were replaced."),
  BINARY_FILE("GD103", Severity.WARNING, "A .md file holds binary data and was skipped."),
  EMPTY_FILE("GD104", Severity.NOTE, "A docs file is empty."),
  FILE_TOO_LARGE("GD105", Severity.WARNING, "A docs file is larger than the reading limit and was cut."),
  NO_PAGES("GD106", Severity.ERROR, "The docs folder holds no Markdown page that could be read."),
  FRONT_MATTER_LINE("GD107", Severity.NOTE, "A front matter line is not 'key: value' YAML."),
  LINK_LEAVES_DOCS("GD108", Severity.NOTE, "A symbolic link points outside the docs folder; it is not followed."),
  LINK_LOOP("GD109", Severity.NOTE, "A symbolic link points to a folder that holds it (a loop); it is not followed."),
  LINK_DANGLING("GD110", Severity.NOTE, "A symbolic link points to nothing."),
  LINK_INSIDE_DOCS("GD111", Severity.NOTE, "A symbolic link points to a page or folder of the docs folder, which is read there."),
  NOT_A_REGULAR_FILE("GD112", Severity.NOTE, "A .md entry is a FIFO, device or socket, not a file; it is skipped."),
  PAGE_EXHAUSTED_JVM("GD113", Severity.ERROR, "Reading a page exhausted the JVM's memory or stack; the page is skipped."),

  // GD12x: reading options
  INCLUDE_MATCHES_NOTHING("GD120", Severity.WARNING, "An include pattern matches no page of the docs folder."),
  NO_PAGE_SELECTED("GD121", Severity.ERROR, "The include and exclude patterns leave no page to read."),

  // GD13x: type selection options
  SELECTED_TYPE_UNKNOWN("GD130", Severity.ERROR, "A selected type is not a type of the docs."),
  SELECTED_NAMESPACE_UNKNOWN("GD131", Severity.ERROR, "A selected namespace is not a namespace of the docs."),
  SELECTED_TYPE_AMBIGUOUS("GD132", Severity.ERROR, "A selected simple type name is defined in several namespaces."),
  // GD19x: limits on input
  PAGE_EXCEEDS_LIMITS("GD190", Severity.ERROR, "Analysing a page ran out of memory or stack; the page's findings are incomplete."),

  INTERNAL_ERROR("GD199", Severity.ERROR, "graphdocs failed on a page; please report it with the page."),

  // GD2xx: page structure
  ANNOTATION_INVALID_JSON("GD200", Severity.WARNING, "An annotation comment is not valid JSON."),
  ANNOTATION_WITHOUT_CODE("GD201", Severity.WARNING, "An annotation is not followed by a fenced code block."),
  JSON_BLOCK_INVALID("GD202", Severity.WARNING, "A JSON code block has syntax errors."),
  TABLE_ROW_SHAPE("GD203", Severity.WARNING, "A table row has missing, extra or empty cells."),
  RESOURCE_WITHOUT_TYPE("GD204", Severity.WARNING, "A resource annotation names no @odata.type."),
  INHERITS_WITHOUT_TYPE("GD205", Severity.WARNING, "'Inherits from' text names no type."),
  PROPERTY_NAME_INVALID("GD206", Severity.WARNING, "A property name cell is not a plain name."),
  HTTP_REQUEST_INVALID("GD207", Severity.WARNING, "An HTTP request line could not be read."),

  // GD3xx: schema consistency
  UNKNOWN_TYPE("GD300", Severity.WARNING, "A property refers to a type that no page defines."),
  UNKNOWN_BASE_TYPE("GD301", Severity.WARNING, "A base type is not defined by any page."),
  BASE_TYPE_CYCLE("GD302", Severity.ERROR, "Base types form a cycle."),
  CONFLICTING_BASE_TYPES("GD303", Severity.WARNING, "Pages state two different base types for one type."),
  CONFLICTING_PROPERTY_TYPES("GD304", Severity.WARNING, "One property is given two different types."),
  INCOMPATIBLE_PROPERTY("GD305", Severity.ERROR, "One property is defined twice, incompatibly (value vs. object vs. collection)."),
  PROPERTY_ONLY_IN_JSON("GD306", Severity.NOTE, "A property appears in the JSON representation but not in the table."),
  CONFLICTING_KINDS("GD307", Severity.WARNING, "A type is documented as an enum and as a structured type."),
  TYPE_WITHOUT_NAMESPACE("GD308", Severity.NOTE, "A type name is not qualified; the page namespace was assumed."),
  ENUM_WITHOUT_MEMBERS("GD309", Severity.WARNING, "An enum type has no documented members."),
  EXAMPLE_SHAPE_CONTRADICTS_TABLE("GD320", Severity.WARNING,
      "Every example shows a property as a single value where its table says collection, or the reverse; the schema follows the examples."),
  EXAMPLE_SHAPES_SPLIT("GD321", Severity.WARNING,
      "The examples show a property both as a single value and as a collection; the model reads both."),
  EXAMPLE_SHAPE_KIND("GD322", Severity.WARNING, "The examples show an object where a property's table gives a plain value, or the reverse."),

  // GD340-GD359: operations and the entity container
  PATH_TEMPLATE_REPAIRED("GD340", Severity.WARNING, "A path template has an unclosed parenthesis or brace; it was closed at the next '/'."),
  OPERATION_PARAMETER_CONFLICT("GD341", Severity.WARNING, "Two pages give one operation parameter two different types."),
  OPERATION_RETURN_CONFLICT("GD342", Severity.WARNING, "Two pages give one operation two different return types."),
  OPERATION_KIND_CONFLICT("GD343", Severity.WARNING, "One operation is an action (POST) on one page and a function (GET) on another."),
  CONTAINER_TYPE_CONFLICT("GD344", Severity.WARNING, "Pages state unrelated types for one entity set or singleton."),
  OPERATION_NOT_BOUND("GD345", Severity.NOTE, "A request line calls an operation whose binding type no page documents."),

  // GD4xx: names
  INVALID_TYPE_NAME("GD400", Severity.ERROR, "A type name cannot become a Java type name."),
  NAMES_DIFFER_IN_CASE("GD401", Severity.WARNING, "Two names differ only in letter case."),
  RESERVED_NAME("GD402", Severity.NOTE, "A name is a Java keyword or clashes with a name the model uses; it was mapped."),
  CLASS_NAME_CLASH("GD403", Severity.NOTE, "A class would have the name of a package; it was renamed."),
  NAME_TOO_LONG("GD404", Severity.NOTE, "A name is too long for a file name or a Java name; it was shortened."),
  NAME_NOT_A_STRING_CONSTANT("GD405", Severity.ERROR, "A wire name is longer than a Java string constant holds."),
  PACKAGE_PATH_TOO_LONG("GD406", Severity.ERROR, "A namespace nests too deeply for the folders of its package."),
  MODEL_SIZE_LIMIT("GD410", Severity.ERROR, "A type is larger than a Java class can be (a JVM limit)."),

  // GD5xx: output
  OUTPUT_FAILED("GD500", Severity.ERROR, "The output could not be written."),
  OUTPUT_PATH_EMPTY("GD501", Severity.ERROR, "The output path is empty."),
  OUTPUT_HOLDS_DOCS("GD502", Severity.ERROR, "The output folder is the docs folder or holds it."),
  OUTPUT_HOLDS_WORKING_FOLDER("GD503", Severity.ERROR, "The output folder is the working folder or holds it."),
  OUTPUT_NOT_A_FOLDER("GD504", Severity.ERROR, "The output path is a file, FIFO or device, not a folder."),
  OUTPUT_IS_LINK("GD505", Severity.ERROR, "The output path is a symbolic link."),
  OUTPUT_NOT_OWNED("GD506", Severity.ERROR, "The output folder holds files graphdocs did not write."),
  OUTPUT_PROTECTED("GD507", Severity.ERROR, "The output folder is, holds or lies in a folder of the build that graphdocs never replaces."),
  OUTPUT_LEFTOVER("GD508", Severity.NOTE, "A staging or previous-output folder left by an interrupted run was cleaned up."),
  OUTPUT_PREVIOUS_KEPT("GD509", Severity.WARNING, "The new output is in place, but the previous output could not be fully removed."),

  // GD6xx: examples (verify)
  EXAMPLE_MISMATCH("GD600", Severity.ERROR, "A documented example does not survive a read and write through the model."),
  EXAMPLE_INVALID_JSON("GD601", Severity.WARNING, "A documented example is not valid JSON."),
  EXAMPLE_DOC_ERROR("GD602", Severity.ERROR, "A documented example holds a value that does not fit its documented type."),
  MODEL_COMPILE_FAILED("GD603", Severity.ERROR, "The generated model does not compile: a graphdocs defect."),

  // GD620-GD639: replaying the API pages' exchange examples through the request API
  REPLAY_MISMATCH("GD620", Severity.ERROR, "A generated call sends another request than the docs' example, or cannot read its response: a graphdocs defect."),
  REPLAY_DOC_ERROR("GD621", Severity.ERROR, "An exchange example contradicts its page: its request fits no documented request line, or its JSON no documented type."),
  REPLAY_SKIPPED("GD622", Severity.NOTE, "An exchange example was not replayed (an error example, or a body that is not JSON).");

  private final String id;
  private final Severity defaultSeverity;
  private final String summary;

  DiagnosticCode(String id, Severity defaultSeverity, String summary) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
  }

  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public String summary() {
    return summary;
  }
}
