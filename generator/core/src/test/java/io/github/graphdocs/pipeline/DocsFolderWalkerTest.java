package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.MarkdownPageReader;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the pages of a docs folder on a hostile file system: links are never followed, an
 * unreadable subfolder costs only itself, nothing is read past the size cap, and an Error on one page
 * is a located diagnostic for that page. Every case is a real folder in a temporary directory.
 */
class DocsFolderWalkerTest {
  @TempDir Path tmp;

  private Path docs() {
    return tmp.resolve("docs");
  }

  private DocsFolder docsWithOnePage() {
    return new DocsFolder(docs()).entityPage();
  }

  private static List<Diagnostic> withCode(GraphDocs.Analysis a, DiagnosticCode code) {
    return a.diagnostics().all().stream().filter(d -> d.code() == code).toList();
  }

  private static Diagnostic only(GraphDocs.Analysis a, DiagnosticCode code) {
    List<Diagnostic> found = withCode(a, code);
    assertEquals(1, found.size(), a.diagnostics().all()::toString);
    return found.get(0);
  }

  @Test
  void aLinkedFolderOutsideTheDocsIsNotFollowedAndANoteSaysWhereItPoints() throws IOException {
    new DocsFolder(tmp.resolve("elsewhere")).page("resources/other.md", new ResourcePage("other").text());
    docsWithOnePage();
    Files.createSymbolicLink(docs().resolve("more"), tmp.resolve("elsewhere"));

    GraphDocs.Analysis a = GraphDocs.analyze(docs());

    Diagnostic d = only(a, DiagnosticCode.LINK_LEAVES_DOCS);
    assertEquals("more", d.location().file());
    assertEquals(Severity.NOTE, d.severity());
    assertTrue(d.message().contains(tmp.resolve("elsewhere").toString()) && d.message().contains("not followed"), d.message());
    assertEquals(List.of("resources/entity.md"), a.pagePaths());
  }

  @Test
  void aLinkToAFolderThatHoldsItIsALoopNote() throws IOException {
    docsWithOnePage();
    Files.createSymbolicLink(docs().resolve("resources/again"), Path.of(".."));
    GraphDocs.Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> GraphDocs.analyze(docs()));
    assertEquals("resources/again", only(a, DiagnosticCode.LINK_LOOP).location().file());
    assertEquals(1, a.pagePaths().size());
  }

  @Test
  void aLinkThatLeadsBackToItselfIsALoopNote() throws IOException {
    docsWithOnePage();
    Files.createSymbolicLink(docs().resolve("a.md"), Path.of("b.md"));
    Files.createSymbolicLink(docs().resolve("b.md"), Path.of("a.md"));
    GraphDocs.Analysis a = GraphDocs.analyze(docs());
    assertEquals(List.of("a.md", "b.md"), withCode(a, DiagnosticCode.LINK_LOOP).stream().map(d -> d.location().file()).toList());
  }

  @Test
  void aDanglingLinkIsANoteNamingItsTarget() throws IOException {
    docsWithOnePage();
    Files.createSymbolicLink(docs().resolve("resources/gone.md"), Path.of("deleted.md"));
    GraphDocs.Analysis a = GraphDocs.analyze(docs());
    Diagnostic d = only(a, DiagnosticCode.LINK_DANGLING);
    assertEquals("resources/gone.md", d.location().file());
    assertTrue(d.message().contains("deleted.md"), d.message());
    assertTrue(!a.diagnostics().hasErrors(), a.diagnostics().all()::toString);
  }

  @Test
  void aLinkToAPageInsideTheDocsIsNotReadTwice() throws IOException {
    docsWithOnePage();
    Files.createSymbolicLink(docs().resolve("copy.md"), Path.of("resources/entity.md"));
    GraphDocs.Analysis a = GraphDocs.analyze(docs());
    Diagnostic d = only(a, DiagnosticCode.LINK_INSIDE_DOCS);
    assertTrue(d.message().contains("resources/entity.md"), d.message());
    assertEquals(1, a.pagePaths().size());
  }

  @Test
  void aFifoNamedLikeAPageIsSkippedWithoutBeingOpened() throws Exception {
    docsWithOnePage();
    Path fifo = docs().resolve("resources/pipe.md");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
    // opening a FIFO that no one writes blocks for ever: the timeout shows it is never opened
    GraphDocs.Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> GraphDocs.analyze(docs()));
    assertEquals("resources/pipe.md", only(a, DiagnosticCode.NOT_A_REGULAR_FILE).location().file());
    assertEquals(1, a.pagePaths().size());
  }

  @Test
  void aSubfolderThatCannotBeListedCostsOnlyItsOwnPages() throws IOException {
    // Listing fails for every user, root included, once the path is longer than the system allows
    // (PATH_MAX, 4096 bytes on Linux). Such a tree can be built in two parts that are each short enough.
    docsWithOnePage();
    String segment = "d".repeat(200);
    Path near = docs().resolve("deep");
    for (int i = 0; i < 12; i++) {
      near = near.resolve(segment);
    }
    Files.createDirectories(near);
    Path part = tmp.resolve("part");
    Path leaf = part;
    for (int i = 0; i < 9; i++) {
      leaf = leaf.resolve(segment);
    }
    Files.createDirectories(leaf);
    Files.writeString(leaf.resolve("lost.md"), new ResourcePage("lost").text());
    Files.move(part, near.resolve("part"));
    try {
      GraphDocs.Analysis a = GraphDocs.analyze(docs());
      List<Diagnostic> found = withCode(a, DiagnosticCode.FILE_UNREADABLE);
      assertEquals(1, found.size(), a.diagnostics().all()::toString);
      assertTrue(found.get(0).location().file().startsWith("deep/" + segment + "/"), found.get(0).location().file());
      assertTrue(found.get(0).message().startsWith("cannot read this"), found.get(0).message());
      assertEquals(List.of("resources/entity.md"), a.pagePaths());
    } finally {
      Files.move(near.resolve("part"), part); // short again, so that the temporary folder can be deleted
    }
  }

  @Test
  void aSubfolderWithoutReadPermissionCostsOnlyItsOwnPages() throws IOException {
    docsWithOnePage().page("private/secret.md", new ResourcePage("secret").text());
    Path closed = docs().resolve("private");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(closed), "running as root: permissions do not stop listing");
      GraphDocs.Analysis a = GraphDocs.analyze(docs());
      assertEquals("private", only(a, DiagnosticCode.FILE_UNREADABLE).location().file());
      assertEquals(1, a.pagePaths().size());
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aStreamThatNeverEndsIsReadOnlyUpToTheCap() throws IOException {
    // what a procfs file does: it reports size 0 (or any size) and may never end; the size is never trusted
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    byte[] bytes = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DocsReader.readCapped(endless, 1000, 0));
    assertEquals(1001, bytes.length);
    InputStream endlessSaysTen = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    assertEquals(1001, assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> DocsReader.readCapped(endlessSaysTen, 1000, 10)).length);
  }

  @Test
  void theReportedSizeOnlySizesTheBufferAPageLongerOrShorterThanItSaysIsReadWhole() throws IOException {
    byte[] page = "# widget resource type\n\nSome text.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (long said : new long[] {0, 5, page.length - 1, page.length, page.length + 1, 4096}) {
      byte[] read = DocsReader.readCapped(new java.io.ByteArrayInputStream(page), 1000, said);
      assertEquals(new String(page, java.nio.charset.StandardCharsets.UTF_8),
          new String(read, java.nio.charset.StandardCharsets.UTF_8), "size said: " + said);
    }
    byte[] large = new byte[1500];
    java.util.Arrays.fill(large, (byte) 'y');
    assertEquals(1001, DocsReader.readCapped(new java.io.ByteArrayInputStream(large), 1000, 500).length);
  }

  @Test
  void anOutOfMemoryErrorOrStackOverflowOnOnePageIsALocatedDiagnosticAndTheOthersAreRead() {
    new DocsFolder(docs()).entityPage()
        .page("resources/huge.md", new ResourcePage("huge").text())
        .page("resources/deep.md", new ResourcePage("deep").text());
    DiagnosticCollector diagnostics = new DiagnosticCollector();
    MarkdownPageReader markdown = new MarkdownPageReader(diagnostics);
    DocsReader reader = new DocsReader(diagnostics, (path, text) -> {
      if (path.endsWith("huge.md")) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (path.endsWith("deep.md")) {
        throw new StackOverflowError();
      }
      return markdown.read(path, text);
    });

    List<DocPage> pages = reader.read(docs());

    assertEquals(List.of("resources/entity.md"), pages.stream().map(DocPage::path).toList());
    List<Diagnostic> found = diagnostics.all().stream().filter(d -> d.code() == DiagnosticCode.PAGE_EXHAUSTED_JVM).toList();
    assertEquals(List.of("resources/deep.md", "resources/huge.md"), found.stream().map(d -> d.location().file()).toList());
    assertTrue(found.get(0).message().contains("StackOverflowError") && found.get(0).message().contains("-Xss"));
    assertTrue(found.get(1).message().contains("OutOfMemoryError") && found.get(1).message().contains("-Xmx"));
    assertTrue(found.stream().allMatch(d -> d.severity() == Severity.ERROR));
  }
}
