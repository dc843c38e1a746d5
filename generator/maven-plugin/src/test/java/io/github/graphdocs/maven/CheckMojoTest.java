package io.github.graphdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code graphdocs:check}: findings logged, SARIF and JSON reports written, the build failed on errors. */
class CheckMojoTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path basedir;
  private final GenerateMojoTest.CapturingLog log = new GenerateMojoTest.CapturingLog();

  private CheckMojo mojo(String docs) throws Exception {
    CheckMojo m = new CheckMojo();
    m.setLog(log);
    m.project = TestProject.create(basedir, docs);
    m.docsDirectory = basedir.resolve("src/docs").toFile();
    m.sarifReport = basedir.resolve("target/graphdocs/check.sarif").toFile();
    m.jsonReport = basedir.resolve("target/graphdocs/check.json").toFile();
    m.pluginVersion = "9.9";
    return m;
  }

  private JsonNode sarif() throws Exception {
    return JSON.readTree(Files.readString(basedir.resolve("target/graphdocs/check.sarif")));
  }

  private JsonNode json() throws Exception {
    return JSON.readTree(Files.readString(basedir.resolve("target/graphdocs/check.json")));
  }

  @Test
  void anErrorFailsTheBuildAfterLoggingItAndWritingBothReports() throws Exception {
    CheckMojo m = mojo("cycle");
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertEquals("graphdocs: 1 error in src/docs: src/docs/resources/beta.md:20:1: [GD302] base types form a cycle: "
        + "alpha -> beta -> alpha", e.getMessage());
    assertTrue(log.has("ERROR", "src/docs/resources/beta.md:20:1: [GD302] base types form a cycle"), log.toString());
    JsonNode sarif = sarif();
    assertEquals("9.9", sarif.at("/runs/0/tool/driver/version").asText());
    JsonNode cycle = result(sarif.at("/runs/0/results"), "ruleId", "GD302");
    assertEquals("resources/beta.md", cycle.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("DOCS", cycle.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    assertEquals(basedir.resolve("src/docs").toUri().toString(), sarif.at("/runs/0/originalUriBaseIds/DOCS/uri").asText());
    assertEquals(1, json().at("/summary/errors").asInt());
    assertEquals("src/docs/resources/beta.md", result(json().get("diagnostics"), "code", "GD302").get("file").asText());
  }

  private static JsonNode result(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }

  @Test
  void warningsPassAndStrictMakesThemFail() throws Exception {
    mojo("warning").execute();
    assertTrue(log.has("WARN", "src/docs/resources/gadget.md:15:1: [GD301]"), log.toString());
    assertTrue(log.has("INFO", "graphdocs: 0 errors, 1 warning, 0 notes; reports target/graphdocs/check.sarif and "
        + "target/graphdocs/check.json"), log.toString());
    assertEquals("warning", sarif().at("/runs/0/results/0/level").asText());
    CheckMojo strict = mojo("warning");
    strict.strict = true;
    MojoFailureException e = assertThrows(MojoFailureException.class, strict::execute);
    assertTrue(e.getMessage().contains("[GD301]"), e.getMessage());
    assertEquals("error", sarif().at("/runs/0/results/0/level").asText());
  }

  @Test
  void excludesLeaveThePagesOut() throws Exception {
    CheckMojo m = mojo("cycle");
    m.excludes = List.of("resources/beta.md");
    m.execute(); // without beta, alpha's base is merely unknown: a warning
    assertTrue(log.has("WARN", "src/docs/resources/alpha.md:"), log.toString());
    assertFalse(log.toString().contains("beta.md:"), log.toString());
  }

  @Test
  void aMalformedPatternIsAConfigurationError() throws Exception {
    CheckMojo m = mojo("valid");
    m.includes = List.of("/abs/**");
    MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
    assertTrue(e.getMessage().startsWith("graphdocs: includes/excludes: page pattern '/abs/**' is absolute"), e.getMessage());
  }

  @Test
  void inAnIdeTheFindingsBecomeMarkersAndUnchangedDocsAreNotCheckedAgain() throws Exception {
    CheckMojo m = mojo("warning");
    RecordingBuildContext ide = new RecordingBuildContext();
    m.buildContext = ide;
    m.execute();
    assertEquals(List.of("warning gadget.md:15:1 [GD301] base type 'microsoft.graph.missingBase' of gadget is not defined by "
        + "any page"), ide.messages.stream().map(s -> s.replaceAll("(page).*", "$1")).toList());
    assertTrue(ide.cleared.contains(basedir.resolve("src/docs/resources/gadget.md").toFile()), ide.cleared.toString());
    assertTrue(ide.refreshed.contains(basedir.resolve("target/graphdocs/check.sarif").toFile()), ide.refreshed.toString());

    ide.docsChanged = false;
    ide.messages.clear();
    CheckMojo again = mojo("warning");
    again.buildContext = ide;
    again.execute();
    assertTrue(log.has("INFO", "graphdocs: no docs changed; the last check stands"), log.toString());
    assertTrue(ide.messages.isEmpty());
  }

  @Test
  void inAnIdeAChangeOfOptionsAloneChecksAgain() throws Exception {
    RecordingBuildContext ide = new RecordingBuildContext();
    CheckMojo first = mojo("warning");
    first.buildContext = ide;
    first.execute();
    ide.docsChanged = false;
    CheckMojo strict = mojo("warning");
    strict.buildContext = ide;
    strict.strict = true;
    assertThrows(MojoFailureException.class, strict::execute, "strict alone checks again, and the warning fails it");
    CheckMojo excluding = mojo("warning");
    excluding.buildContext = ide;
    excluding.excludes = List.of("**/nothing-*.md");
    excluding.execute();
    String stands = "graphdocs: no docs changed; the last check stands";
    assertFalse(log.has("INFO", stands), "an exclude alone checks again: " + log);
    CheckMojo same = mojo("warning");
    same.buildContext = ide;
    same.excludes = List.of("**/nothing-*.md");
    same.execute();
    assertTrue(log.has("INFO", stands), "the same options again: " + log);
  }

  @Test
  void progressIsLoggedAtDebugLevel() throws Exception {
    log.debug = true;
    mojo("valid").execute();
    assertTrue(log.has("DEBUG", "graphdocs: reading pages (1)"), log.toString());
    assertTrue(log.has("DEBUG", "graphdocs: 1 pages read"), log.toString());
    assertTrue(log.has("DEBUG", "graphdocs: schema analysed"), log.toString());
  }
}
