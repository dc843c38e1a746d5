package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every place is printed relative to the working folder (the module folder when tests run), whatever
 * folder the docs are in; SARIF keeps paths relative to the docs folder and gives it as the base URI;
 * a finding about a folder has no {@code :0:0}; messages are plain words, counts singular or plural.
 */
class LocationsAndWordingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void docsGivenRelativelyArePrintedFromTheWorkingFolder() {
    Path docs = CliRun.warningDocs(CliRun.scratch("relative"));
    CliRun r = CliRun.of("check", "--docs", docs.toString());
    assertTrue(r.out().startsWith(docs + "/resources/thing.md:"), r.out());
    assertTrue(docs.toString().startsWith("target/cli-scratch/"), docs.toString());
  }

  @Test
  void docsGivenAbsolutelyInsideTheWorkingFolderArePrintedRelatively() {
    Path docs = CliRun.warningDocs(CliRun.scratch("absolute"));
    CliRun r = CliRun.of("check", "--docs", docs.toAbsolutePath().toString());
    assertTrue(r.out().startsWith(docs + "/resources/thing.md:"), r.out());
  }

  @Test
  void docsOutsideTheWorkingFolderGivenAbsolutelyArePrintedAbsolutely() {
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    CliRun r = CliRun.of("check", "--docs", docs.toString());
    assertTrue(r.out().startsWith(docs.resolve("resources/thing.md") + ":"), r.out());
  }

  @Test
  void docsGivenWithDotDotStayRelative() {
    Path docs = CliRun.warningDocs(CliRun.scratch("dots"));
    String up = "../cli/" + docs;
    CliRun r = CliRun.of("check", "--docs", up);
    assertTrue(r.out().startsWith(docs + "/resources/thing.md:"), r.out());
  }

  @Test
  void jsonGivesTheSamePlacesAsText() throws Exception {
    Path docs = CliRun.warningDocs(CliRun.scratch("json"));
    JsonNode root = JSON.readTree(CliRun.of("check", "--format", "json", "--docs", docs.toString()).out());
    assertEquals(docs + "/resources/thing.md", root.at("/diagnostics/0/file").asText());
  }

  @Test
  void sarifKeepsDocsRelativeUrisAndTheDocsFolderAsBase() throws Exception {
    Path docs = CliRun.warningDocs(CliRun.scratch("sarif"));
    JsonNode root = JSON.readTree(CliRun.of("check", "--format", "sarif", "--docs", docs.toString()).out());
    JsonNode artifact = root.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals("resources/thing.md", artifact.get("uri").asText());
    assertEquals("DOCS", artifact.get("uriBaseId").asText());
    assertEquals(docs.toAbsolutePath().toUri().toString(), root.at("/runs/0/originalUriBaseIds/DOCS/uri").asText());
  }

  @Test
  void aFindingAboutTheDocsFolderNamesItWithoutLineAndColumn() throws Exception {
    Path empty = Files.createDirectories(CliRun.scratch("empty").resolve("typo"));
    CliRun r = CliRun.of("check", "--docs", empty.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.out().startsWith(empty + ": error: [GD106] "), r.out());
    assertFalse(r.out().contains(":0:0"), r.out());
    JsonNode sarif = JSON.readTree(CliRun.of("check", "--format", "sarif", "--docs", empty.toString()).out());
    assertEquals(empty.toAbsolutePath().toUri().toString(),
        sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  @Test
  void aDocsPathThatIsAFileIsAUsageError() throws Exception {
    Path file = Files.writeString(tmp.resolve("docs.md"), "# x\n");
    CliRun r = CliRun.of("check", "--docs", file.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("--docs '" + file + "' is a file, not a folder\n"), r.err());
  }

  @Test
  void includesAndExcludesPickThePages() {
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    CliRun only = CliRun.of("schema", "--format", "json", "--docs", docs.toString(), "--exclude", "**/thing.md");
    assertEquals(0, only.exitCode(), only.err());
    assertFalse(only.out().contains("thing"), only.out());
    assertTrue(only.out().contains("entity"), only.out());
    CliRun none = CliRun.of("check", "--docs", docs.toString(), "-i", "api/**");
    assertEquals(1, none.exitCode());
    assertTrue(none.out().contains(": warning: [GD120] the include pattern 'api/**' matches no page"), none.out());
    assertTrue(none.out().contains(": error: [GD121] none of the docs folder's 2 .md pages is selected"), none.out());
  }

  @Test
  void aMalformedPagePatternIsAUsageError() {
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    CliRun r = CliRun.of("check", "--docs", docs.toString(), "--include", "../elsewhere/*.md");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("--include/--exclude: page pattern '../elsewhere/*.md' climbs out of the docs folder"), r.err());
  }

  @Test
  void brokenJsonIsReportedInPlainWordsAtItsPlace() {
    Path docs = tmp.resolve("docs");
    CliRun.write(docs, "resources/thing.md", CliRun.resource("thing", null, "|size|Int32|d|\n")
        .replace("{ }", "{ \"size\": 1 \"name\": \"x\" }"));
    CliRun r = CliRun.of("check", "--docs", docs.toString());
    String line = r.out().lines().filter(l -> l.contains("[GD202]")).findFirst().orElse(r.out());
    assertTrue(line.matches(".*/resources/thing\\.md:17:\\d+: warning: \\[GD202\\] JSON representation of thing is not valid "
        + "JSON: unexpected '\"': a comma is missing between two members of the object; .*"), line);
    assertFalse(r.out().contains("(code "), r.out());
  }
}
