package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generation stage on hostile names and texts: the output compiles without a warning, and doc text
 * stays inside escaped comments and string literals.
 */
class NameSafetyTest {
  @TempDir Path tmp;

  private GeneratorRun.Result generate(DocsFolder docs) {
    GeneratorRun.Result r = GeneratorRun.generate(docs.root(), tmp.resolve("out"), GeneratorRun.DEFAULT_PACKAGE, false);
    assertTrue(r.ok(), () -> r.diagnostics().all().toString());
    return r;
  }

  private void assertCompilesCleanly() {
    GeneratedSources.Compilation c = GeneratedSources.compile(tmp.resolve("out"));
    assertTrue(c.ok(), () -> String.join("\n", c.errors()));
    assertEquals(List.of(), c.warnings());
  }

  private String source(String simpleName) throws IOException {
    return Files.readString(tmp.resolve("out/io/github/graphdocs/model/" + simpleName + ".java"), StandardCharsets.UTF_8);
  }

  private DocsFolder docs() {
    return new DocsFolder(tmp.resolve("docs")).entityPage();
  }

  @Test
  void typeNamesThatAreJavaKeywordsCompile() {
    DocsFolder d = docs();
    for (String name : List.of("class", "int", "enum", "var", "record", "goto")) {
      d.page("resources/" + name + ".md", new ResourcePage(name).row("value", "String", "d").text());
    }
    generate(d);
    assertCompilesCleanly();
  }

  @Test
  void typeNamesThatAreJavaLangOrJavaUtilNamesCompileAndAreReportedAsMapped() {
    DocsFolder d = docs();
    for (String name : List.of("string", "object", "Class", "list", "map", "integer", "override", "set")) {
      d.page("resources/" + name + ".md", new ResourcePage(name).row("value", "String", "d").text());
    }
    d.page("resources/user.md", new ResourcePage("user").row("tags", "[list](list.md)", "d")
        .row("name", "[string](string.md)", "d").row("label", "String", "a real String").text());
    GeneratorRun.Result r = generate(d);
    assertCompilesCleanly();
    assertTrue(r.diagnostics().all().stream().anyMatch(x -> x.code() == DiagnosticCode.RESERVED_NAME));
  }

  @Test
  void typeNamesThatAreNotIdentifiersAreErrors() {
    DocsFolder d = docs()
        .page("resources/bad.md", new ResourcePage("bad").odataType("microsoft.graph.9lives").row("a", "String", "d").text());
    GeneratorRun.Result r = GeneratorRun.generate(d.root(), tmp.resolve("out"), GeneratorRun.DEFAULT_PACKAGE, false);
    assertTrue(r.diagnostics().all().stream().anyMatch(x -> x.code() == DiagnosticCode.INVALID_TYPE_NAME));
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void typeNamesThatClashAsClassNamesCompileAndAreReported() {
    DocsFolder d = docs()
        .page("resources/string.md", new ResourcePage("string").row("a", "String", "d").text())
        .page("resources/stringtype.md", new ResourcePage("stringType").row("b", "String", "d").text());
    GeneratorRun.Result r = generate(d);
    assertCompilesCleanly();
    assertTrue(r.diagnostics().all().stream().anyMatch(x -> x.code() == DiagnosticCode.NAMES_DIFFER_IN_CASE));
  }

  @Test
  void propertyNamesThatAreKeywordsOrNotIdentifiersCompile() {
    DocsFolder d = docs().page("resources/thing.md", new ResourcePage("thing")
        .row("class", "String", "d").row("default", "Int32", "d").row("_", "String", "d").row("var", "String", "d")
        .row("odata.context", "String", "d").row("x-ms-tag", "String", "d").row("getClass", "String", "d")
        .row("hashCode", "Int32", "d").row("toString", "String", "d").text());
    generate(d);
    assertCompilesCleanly();
  }

  @Test
  void propertyNamesThatDifferOnlyInCaseAreReportedAndCompile() {
    DocsFolder d = docs().page("resources/thing.md", new ResourcePage("thing")
        .row("size", "Int32", "d").row("Size", "String", "d").text());
    GeneratorRun.Result r = generate(d);
    assertCompilesCleanly();
    assertTrue(r.diagnostics().all().stream().anyMatch(x -> x.code() == DiagnosticCode.NAMES_DIFFER_IN_CASE),
        () -> r.diagnostics().all().toString());
  }

  @Test
  void propertyNamesEqualToMembersTheModelUsesCompileAndKeepTheirWireNames() throws IOException {
    DocsFolder d = docs().page("resources/thing.md", new ResourcePage("thing")
        .row("additionalData", "String", "d").row("odataType", "String", "d").row("nullProperties", "String", "d")
        .row("appendFields", "String", "d").row("markNull", "String", "d").text());
    generate(d);
    assertCompilesCleanly();
    String thing = source("Thing");
    assertTrue(thing.contains("@JsonProperty(\"additionalData\")"));
    assertTrue(thing.contains("@JsonProperty(\"odataType\")"));
  }

  @Test
  void hostileDescriptionsStayInsideTheirComments() throws IOException {
    String hostile = "Ends */ here; \\u000a escapes; costs $1 and $L; <script>alert(1)</script> &amp; "
        + "@Deprecated @param x {@code y} \\u002A/ class Boom {}";
    DocsFolder d = docs().page("resources/thing.md", new ResourcePage("thing").description(hostile)
        .row("note", "String", hostile).text());
    generate(d);
    assertCompilesCleanly();
    String thing = source("Thing");
    assertFalse(thing.contains("Ends */"));
    assertFalse(thing.contains("\\u000a"));
    assertFalse(thing.contains("<script>"));
    assertFalse(thing.contains(" @Deprecated"));
    assertTrue(thing.contains("costs $1 and $L"));
  }

  private static final String ENUM_PAGE = """
      # thingMode enum type

      Namespace: microsoft.graph

      ## Members

      |Member|Value|Description|
      |:---|:---|:---|
      |class|0|Ends */ here \\u000a $L @param x|
      |null|1|<b>bold</b>|
      |VALUE_|2|d|
      |fooBar|4|d|
      |FOO_BAR|5|d|
      |KNOWN|6|d|
      |values|7|d|
      """;

  @Test
  void enumMembersThatAreKeywordsOrClashAsConstantsCompile() throws IOException {
    DocsFolder d = docs().page("resources/thingmode.md", ENUM_PAGE)
        .page("resources/thing.md", new ResourcePage("thing").row("mode", "[thingMode](thingmode.md)", "d").text());
    generate(d);
    assertCompilesCleanly();
    String mode = source("ThingMode");
    assertTrue(mode.contains("member(\"FOO_BAR\")") && mode.contains("member(\"class\")"), mode);
  }

  @Test
  void enumMembersThatDifferOnlyInCaseAreReported() {
    DocsFolder d = docs().page("resources/thingmode.md", ENUM_PAGE + "|value_|3|d|\n")
        .page("resources/thing.md", new ResourcePage("thing").row("mode", "[thingMode](thingmode.md)", "d").text());
    GeneratorRun.Result r = generate(d);
    assertTrue(r.diagnostics().all().stream().anyMatch(x -> x.code() == DiagnosticCode.NAMES_DIFFER_IN_CASE),
        () -> r.diagnostics().all().toString());
  }

  @Test
  void namespaceSegmentsThatAreKeywordsBecomeLegalPackages() {
    DocsFolder d = docs().page("resources/thing.md", new ResourcePage("thing").odataType("microsoft.graph.class.int.thing")
        .row("a", "String", "d").text());
    generate(d);
    assertCompilesCleanly();
    assertTrue(GeneratedSources.javaFiles(tmp.resolve("out")).stream()
        .anyMatch(p -> p.toString().endsWith("model/class_/int_/Thing.java")), () -> GeneratedSources.javaFiles(tmp.resolve("out")).toString());
  }
}
