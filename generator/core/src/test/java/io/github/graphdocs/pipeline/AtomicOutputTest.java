package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.output.OutputFile;
import io.github.graphdocs.output.OutputFolder;
import io.github.graphdocs.output.OutputInspection;
import io.github.graphdocs.output.OutputTreeWriter;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate replaces its output as a whole or not at all. */
class AtomicOutputTest {
  @TempDir Path tmp;
  private Path out;

  @BeforeEach
  void previousGoodOutput() {
    out = tmp.resolve("out");
    DocsFolder docs = new DocsFolder(tmp.resolve("good")).entityPage()
        .page("resources/alpha.md", new ResourcePage("alpha").row("a", "String", "d").text())
        .page("resources/beta.md", new ResourcePage("beta").row("b", "Int32", "d").text());
    GeneratorRun.Result r = GeneratorRun.generate(docs.root(), out, GeneratorRun.DEFAULT_PACKAGE, false);
    assertTrue(r.ok(), r.diagnostics().all()::toString);
  }

  /** Every file under a folder with its bytes, by relative path. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static Path model(Path out, String simpleName) {
    return out.resolve("io/github/graphdocs/model/" + simpleName + ".java");
  }

  @Test
  void generationWithErrorsLeavesThePreviousOutputByteForByte() throws IOException {
    Map<String, String> before = snapshot(out);
    DocsFolder broken = new DocsFolder(tmp.resolve("broken"))
        .page("resources/alpha.md", new ResourcePage("alpha").base("beta").row("a", "String", "d").text())
        .page("resources/beta.md", new ResourcePage("beta").base("alpha").row("b", "Int32", "d").text());
    GeneratorRun.Result r = GeneratorRun.generate(broken.root(), out, GeneratorRun.DEFAULT_PACKAGE, false);
    assertFalse(r.ok());
    assertEquals(before, snapshot(out));
  }

  @Test
  void failureWhileWritingLeavesThePreviousOutputByteForByteAndNoDebris() throws IOException {
    Map<String, String> before = snapshot(out);
    // the naming pass keeps every name short enough; a file name no file system takes still fails the writer half-way
    DiagnosticCollector found = new DiagnosticCollector();
    OutputInspection inspection = OutputFolder.at(out).inspect(tmp.resolve("good"), found);
    java.util.List<OutputFile> files = java.util.List.of(new OutputFile("io/github/graphdocs/model/Alpha.java", "class Alpha {}\n"),
        new OutputFile("io/github/graphdocs/model/" + "T".repeat(300) + ".java", "class T {}\n"));
    assertNull(OutputTreeWriter.write(inspection, files, java.util.List.of(), found));
    assertTrue(found.all().stream().anyMatch(d -> d.code() == DiagnosticCode.OUTPUT_FAILED), found.all()::toString);
    assertEquals(before, snapshot(out));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(java.util.List.of("good", "out"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void outputFolderThatCannotBeCreatedIsAnErrorNotAnException() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a folder");
    DocsFolder docs = new DocsFolder(tmp.resolve("good"));
    GeneratorRun.Result r = GeneratorRun.generate(docs.root(), blocker.resolve("out"), GeneratorRun.DEFAULT_PACKAGE, false);
    assertTrue(r.diagnostics().all().stream().anyMatch(d -> d.code() == DiagnosticCode.OUTPUT_FAILED));
    assertEquals("a file, not a folder", Files.readString(blocker));
  }

  @Test
  void successfulGenerationRemovesFilesOfTypesThatNoLongerExist() {
    assertTrue(Files.exists(model(out, "Beta")));
    DocsFolder fewer = new DocsFolder(tmp.resolve("fewer")).entityPage()
        .page("resources/alpha.md", new ResourcePage("alpha").row("a", "String", "d").text());
    assertTrue(GeneratorRun.generate(fewer.root(), out, GeneratorRun.DEFAULT_PACKAGE, false).ok());
    assertTrue(Files.exists(model(out, "Alpha")));
    assertFalse(Files.exists(model(out, "Beta")));
  }

  @Test
  void aFileGraphdocsDidNotWriteMakesItRefuseTheFolderAndKeepEverything() throws IOException {
    Path stray = Files.writeString(out.resolve("stray.txt"), "someone's notes");
    Map<String, String> before = snapshot(out);
    GeneratorRun.Result r = GeneratorRun.generate(tmp.resolve("good"), out, GeneratorRun.DEFAULT_PACKAGE, false);
    assertFalse(r.ok());
    assertTrue(r.diagnostics().all().stream().anyMatch(d -> d.code() == DiagnosticCode.OUTPUT_NOT_OWNED
        && d.message().contains("stray.txt")), r.diagnostics().all()::toString);
    assertEquals(before, snapshot(out));
    assertEquals("someone's notes", Files.readString(stray));
  }

  @Test
  void generationIsDeterministic() throws IOException {
    Map<String, String> first = snapshot(out);
    assertTrue(GeneratorRun.generate(tmp.resolve("good"), out, GeneratorRun.DEFAULT_PACKAGE, false).ok());
    assertEquals(first, snapshot(out));
  }
}
