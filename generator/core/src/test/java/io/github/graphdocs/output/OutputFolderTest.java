package io.github.graphdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.output.OutputInspection.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output-ownership rule on real folders: what graphdocs may replace, and every refusal as a
 * located error with nothing touched (each refusing test compares the whole temporary tree before
 * and after).
 */
class OutputFolderTest {
  @TempDir Path tmp;
  private Path docs;

  @BeforeEach
  void docsFolder() throws IOException {
    docs = Files.createDirectories(tmp.resolve("project/docs/resources"));
    Files.writeString(docs.resolve("user.md"), "# user resource type\n");
    docs = docs.getParent();
  }

  private OutputInspection inspect(OutputFolder folder, DiagnosticCollector d) {
    return folder.inspect(docs, d);
  }

  /** Inspects {@code path}, asserts one refusal with {@code code}, and that nothing under tmp changed. */
  private Diagnostic refused(Path path, DiagnosticCode code) throws IOException {
    return refused(OutputFolder.at(path), code);
  }

  private Diagnostic refused(OutputFolder folder, DiagnosticCode code) throws IOException {
    Map<String, String> before = TreeSnapshot.of(tmp);
    DiagnosticCollector d = new DiagnosticCollector();
    OutputInspection inspection = inspect(folder, d);
    assertEquals(State.REFUSED, inspection.state());
    assertEquals(1, d.all().size(), d.all()::toString);
    Diagnostic found = d.all().get(0);
    assertEquals(code, found.code(), found::toString);
    assertEquals(Severity.ERROR, found.severity());
    assertEquals(folder.location(), found.location());
    assertEquals(before, TreeSnapshot.of(tmp));
    return found;
  }

  private State state(Path path) {
    DiagnosticCollector d = new DiagnosticCollector();
    State s = inspect(OutputFolder.at(path), d).state();
    assertEquals(List.of(), d.all());
    return s;
  }

  @Test
  void aNewFolderAnEmptyFolderAndAFolderGraphdocsWroteMayBeReplaced() throws IOException {
    assertEquals(State.ABSENT, state(tmp.resolve("new/model")));
    assertEquals(State.EMPTY, state(Files.createDirectories(tmp.resolve("empty"))));
    Path owned = Writes.generated(tmp.resolve("owned"), docs, "a/A.java");
    assertEquals(State.OWNED, state(owned));
  }

  @Test
  void anEmptyPathIsRefused() throws IOException {
    Diagnostic d = refused(Path.of(""), DiagnosticCode.OUTPUT_PATH_EMPTY);
    assertEquals("\"\"", d.location().file());
  }

  @Test
  void theDocsFolderAndEveryFolderHoldingItAreRefusedHoweverSpelled() throws IOException {
    refused(docs, DiagnosticCode.OUTPUT_HOLDS_DOCS);
    refused(Path.of(docs + "/"), DiagnosticCode.OUTPUT_HOLDS_DOCS);
    refused(docs.resolve("resources/.."), DiagnosticCode.OUTPUT_HOLDS_DOCS);
    assertTrue(refused(docs.getParent(), DiagnosticCode.OUTPUT_HOLDS_DOCS).message().contains("holds the docs folder"));
    refused(tmp, DiagnosticCode.OUTPUT_HOLDS_DOCS);
    Path relative = Path.of("").toAbsolutePath().relativize(docs);
    refused(relative, DiagnosticCode.OUTPUT_HOLDS_DOCS);
  }

  @Test
  void theDocsFolderReachedThroughALinkedParentIsStillTheDocsFolder() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("alias"), docs.getParent());
    refused(link.resolve("docs"), DiagnosticCode.OUTPUT_HOLDS_DOCS);
  }

  @Test
  void theWorkingFolderAndItsParentsAreRefused() throws IOException {
    for (String path : List.of(".", "..", "./", "../..")) {
      Diagnostic d = refused(Path.of(path), DiagnosticCode.OUTPUT_HOLDS_WORKING_FOLDER);
      assertEquals(Path.of(path).toString(), d.location().file());
    }
    refused(Path.of("").toAbsolutePath(), DiagnosticCode.OUTPUT_HOLDS_WORKING_FOLDER);
    assertTrue(refused(Path.of("/"), DiagnosticCode.OUTPUT_HOLDS_WORKING_FOLDER).message().contains("root of the file system"));
  }

  @Test
  void anExistingFileOrFifoIsRefused() throws Exception {
    Path file = Files.writeString(tmp.resolve("model.txt"), "mine");
    assertTrue(refused(file, DiagnosticCode.OUTPUT_NOT_A_FOLDER).message().contains("is a file (4 bytes)"));
    Path fifo = tmp.resolve("fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
    assertTrue(refused(fifo, DiagnosticCode.OUTPUT_NOT_A_FOLDER).message().contains("FIFO"));
  }

  @Test
  void aSymbolicLinkIsRefusedSayingWhereItPoints() throws IOException {
    Path real = Writes.generated(tmp.resolve("real-model"), docs, "a/A.java");
    Path link = Files.createSymbolicLink(tmp.resolve("model"), real);
    Diagnostic d = refused(link, DiagnosticCode.OUTPUT_IS_LINK);
    assertTrue(d.message().contains("symbolic link to " + real), d.message());
    Path dangling = Files.createSymbolicLink(tmp.resolve("gone"), tmp.resolve("nowhere"));
    assertTrue(refused(dangling, DiagnosticCode.OUTPUT_IS_LINK).message().contains("dangling"));
  }

  @Test
  void aFolderHoldingFilesGraphdocsDidNotWriteIsRefused() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("src/test/java/com/example"));
    Files.writeString(mine.resolve("AppTest.java"), "class AppTest {}");
    Diagnostic d = refused(tmp.resolve("src/test/java"), DiagnosticCode.OUTPUT_NOT_OWNED);
    assertTrue(d.message().contains("holds com and no .graphdocs-output marker"), d.message());
  }

  @Test
  void aMarkedFolderHoldingOneMoreFileIsRefusedNamingIt() throws IOException {
    Path owned = Writes.generated(tmp.resolve("model"), docs, "a/A.java", "a/b/B.java");
    Files.writeString(owned.resolve("a/b/Notes.txt"), "mine");
    assertTrue(refused(owned, DiagnosticCode.OUTPUT_NOT_OWNED).message().contains("holds a/b/Notes.txt, which graphdocs did not write"));
    Files.delete(owned.resolve("a/b/Notes.txt"));
    Files.createDirectories(owned.resolve("extra"));
    assertTrue(refused(owned, DiagnosticCode.OUTPUT_NOT_OWNED).message().contains("holds extra/,"));
    Files.delete(owned.resolve("extra"));
    Files.createSymbolicLink(owned.resolve("a/link"), docs);
    assertTrue(refused(owned, DiagnosticCode.OUTPUT_NOT_OWNED).message().contains("a/link (a symbolic link to " + docs + ")"));
  }

  @Test
  void aFolderGraphdocsWroteWithListedFilesDeletedIsOwnedButNotComplete() throws IOException {
    Path owned = Writes.generated(tmp.resolve("owned"), docs, "a/A.java", "a/b/B.java", "c/C.java");
    OutputInspection whole = OutputFolder.at(owned).inspect(docs, new DiagnosticCollector());
    assertEquals(State.OWNED, whole.state());
    assertEquals(0, whole.missingFiles());
    assertTrue(whole.ownedAndComplete());

    Files.delete(owned.resolve("a/b/B.java"));
    Files.delete(owned.resolve("c/C.java"));
    Files.delete(owned.resolve("c"));
    DiagnosticCollector d = new DiagnosticCollector();
    OutputInspection partial = OutputFolder.at(owned).inspect(docs, d);
    assertEquals(List.of(), d.all(), "still graphdocs' folder: replaced, not refused");
    assertEquals(State.OWNED, partial.state());
    assertEquals(2, partial.missingFiles());
    assertFalse(partial.ownedAndComplete());
  }

  @Test
  void inALargeMarkedFolderTheFirstForeignFileByNameIsNamedAndAFolderOfListedFilesIsOwned() throws IOException {
    String[] paths = new String[600];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = String.format("m/T%03d.java", i);
    }
    Path owned = Writes.generated(tmp.resolve("model"), docs, paths);
    assertEquals(State.OWNED, OutputFolder.at(owned).inspect(docs, new DiagnosticCollector()).state());
    Files.writeString(owned.resolve("m/T450.txt"), "mine");
    Files.writeString(owned.resolve("m/T150.txt"), "mine too");
    assertTrue(refused(owned, DiagnosticCode.OUTPUT_NOT_OWNED).message().contains("holds m/T150.txt, which graphdocs did not write"));
  }

  @Test
  void aMarkerFileThatIsNotAMarkerIsRefused() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("model"));
    Files.writeString(folder.resolve(OutputMarker.FILE_NAME), "file: a/A.java\n");
    Files.writeString(folder.resolve("A.java"), "class A {}");
    assertTrue(refused(folder, DiagnosticCode.OUTPUT_NOT_OWNED).message().contains("is not a graphdocs marker"));
  }

  @Test
  void aProtectedFolderIsRefusedWhateverItHolds() throws IOException {
    Path project = docs.getParent();
    Path testSources = project.resolve("src/test/java");
    Writes.generated(testSources, docs, "a/A.java"); // even a folder with graphdocs' marker
    OutputFolder base = OutputFolder.at(testSources)
        .protecting(ProtectedFolder.withContents(testSources, "the test source root src/test/java"))
        .protecting(ProtectedFolder.itself(project.resolve("target"), "the build folder target"));
    assertTrue(refused(base, DiagnosticCode.OUTPUT_PROTECTED).message()
        .startsWith("the output folder is the test source root src/test/java; "));
    OutputFolder inside = OutputFolder.at(testSources.resolve("gen"))
        .protecting(ProtectedFolder.withContents(testSources, "the test source root"));
    assertTrue(refused(inside, DiagnosticCode.OUTPUT_PROTECTED).message().contains("lies inside the test source root"));
    OutputFolder holding = OutputFolder.at(project.resolve("src"))
        .protecting(ProtectedFolder.withContents(testSources, "the test source root"));
    assertTrue(refused(holding, DiagnosticCode.OUTPUT_PROTECTED).message().contains("holds the test source root"));

    DiagnosticCollector d = new DiagnosticCollector();
    OutputFolder inBuild = OutputFolder.at(project.resolve("target/generated-sources/graphdocs"))
        .protecting(ProtectedFolder.itself(project.resolve("target"), "the build folder"));
    assertEquals(State.ABSENT, inBuild.inspect(docs, d).state(), d.all()::toString);
  }

  @Test
  void aFolderThatDoesNotExistYetDiffersOnlyInLetterCaseFromAProtectedOneIsRefused() throws IOException {
    Path project = docs.getParent();
    OutputFolder folder = OutputFolder.at(project.resolve("SRC/Test/Java"))
        .protecting(ProtectedFolder.withContents(project.resolve("src/test/java"), "the test source root"));
    refused(folder, DiagnosticCode.OUTPUT_PROTECTED);
  }

  @Test
  void aLinkedParentIsResolvedSoTheFolderIsWrittenWhereItReallyIs() throws IOException {
    Path realParent = Files.createDirectories(tmp.resolve("real/parent"));
    Path link = Files.createSymbolicLink(tmp.resolve("via"), realParent);
    DiagnosticCollector d = new DiagnosticCollector();
    OutputInspection inspection = OutputFolder.at(link.resolve("model")).inspect(docs, d);
    assertEquals(realParent.toRealPath().resolve("model"), inspection.target());
    assertEquals(State.ABSENT, inspection.state());
  }
}
