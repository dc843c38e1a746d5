package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page structure and schema findings: each located at the line that causes it, none fatal. */
class PageStructureDiagnosticsTest {
  @TempDir Path tmp;

  private List<Diagnostic> check(String page, DiagnosticCode code) {
    new DocsFolder(tmp).page("resources/thing.md", page);
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    return a.diagnostics().all().stream().filter(d -> d.code() == code).toList();
  }

  private static int lineOf(String text, String needle) {
    int i = text.indexOf(needle);
    return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void annotationThatIsNotJsonIsAWarningAtItsLine() {
    String page = new ResourcePage("thing").row("code", "Int32", "c").text()
        .replace("\"blockType\": \"resource\",", "\"blockType\": \"resource\" \"oops\": [,");
    List<Diagnostic> found = check(page, DiagnosticCode.ANNOTATION_INVALID_JSON);
    assertEquals(1, found.size());
    assertEquals(lineOf(page, "\"oops\""), found.get(0).location().line());
  }

  @Test
  void annotationWithoutACodeBlockAfterItIsAWarning() {
    String page = "# thing resource type\n\nNamespace: microsoft.graph\n\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n\n"
        + "Some text.\n\n## Next\n";
    List<Diagnostic> found = check(page, DiagnosticCode.ANNOTATION_WITHOUT_CODE);
    assertEquals(1, found.size());
    assertEquals(SourceLocation.of("resources/thing.md", 5), found.get(0).location());
  }

  @Test
  void jsonBlockWithSyntaxErrorsIsAWarningAtTheFaultAndItsKeysAreStillRead() {
    String page = new ResourcePage("thing").row("code", "Int32", "c").text()
        .replace("```json\n{\n}\n```", "```json\n{\n  \"code\": 1,\n  \"name\" \"x\"\n}\n```");
    List<Diagnostic> found = check(page, DiagnosticCode.JSON_BLOCK_INVALID);
    assertEquals(1, found.size());
    assertEquals(lineOf(page, "\"name\" \"x\""), found.get(0).location().line());
    assertTrue(found.get(0).location().column() > 1);
  }

  @Test
  void tableRowsWithMissingExtraOrEmptyCellsAreWarningsAtTheirRows() {
    String page = new ResourcePage("thing")
        .rawRow("|missing|String|")
        .rawRow("|extra|String|d|more|")
        .rawRow("|noType||d|")
        .rawRow("|||d|")
        .row("fine", "String", "d").text();
    List<Diagnostic> found = check(page, DiagnosticCode.TABLE_ROW_SHAPE);
    assertEquals(List.of(lineOf(page, "|missing"), lineOf(page, "|extra"), lineOf(page, "|noType"), lineOf(page, "|||d")),
        found.stream().map(d -> d.location().line()).toList());
  }

  @Test
  void unknownTypeReferenceIsAWarningAtTheRow() {
    String page = new ResourcePage("thing").row("shape", "[nowhereType](nowheretype.md)", "d").text();
    List<Diagnostic> found = check(page, DiagnosticCode.UNKNOWN_TYPE);
    assertEquals(1, found.size());
    assertEquals(lineOf(page, "|shape"), found.get(0).location().line());
  }

  @Test
  void unknownBaseTypeIsAWarning() {
    String page = new ResourcePage("thing").base("nowhereBase").row("code", "Int32", "c").text();
    List<Diagnostic> found = check(page, DiagnosticCode.UNKNOWN_BASE_TYPE);
    assertFalse(found.isEmpty());
  }
}
