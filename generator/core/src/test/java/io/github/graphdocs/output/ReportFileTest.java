package io.github.graphdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --out} and {@code schema --out}: a file is replaced atomically, a link or FIFO written through. */
class ReportFileTest {
  @TempDir Path tmp;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNewFileGetsTheUmasksPermissionsAndNoTemporaryFileIsLeft() throws IOException {
    Path reference = Files.createFile(tmp.resolve("reference"));
    ReportFile.write(tmp.resolve("report.json"), "{}\n");
    assertEquals("{}\n", Files.readString(tmp.resolve("report.json")));
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(tmp.resolve("report.json")));
    assertEquals(List.of("reference", "report.json"), names());
  }

  @Test
  void anExistingFileIsReplacedKeepingItsPermissions() throws IOException {
    Path report = Files.writeString(tmp.resolve("report.txt"), "old");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
    ReportFile.write(report, "new");
    assertEquals("new", Files.readString(report));
    assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(report));
  }

  @Test
  void aSymbolicLinkStaysALinkAndTheFileItPointsToIsReplaced() throws IOException {
    Path target = Files.writeString(Files.createDirectories(tmp.resolve("reports")).resolve("latest.sarif"), "old");
    Path link = Files.createSymbolicLink(tmp.resolve("check.sarif"), Path.of("reports/latest.sarif"));
    ReportFile.write(link, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(Path.of("reports/latest.sarif"), Files.readSymbolicLink(link));
    assertEquals("new", Files.readString(target));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(List.of("latest.sarif"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
    Path fifo = tmp.resolve("report.fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    ReportFile.write(fifo, "through the pipe\n");
    assertEquals("through the pipe\n", reader.get(30, TimeUnit.SECONDS));
    assertTrue(!Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS) && Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    assertEquals(List.of("report.fifo"), names());
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("reports"));
    IOException e = assertThrows(IOException.class, () -> ReportFile.write(folder, "x"));
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
  }
}
