package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code graphdocs generate}: writes on success, refuses on errors and leaves the previous output. */
class GenerateCommandTest {
  @TempDir Path tmp;

  private Path thingJava(Path out) {
    return out.resolve("io/github/graphdocs/model/Thing.java");
  }

  @Test
  void writesTheModelAndExitsZero() {
    Path out = tmp.resolve("out");
    CliRun r = CliRun.of("generate", "--docs", CliRun.warningDocs(tmp.resolve("docs")).toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.exists(thingJava(out)));
    // entity, thing and the type registry
    assertEquals("wrote 4 files to " + out + "\n", r.out());
  }

  @Test
  void noBuildersWritesTheModelWithoutBuildersAndSaysSoInTheMarker() throws Exception {
    Path out = tmp.resolve("out");
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    CliRun r = CliRun.of("generate", "-q", "--docs", docs.toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.readString(thingJava(out)).contains("class Builder<"));

    r = CliRun.of("generate", "-q", "--docs", docs.toString(), "--out", out.toString(), "--no-builders");
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(Files.readString(thingJava(out)).contains("Builder"), Files.readString(thingJava(out)));
    assertTrue(Files.readString(out.resolve(".graphdocs-output")).contains("option: builders=false"));
  }

  @Test
  void theResultLineComesLastWhenBothStreamsGoToOneFile() {
    java.io.ByteArrayOutputStream both = new java.io.ByteArrayOutputStream();
    // as main() makes them: buffered writers that flush on println
    java.io.PrintWriter out = new java.io.PrintWriter(both, true, java.nio.charset.StandardCharsets.UTF_8);
    java.io.PrintWriter err = new java.io.PrintWriter(both, true, java.nio.charset.StandardCharsets.UTF_8);
    Path target = tmp.resolve("out");
    int code = GraphDocsCommand.execute(new String[] {"generate", "-q", "-d", CliRun.warningDocs(tmp.resolve("docs")).toString(),
        "-o", target.toString()}, out, err);
    assertEquals(0, code);
    java.util.List<String> lines = both.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertEquals("0 errors, 1 warning, 0 notes", lines.get(lines.size() - 2), lines.toString());
    assertEquals("wrote 4 files to " + target, lines.get(lines.size() - 1), lines.toString());
  }

  @Test
  void refusesToWriteWhenThereAreErrorsAndKeepsThePreviousOutput() throws Exception {
    Path out = tmp.resolve("out");
    CliRun.of("generate", "--docs", CliRun.warningDocs(tmp.resolve("good")).toString(), "--out", out.toString());
    String before = Files.readString(thingJava(out));
    CliRun r = CliRun.of("generate", "--docs", CliRun.errorDocs(tmp.resolve("bad")).toString(), "--out", out.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("[GD302]"), r.err());
    assertTrue(r.err().contains("nothing written"), r.err());
    assertEquals(before, Files.readString(thingJava(out)));
  }

  @Test
  void typesSelectsATypeWithItsBaseAndSubtypesOnRequest() {
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    CliRun.write(docs, "resources/gizmo.md", CliRun.resource("gizmo", "thing", "|spin|Int32|d|\n"));
    CliRun.write(docs, "resources/other.md", CliRun.resource("other", "entity", "|o|String|d|\n"));
    Path out = tmp.resolve("out");
    CliRun r = CliRun.of("generate", "-q", "--docs", docs.toString(), "--out", out.toString(), "--types", "microsoft.graph.thing");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("wrote 4 files to " + out + "\n", r.out(), "entity, thing, the registry and package-info");
    assertTrue(Files.exists(thingJava(out)));
    assertFalse(Files.exists(out.resolve("io/github/graphdocs/model/Gizmo.java")));

    r = CliRun.of("generate", "-q", "--docs", docs.toString(), "--out", out.toString(), "-t", "thing", "--with-subtypes");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("wrote 5 files to " + out + "\n", r.out(), "entity, thing, gizmo, the registry and package-info");
    assertTrue(Files.exists(out.resolve("io/github/graphdocs/model/Gizmo.java")));
    assertFalse(Files.exists(out.resolve("io/github/graphdocs/model/Other.java")));
  }

  @Test
  void anUnknownSelectedTypeIsAnErrorAndNothingIsWritten() {
    Path out = tmp.resolve("out");
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    CliRun r = CliRun.of("generate", "-q", "--docs", docs.toString(), "--out", out.toString(), "--types", "thng");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains(": error: [GD130] the selected type 'thng' is not a type of the docs"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void strictRefusesOnWarnings() {
    Path out = tmp.resolve("out");
    CliRun r = CliRun.of("generate", "--strict", "--docs", CliRun.warningDocs(tmp.resolve("docs")).toString(), "--out", out.toString());
    assertEquals(1, r.exitCode());
    assertFalse(Files.exists(out));
  }

  @Test
  void missingDocsFolderIsAUsageErrorWithoutAStackTrace() {
    CliRun r = CliRun.of("generate", "--docs", tmp.resolve("nope").toString(), "--out", tmp.resolve("out").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("--docs '" + tmp.resolve("nope") + "': no such folder"), r.err());
    assertTrue(r.quiet(), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void schemaExportRefusesOnErrors() {
    Path file = tmp.resolve("schema.xml");
    CliRun r = CliRun.of("schema", "--docs", CliRun.errorDocs(tmp.resolve("bad")).toString(), "--out", file.toString());
    assertEquals(1, r.exitCode());
    assertFalse(Files.exists(file));
  }

  @Test
  void schemaExportToAnUnwritablePlaceIsAnErrorNotAStackTrace() throws Exception {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "x");
    CliRun r = CliRun.of("schema", "--docs", CliRun.warningDocs(tmp.resolve("docs")).toString(), "--format", "json",
        "--out", blocker.resolve("schema.json").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("cannot write the schema to " + blocker.resolve("schema.json") + ": a folder on the way is a file (" + blocker + ")"),
        r.err());
    assertTrue(r.quiet(), r.err());
  }

  @Test
  void schemaExportWritesTheFile() {
    Path file = tmp.resolve("schema.xml");
    CliRun r = CliRun.of("schema", "--docs", CliRun.warningDocs(tmp.resolve("docs")).toString(), "--out", file.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.exists(file));
    assertEquals("wrote 2 types to " + file + " (0 errors, 1 warning, 0 notes)\n", r.err());
  }
}
