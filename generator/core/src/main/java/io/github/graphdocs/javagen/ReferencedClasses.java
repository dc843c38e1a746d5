package io.github.graphdocs.javagen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The library classes that emitted code names: graphdocs' runtime (what does not depend on the docs),
 * Jackson, JSpecify and the JDK.
 */
final class ReferencedClasses {
  private static final String RUNTIME = "io.github.graphdocs.runtime";
  static final ClassName ODATA_OBJECT = ClassName.get(RUNTIME, "ODataObject");
  static final ClassName ODATA_OBJECT_BUILDER = ODATA_OBJECT.nestedClass("Builder");
  static final ClassName ODATA_ENUM = ClassName.get(RUNTIME, "ODataEnum");
  static final ClassName ODATA_ENUM_MEMBERS = ODATA_ENUM.nestedClass("Members");
  static final ClassName ODATA_TYPE_REGISTRY = ClassName.get(RUNTIME, "ODataTypeRegistry");
  static final ClassName ODATA_MODEL = ClassName.get(RUNTIME, "ODataModel");
  static final ClassName ODATA_DURATION = ClassName.get(RUNTIME, "ODataDuration");
  static final ClassName READ_ONLY = ClassName.get(RUNTIME, "ReadOnly");
  static final ClassName SINGLE_OR_COLLECTION = ClassName.get(RUNTIME, "SingleOrCollection");
  static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
  static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  /** {@code @Generated("io.github.graphdocs")}, without a date: output is deterministic. */
  static final AnnotationSpec GENERATED_ANNOTATION =
      AnnotationSpec.builder(GENERATED).addMember("value", "$S", "io.github.graphdocs").build();
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get(List.class);

  private ReferencedClasses() {}
}
