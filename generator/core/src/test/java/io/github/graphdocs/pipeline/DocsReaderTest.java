package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading stage: every file problem is a located diagnostic, never an exception. */
class DocsReaderTest {
  @TempDir Path tmp;

  private static List<Diagnostic> withCode(GraphDocs.Analysis a, DiagnosticCode code) {
    return a.diagnostics().all().stream().filter(d -> d.code() == code).toList();
  }

  @Test
  void missingDocsFolderIsAnErrorNamingTheFolder() {
    Path missing = tmp.resolve("no-such-docs");
    GraphDocs.Analysis a = GraphDocs.analyze(missing);
    List<Diagnostic> found = withCode(a, DiagnosticCode.DOCS_FOLDER_MISSING);
    assertEquals(1, found.size());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(missing.toString(), found.get(0).location().file());
  }

  @Test
  void docsPathThatIsAFileIsAnError() throws IOException {
    Path file = Files.writeString(tmp.resolve("docs.md"), "# x\n");
    GraphDocs.Analysis a = GraphDocs.analyze(file);
    assertEquals(1, withCode(a, DiagnosticCode.DOCS_FOLDER_MISSING).size());
    assertTrue(a.diagnostics().hasErrors());
  }

  @Test
  void unreadablePageIsAnErrorAndTheOtherPagesAreStillRead() throws IOException {
    DocsFolder docs = new DocsFolder(tmp).entityPage()
        .page("resources/secret.md", new ResourcePage("secret").row("code", "Int32", "c").text());
    Path secret = tmp.resolve("resources/secret.md");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "running as root: permissions do not stop reading");
    GraphDocs.Analysis a = GraphDocs.analyze(docs.root());
    List<Diagnostic> found = withCode(a, DiagnosticCode.FILE_UNREADABLE);
    assertEquals("resources/secret.md", found.get(0).location().file());
    assertEquals(1, a.pagePaths().size());
  }

  @Test
  void aLinkToAFileOutsideTheDocsFolderIsNotFollowed() throws IOException {
    // /proc/self/mem would fail to read even for root; the link is noted and never opened
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
    new DocsFolder(tmp).entityPage();
    Files.createSymbolicLink(tmp.resolve("resources/broken.md"), mem);
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    List<Diagnostic> found = withCode(a, DiagnosticCode.LINK_LEAVES_DOCS);
    assertEquals(1, found.size(), a.diagnostics().all()::toString);
    assertEquals("resources/broken.md", found.get(0).location().file());
    assertTrue(found.get(0).message().contains("/proc/self/mem"), found.get(0).message());
    assertEquals(Severity.NOTE, found.get(0).severity());
    assertEquals(List.of(), withCode(a, DiagnosticCode.FILE_UNREADABLE));
    assertEquals(1, a.pagePaths().size());
  }

  @Test
  void bytesThatAreNotUtf8AreAWarningAtTheirLineAndColumnAndThePageIsStillRead() {
    String text = new ResourcePage("thing").row("code", "Int32", "c").text()
        .replace("A test type.", "abXY test type.");
    byte[] bad = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf("XY");
    bad[at] = (byte) 0xC3; // a lead byte followed by '(' is malformed
    bad[at + 1] = (byte) 0x28;
    new DocsFolder(tmp).bytes("resources/thing.md", bad);
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    List<Diagnostic> found = withCode(a, DiagnosticCode.NOT_UTF8);
    assertEquals(1, found.size());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(5, found.get(0).location().line());
    assertEquals(3, found.get(0).location().column());
    assertEquals(1, a.pagePaths().size());
  }

  @Test
  void binaryFileIsSkippedWithAWarning() {
    new DocsFolder(tmp).entityPage()
        .bytes("resources/image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    assertEquals(1, withCode(a, DiagnosticCode.BINARY_FILE).size());
    assertEquals(1, a.pagePaths().size());
    assertFalse(a.diagnostics().hasErrors());
  }

  @Test
  void emptyFileIsANote() {
    new DocsFolder(tmp).page("resources/empty.md", "").page("resources/blank.md", " \n\t\r\n");
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    List<Diagnostic> found = withCode(a, DiagnosticCode.EMPTY_FILE);
    assertEquals(List.of("resources/blank.md", "resources/empty.md"),
        found.stream().map(d -> d.location().file()).toList());
    assertTrue(found.stream().allMatch(d -> d.severity() == Severity.NOTE));
  }

  @Test
  void folderWithoutPagesIsAnErrorNamingTheFolder() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "not a page");
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    List<Diagnostic> found = withCode(a, DiagnosticCode.NO_PAGES);
    assertEquals(1, found.size());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(tmp.toString(), found.get(0).location().file());
  }

  @Test
  void folderWhoseOnlyPagesCannotBeReadIsAnError() {
    new DocsFolder(tmp).bytes("resources/image.md", new byte[] {'P', 'N', 'G', 0, 0});
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    List<Diagnostic> found = withCode(a, DiagnosticCode.NO_PAGES);
    assertEquals(1, found.size());
    assertTrue(found.get(0).message().contains("none of the docs folder's 1 .md file could be read"), found.get(0).message());
    assertTrue(a.diagnostics().hasErrors());
  }

  @Test
  void pageWithFortyThousandTableRowsIsReadInBoundedTime() throws IOException {
    ResourcePage page = new ResourcePage("huge");
    for (int i = 0; i < 40_000; i++) {
      page.row("p" + i, i % 3 == 0 ? "String" : i % 3 == 1 ? "Int32" : "Collection(String)", "Property " + i + ".");
    }
    new DocsFolder(tmp).page("resources/huge.md", page.text());
    GraphDocs.Analysis a = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> GraphDocs.analyze(tmp));
    assertEquals(40_000, a.schema().types().get(0).properties().size());
    // read in full; the only error is that no Java class holds 40,000 properties (GD410, which check
    // reports as generate would)
    List<Diagnostic> errors = a.diagnostics().all().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(DiagnosticCode.MODEL_SIZE_LIMIT, errors.get(0).code());
    assertEquals("resources/huge.md", errors.get(0).location().file());
    assertTrue(errors.get(0).message().contains("type huge has 40000 properties"), errors.get(0).message());
  }

  @Test
  void pageLargerThanTheReadingLimitIsCutWithAWarning() throws IOException {
    Path file = tmp.resolve("resources/giant.md");
    Files.createDirectories(file.getParent());
    byte[] line = "|p|String|A row of a giant table that goes on and on.|\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("# giant resource type\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written <= DocsReader.MAX_PAGE_BYTES; written += line.length) {
        out.write(line);
      }
    }
    GraphDocs.Analysis a = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> GraphDocs.analyze(tmp));
    List<Diagnostic> found = withCode(a, DiagnosticCode.FILE_TOO_LARGE);
    assertEquals(1, found.size());
    assertEquals("resources/giant.md", found.get(0).location().file());
  }
}
