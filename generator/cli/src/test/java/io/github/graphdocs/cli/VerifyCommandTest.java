package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GraphDocsCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void seedDocsHaveOneDocErrorAndExitWithOne(@TempDir Path tmp) throws Exception {
    Path report = tmp.resolve("report.json");
    int code = run("verify", "--docs", "../../src-docs", "--report", report.toString());
    String text = out.toString();
    assertEquals(1, code, text + err);
    assertTrue(text.contains("examples: "), text);
    // the seed page shows resultInfo.code, documented Int32, as the string "200"
// relative to the working folder, as the docs folder was given
    assertTrue(text.contains("../../src-docs/resources/commsoperation.md:") && text.contains("[GD602] doc error: at $.resultInfo.code"), text);
    JsonNode json = new ObjectMapper().readTree(Files.readString(report));
    assertEquals(1, json.at("/summary/failed").asInt());
    assertEquals(json.at("/summary/total").asInt(), json.get("examples").size());
  }

  @Test
  void missingDocsOptionIsAUsageError() {
    assertEquals(2, run("verify"));
  }

  @Test
  void missingDocsFolderIsAUsageError(@TempDir Path tmp) {
    assertEquals(2, run("verify", "--docs", tmp.resolve("absent").toString()));
    assertTrue(err.toString().contains("--docs '" + tmp.resolve("absent") + "': no such folder"), err.toString());
  }

  @Test
  void docsWithOnlyPassingExamplesExitWithZero(@TempDir Path tmp) throws Exception {
    CliRun.write(tmp, "resources/thing.md", CliRun.EXAMPLE_PAGE);
    int code = run("verify", "--docs", tmp.toString());
    assertEquals(0, code, out.toString() + err);
    assertTrue(out.toString().contains("examples: 1 total, 1 passed, 0 failed, 0 skipped"), out.toString());
  }
}
