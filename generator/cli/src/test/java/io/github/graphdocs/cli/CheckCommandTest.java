package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code graphdocs check}: exit codes, --strict and the three report formats. */
class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void warningsOnlyExitZeroAndPrintJavacLikeLines() {
    CliRun r = CliRun.of("check", "--docs", CliRun.warningDocs(tmp).toString());
    assertEquals(0, r.exitCode());
    String thing = Pattern.quote(tmp.resolve("resources/thing.md").toString());
    assertTrue(r.out().lines().anyMatch(l -> l.matches(thing + ":\\d+:\\d+: warning: \\[GD300\\] .*")), r.out());
    assertTrue(r.out().endsWith("0 errors, 1 warning, 0 notes\n"), r.out());
  }

  @Test
  void strictTurnsTheWarningIntoAnErrorAndExitsOne() {
    CliRun r = CliRun.of("check", "--strict", "--docs", CliRun.warningDocs(tmp).toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.out().contains(": error: [GD300]"), r.out());
  }

  @Test
  void errorsExitOne() {
    CliRun r = CliRun.of("check", "--docs", CliRun.errorDocs(tmp).toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.out().contains("error: [GD302]"), r.out());
  }

  @Test
  void missingDocsFolderIsAUsageErrorNotAStackTrace() {
    CliRun r = CliRun.of("check", "--docs", tmp.resolve("nope").toString());
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("--docs '" + tmp.resolve("nope") + "': no such folder\n"), r.err());
    assertTrue(r.quiet(), r.out() + r.err());
  }

  @Test
  void jsonFormatPrintsOnlyJsonOnStandardOutput() throws Exception {
    CliRun r = CliRun.of("check", "--format", "json", "--docs", CliRun.warningDocs(tmp).toString());
    JsonNode root = JSON.readTree(r.out());
    assertEquals("GD300", root.get("diagnostics").get(0).get("code").asText());
    assertEquals("graphdocs: 0 errors, 1 warning, 0 notes\n", r.err());
  }

  @Test
  void sarifFormatWritesTheReportToTheOutFile() throws Exception {
    Path report = tmp.resolve("reports/check.sarif");
    CliRun r = CliRun.of("check", "--format", "sarif", "--out", report.toString(), "--docs", CliRun.errorDocs(tmp.resolve("docs")).toString());
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    JsonNode root = JSON.readTree(Files.readString(report));
    assertEquals("2.1.0", root.get("version").asText());
    assertEquals("GD302", root.at("/runs/0/results/0/ruleId").asText());
    assertEquals("error", root.at("/runs/0/results/0/level").asText());
  }

  @Test
  void outFileThatCannotBeWrittenIsAnErrorNotAStackTrace() throws Exception {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "x");
    CliRun r = CliRun.of("check", "--out", blocker.resolve("r.json").toString(), "--format", "json",
        "--docs", CliRun.warningDocs(tmp.resolve("docs")).toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("cannot write the report to " + blocker.resolve("r.json") + ": a folder on the way is a file (" + blocker + ")"),
        r.err());
    assertTrue(r.quiet(), r.err());
  }

  @Test
  void reportsAreDeterministic() {
    Path docs = CliRun.warningDocs(tmp);
    String first = CliRun.of("check", "--format", "sarif", "--docs", docs.toString()).out();
    String second = CliRun.of("check", "--format", "sarif", "--docs", docs.toString()).out();
    assertEquals(first, second);
    assertFalse(first.isEmpty());
  }

  @Test
  void aFileNameWithANewlineCannotForgeADiagnosticLine() throws Exception {
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    Files.write(docs.resolve("resources/x.md\nforged.md:1:1: error: [GD302] forged.md"), new byte[] {'P', 0, 0});
    CliRun r = CliRun.of("check", "--docs", docs.toString());
    assertEquals(0, r.exitCode(), r.out());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith(docs.resolve("resources/thing.md") + ":"), lines.get(0));
    assertTrue(lines.get(1).startsWith(
        docs + "/resources/x.md\\nforged.md:1:1: error: [GD302] forged.md: warning: [GD103] "), lines.get(1));
    assertEquals("0 errors, 2 warnings, 0 notes", lines.get(2));
    JsonNode json = JSON.readTree(CliRun.of("check", "--format", "json", "--docs", docs.toString()).out());
    assertEquals(docs + "/resources/x.md\nforged.md:1:1: error: [GD302] forged.md", json.at("/diagnostics/1/file").asText());
    JsonNode sarif = JSON.readTree(CliRun.of("check", "--format", "sarif", "--docs", docs.toString()).out());
    assertEquals(2, sarif.at("/runs/0/results").size());
  }
}
