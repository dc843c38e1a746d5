package io.github.graphdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code graphdocs:verify}: the docs' examples through the model, a report, and a failed build on a failing example. */
class VerifyMojoTest {
  @TempDir Path basedir;
  private final GenerateMojoTest.CapturingLog log = new GenerateMojoTest.CapturingLog();

  private VerifyMojo mojo() throws Exception {
    VerifyMojo m = new VerifyMojo();
    m.setLog(log);
    m.project = TestProject.create(basedir, "examples");
    m.docsDirectory = basedir.resolve("src/docs").toFile();
    m.packageName = "com.example.things";
    m.report = basedir.resolve("target/graphdocs/verify.json").toFile();
    return m;
  }

  @Test
  void aFailingExampleIsLoggedAtItsPlaceAndFailsTheBuild() throws Exception {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
    assertTrue(log.has("ERROR", "src/docs/drafts/bad-example.md:9:1: [GD602] doc error: at $.size"), log.toString());
    assertTrue(e.getMessage().startsWith("graphdocs: examples: 2 total, 1 passed, 1 failed, 0 skipped; first failure: "
        + "src/docs/drafts/bad-example.md:9:1: [GD602]"), e.getMessage());
    JsonNode report = new ObjectMapper().readTree(Files.readString(basedir.resolve("target/graphdocs/verify.json")));
    assertEquals(1, report.at("/summary/failed").asInt());
  }

  @Test
  void excludedPagesAreNotVerified() throws Exception {
    VerifyMojo m = mojo();
    m.excludes = List.of("drafts/");
    m.execute();
    assertTrue(log.has("INFO", "graphdocs: examples: 1 total, 1 passed, 0 failed, 0 skipped"), log.toString());
  }
}
