package io.github.graphdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three report formats of {@code check}, on two findings, one of them involving two places. */
class DiagnosticReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static DiagnosticCollector findings() {
    DiagnosticCollector c = new DiagnosticCollector();
    c.report(DiagnosticCode.INCOMPATIBLE_PROPERTY, new SourceLocation("resources/b thing.md", 12, 3),
        "property 'size' is 'Int32' here", new SourceLocation("resources/a.md", 7, 1));
    c.report(DiagnosticCode.UNKNOWN_TYPE, SourceLocation.of("resources/a.md", 9), "type 'persn' is unknown");
    c.report(DiagnosticCode.EMPTY_FILE, SourceLocation.ofFile("resources/empty.md"), "page is empty");
    return c;
  }

  private static DiagnosticReport report() {
    return new DiagnosticReport(findings(), "1.2.3", Path.of("/docs"));
  }

  @Test
  void textIsJavacLikeSortedByPlaceWithRelatedPlacesAndASummary() {
    String text = report().text(false);
    List<String> lines = text.lines().toList();
    assertEquals("resources/a.md:9:1: warning: [GD300] type 'persn' is unknown", lines.get(0));
    assertEquals("resources/b thing.md:12:3: error: [GD305] property 'size' is 'Int32' here", lines.get(1));
    assertEquals("    see resources/a.md:7:1", lines.get(2));
    assertEquals("1 error, 1 warning, 1 note", lines.get(3));
  }

  @Test
  void textShowsNotesOnlyWhenAsked() {
    assertFalse(report().text(false).contains("GD104"));
    assertTrue(report().text(true).contains("resources/empty.md: note: [GD104] page is empty"));
  }

  @Test
  void jsonHoldsEveryFindingWithCodeSeverityPlaceAndRelatedPlaces() throws Exception {
    JsonNode root = JSON.readTree(report().json());
    assertEquals(1, root.get("summary").get("errors").asInt());
    JsonNode d = root.get("diagnostics").get(1);
    assertEquals("GD305", d.get("code").asText());
    assertEquals("INCOMPATIBLE_PROPERTY", d.get("name").asText());
    assertEquals("error", d.get("severity").asText());
    assertEquals("resources/b thing.md", d.get("file").asText());
    assertEquals(12, d.get("line").asInt());
    assertEquals(3, d.get("column").asInt());
    assertEquals("resources/a.md", d.get("related").get(0).get("file").asText());
    assertEquals(3, root.get("diagnostics").size());
  }

  @Test
  void sarifHasTheVersionSchemaAndOneRulePerCode() throws Exception {
    JsonNode root = JSON.readTree(report().sarif());
    assertEquals("2.1.0", root.get("version").asText());
    assertTrue(root.get("$schema").asText().endsWith("sarif-2.1.0.json"));
    JsonNode rules = root.get("runs").get(0).get("tool").get("driver").get("rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertEquals(java.util.Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).toList(), ids);
    assertEquals("error", rules.get(DiagnosticCode.BASE_TYPE_CYCLE.ordinal()).get("defaultConfiguration").get("level").asText());
  }

  @Test
  void sarifResultsCarryRuleLevelMessageAndLocatedRegion() throws Exception {
    JsonNode run = JSON.readTree(report().sarif()).get("runs").get(0);
    JsonNode result = run.get("results").get(1);
    assertEquals("GD305", result.get("ruleId").asText());
    assertEquals(DiagnosticCode.INCOMPATIBLE_PROPERTY.ordinal(), result.get("ruleIndex").asInt());
    assertEquals("error", result.get("level").asText());
    assertEquals("property 'size' is 'Int32' here", result.get("message").get("text").asText());
    JsonNode physical = result.get("locations").get(0).get("physicalLocation");
    assertEquals("resources/b%20thing.md", physical.get("artifactLocation").get("uri").asText());
    assertEquals("DOCS", physical.get("artifactLocation").get("uriBaseId").asText());
    assertEquals(12, physical.get("region").get("startLine").asInt());
    assertEquals(3, physical.get("region").get("startColumn").asInt());
    assertEquals("file:///docs/", run.get("originalUriBaseIds").get("DOCS").get("uri").asText());
  }

  @Test
  void sarifRelatedLocationsNameTheOtherPlace() throws Exception {
    JsonNode result = JSON.readTree(report().sarif()).get("runs").get(0).get("results").get(1);
    JsonNode related = result.get("relatedLocations").get(0);
    assertEquals(1, related.get("id").asInt());
    assertEquals("resources/a.md", related.get("physicalLocation").get("artifactLocation").get("uri").asText());
    assertEquals(7, related.get("physicalLocation").get("region").get("startLine").asInt());
  }

  @Test
  void sarifFileLevelFindingHasNoRegion() throws Exception {
    JsonNode result = JSON.readTree(report().sarif()).get("runs").get(0).get("results").get(2);
    assertEquals("note", result.get("level").asText());
    assertFalse(result.get("locations").get(0).get("physicalLocation").has("region"));
  }

  @Test
  void sarifAbsolutePathsBecomeFileUris() throws Exception {
    DiagnosticCollector c = new DiagnosticCollector();
    c.report(DiagnosticCode.DOCS_FOLDER_MISSING, SourceLocation.ofFile("/no/such docs"), "docs folder does not exist");
    JsonNode uri = JSON.readTree(new DiagnosticReport(c, "1", Path.of("/no/such docs")).sarif())
        .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals("file:///no/such%20docs", uri.get("uri").asText());
    assertFalse(uri.has("uriBaseId"));
  }

  @Test
  void strictMakesWarningsErrorsAndKeepsNotes() {
    DiagnosticCollector strict = findings().strict();
    assertEquals(2, strict.count(Severity.ERROR));
    assertEquals(0, strict.count(Severity.WARNING));
    assertEquals(1, strict.count(Severity.NOTE));
  }

  @Test
  void formatsParseIgnoringCase() {
    assertEquals(DiagnosticReport.Format.SARIF, DiagnosticReport.Format.parse("Sarif"));
  }
}
