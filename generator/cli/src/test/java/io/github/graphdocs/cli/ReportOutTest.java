package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --out} and {@code schema --out} write through a link, a FIFO and {@code /dev/stdout} instead of replacing them. */
class ReportOutTest {
  @TempDir Path tmp;

  @Test
  void checkOutThroughASymbolicLinkKeepsTheLink() throws IOException {
    Path target = Files.writeString(tmp.resolve("latest.json"), "old");
    Path link = Files.createSymbolicLink(tmp.resolve("report.json"), target.getFileName());
    CliRun r = CliRun.of("check", "--format", "json", "--out", link.toString(), "--docs", CliRun.warningDocs(tmp.resolve("docs")).toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(target).contains("\"GD300\""));
  }

  @Test
  void schemaOutToAFifoWritesThroughIt() throws Exception {
    Path fifo = tmp.resolve("schema.pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    CliRun r = CliRun.of("schema", "--format", "json", "--out", fifo.toString(), "--docs", CliRun.warningDocs(tmp.resolve("docs")).toString());
    assertEquals(0, r.exitCode(), r.err());
    String schema = reader.get(60, TimeUnit.SECONDS);
    assertTrue(schema.startsWith("{") && schema.contains("thing"), schema);
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void checkOutToDevStdoutWritesToTheProcesssStandardOutput() throws Exception {
    Path devStdout = Path.of("/dev/stdout");
    assumeTrue(Files.exists(devStdout), "needs /dev/stdout");
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dgraphdocs.fork=false", "-cp", System.getProperty("java.class.path"), GraphDocsCommand.class.getName(),
        "check", "--format", "json", "--out", devStdout.toString(), "--docs", docs.toString()));
    Process p = new ProcessBuilder(command).redirectError(tmp.resolve("err.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("err.txt")));
    assertTrue(out.startsWith("{") && out.contains("\"GD300\""), out);
    assertTrue(Files.readString(tmp.resolve("err.txt")).contains("report written to /dev/stdout"));
  }
}
