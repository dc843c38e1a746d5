package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.output.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --out}: what it replaces and what it refuses (exit 1, a located GD5xx error,
 * nothing touched: each refusal compares every file under the temporary folder before and after).
 */
class GenerateOutputFolderTest {
  @TempDir Path tmp;
  private Path docs;

  @BeforeEach
  void docs() {
    docs = CliRun.warningDocs(tmp.resolve("docs"));
  }

  private Map<String, String> everything() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(tmp)) {
      for (Path p : walk.toList()) {
        files.put(tmp.relativize(p).toString(), Files.isSymbolicLink(p) ? "link " + Files.readSymbolicLink(p)
            : Files.isRegularFile(p) ? HexFormat.of().formatHex(Files.readAllBytes(p)) : "folder");
      }
    }
    return files;
  }

  /** Runs generate into {@code out}; asserts exit 1, the code on a located error line, and nothing changed. */
  private CliRun refused(String out, String code) throws IOException {
    Map<String, String> before = everything();
    CliRun r = CliRun.of("generate", "--docs", docs.toString(), "--out", out);
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith((out.isEmpty() ? "\"\"" : Path.of(out).toString()) + ": error: [" + code + "] ")), r.err());
    assertTrue(r.err().contains("graphdocs: nothing written;"), r.err());
    assertTrue(r.quiet(), r.err());
    assertEquals(before, everything());
    return r;
  }

  @Test
  void anEmptyOutPathIsRefused() throws IOException {
    refused("", "GD501");
  }

  @Test
  void theDocsFolderAndItsParentIsRefused() throws IOException {
    refused(docs.toString(), "GD502");
    refused(docs + "/", "GD502");
    refused(docs.resolve("resources/..").toString(), "GD502");
    refused(tmp.toString(), "GD502");
  }

  @Test
  void theWorkingFolderAndItsParentAreRefused() throws IOException {
    // the core must refuse these before the CLI is even run in the module folder
    for (String path : new String[] {".", ".."}) {
      assertTrue(OutputFolder.at(Path.of(path)).inspect(docs, new DiagnosticCollector()).refused(), path);
      Path working = Path.of(path).toAbsolutePath().normalize();
      long before = Files.list(working).count();
      CliRun r = CliRun.of("generate", "--docs", docs.toString(), "--out", path);
      assertEquals(1, r.exitCode());
      assertTrue(r.err().startsWith(path + ": error: [GD503] the output folder "), r.err());
      assertEquals(before, Files.list(working).count());
    }
  }

  @Test
  void aFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("model.java"), "class Mine {}");
    refused(file.toString(), "GD504");
  }

  @Test
  void aSymbolicLinkIsRefusedNamingWhereItPoints() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("model"), real);
    CliRun r = refused(link.toString(), "GD505");
    assertTrue(r.err().contains("symbolic link to " + real), r.err());
  }

  @Test
  void aFolderHoldingSomeoneElsesFilesIsRefused() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("src/test/java/com/example"));
    Files.writeString(mine.resolve("AppTest.java"), "class AppTest {}");
    refused(tmp.resolve("src/test/java").toString(), "GD506");
  }

  @Test
  void aFolderGraphdocsWroteIsReplacedAndCarriesTheMarker() throws IOException {
    Path out = tmp.resolve("model");
    assertEquals(0, CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString()).exitCode());
    String marker = Files.readString(out.resolve(".graphdocs-output"));
    assertTrue(marker.contains("option: package=io.github.graphdocs.model\noption: strict=false\n"), marker);
    assertTrue(marker.contains("file: io/github/graphdocs/model/Thing.java\n"), marker);
    CliRun again = CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(marker, Files.readString(out.resolve(".graphdocs-output")));
  }

  @Test
  void anEmptyDocsFolderIsAnErrorAndThePreviousOutputStays() throws IOException {
    Path out = tmp.resolve("model");
    assertEquals(0, CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString()).exitCode());
    Path empty = Files.createDirectories(tmp.resolve("typo"));
    Map<String, String> before = everything();
    CliRun r = CliRun.of("generate", "--docs", empty.toString(), "--out", out.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().startsWith(empty + ": error: [GD106] the docs folder holds no .md page"), r.err());
    assertEquals(before, everything());
    CliRun check = CliRun.of("check", "--docs", empty.toString());
    assertEquals(1, check.exitCode());
    assertFalse(check.out().contains("0 errors"), check.out());
  }
}
