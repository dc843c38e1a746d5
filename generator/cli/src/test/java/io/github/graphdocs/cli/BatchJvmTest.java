package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJvmTest {

  /** Started by the test in a second JVM: exits 0 only when it runs with the batch flags. */
  public static final class FlagsProbe {
    public static void main(String[] args) {
      var jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
      boolean tuned = jvmArgs.containsAll(BatchJvm.FLAGS) && System.getProperty(BatchJvm.CHILD_PROPERTY) != null;
      System.exit(tuned ? Integer.parseInt(args[0]) : 99);
    }
  }

  /** Started as a batch child: does what GraphDocsCommand.main does first, prints its pid, then works for two minutes. */
  public static final class LongRunningChild {
    public static void main(String[] args) throws InterruptedException {
      BatchJvm.dieWithLauncher();
      System.out.println(ProcessHandle.current().pid());
      System.out.flush();
      Thread.sleep(120_000);
      System.exit(0);
    }
  }

  /** A launcher, as {@code java -jar graphdocs.jar} is one: hands the run to a batch child. */
  public static final class Launcher {
    public static void main(String[] args) {
      System.exit(BatchJvm.run(LongRunningChild.class.getName(), args));
    }
  }

  @Test
  void theSecondJvmDiesWhenItsLauncherIsKilled() throws Exception {
    Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Launcher.class.getName()).redirectErrorStream(true).start();
    ProcessHandle child;
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
      String pid = CompletableFuture.supplyAsync(() -> {
        try {
          return lines.readLine();
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }).get(60, TimeUnit.SECONDS);
      child = ProcessHandle.of(Long.parseLong(pid.trim())).orElseThrow();
      assertTrue(child.isAlive());
      assertEquals(launcher.pid(), child.parent().map(ProcessHandle::pid).orElse(-1L));
    } finally {
      launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs in the launcher
    }
    launcher.waitFor(60, TimeUnit.SECONDS);
    // without the watch the child would sleep on for two minutes; it is gone in well under one
    child.onExit().get(60, TimeUnit.SECONDS);
    assertFalse(child.isAlive());
  }

  @Test
  void theSecondJvmRunsWithTheBatchFlagsAndItsExitCodeIsPassedOn() {
    assertEquals(0, BatchJvm.run(FlagsProbe.class.getName(), new String[] {"0"}));
    assertEquals(7, BatchJvm.run(FlagsProbe.class.getName(), new String[] {"7"}));
  }

  @Test
  void theSecondJvmNeverForksAgain() {
    String old = System.getProperty(BatchJvm.CHILD_PROPERTY);
    System.setProperty(BatchJvm.CHILD_PROPERTY, "true");
    try {
      assertFalse(BatchJvm.wanted());
    } finally {
      if (old == null) {
        System.clearProperty(BatchJvm.CHILD_PROPERTY);
      } else {
        System.setProperty(BatchJvm.CHILD_PROPERTY, old);
      }
    }
  }

  @Test
  void onATerminalTheSecondJvmGetsItsWidthAndColoursUnlessTheUserSetThem() {
    System.setProperty("picocli.usage.width", "100");
    System.setProperty("picocli.ansi", "false");
    try {
      assertEquals(java.util.List.of(), BatchJvm.terminalHelp());
    } finally {
      System.clearProperty("picocli.usage.width");
      System.clearProperty("picocli.ansi");
    }
    java.util.List<String> measured = BatchJvm.terminalHelp();
    assertEquals(2, measured.size(), measured.toString());
    assertTrue(measured.get(0).matches("-Dpicocli\\.usage\\.width=\\d+"), measured.get(0));
    assertTrue(measured.get(1).matches("-Dpicocli\\.ansi=(true|false)"), measured.get(1));
  }

  @Test
  void forkCanBeTurnedOff() {
    System.setProperty("graphdocs.fork", "false");
    try {
      assertFalse(BatchJvm.wanted());
    } finally {
      System.clearProperty("graphdocs.fork");
    }
  }

  @Test
  void heapStackPropertiesAndAssertionsArePassedOnButNotOtherJvmOptions() {
    assertEquals(java.util.List.of("-Xmx2g", "-Dx=y", "-Xss4m", "-ea"),
        BatchJvm.passedOn(java.util.List.of("-Xmx2g", "-XX:+UseG1GC", "-Dx=y", "-javaagent:a.jar", "-Xss4m", "-ea")));
  }

  @Test
  void theArchiveBesideTheJarIsMappedWithCdsLoggingOff(@TempDir Path dir) throws IOException {
    Path jar = Files.createFile(dir.resolve("graphdocs.jar"));
    Files.createFile(dir.resolve("graphdocs.jsa"));
    assertEquals(List.of("-XX:SharedArchiveFile=" + dir.resolve("graphdocs.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
        BatchJvm.classDataArchive(jar.toString()));
  }

  @Test
  void noArchiveBesideTheJarMeansNoArchiveFlags(@TempDir Path dir) throws IOException {
    Path jar = Files.createFile(dir.resolve("graphdocs.jar"));
    assertEquals(List.of(), BatchJvm.classDataArchive(jar.toString()));
  }

  @Test
  void aClassPathOfSeveralEntriesOrOfClassFoldersGetsNoArchive(@TempDir Path dir) throws IOException {
    Path jar = Files.createFile(dir.resolve("graphdocs.jar"));
    Files.createFile(dir.resolve("graphdocs.jsa"));
    assertEquals(List.of(), BatchJvm.classDataArchive(jar + File.pathSeparator + dir.resolve("other.jar")));
    assertEquals(List.of(), BatchJvm.classDataArchive(dir.toString()));
  }
}
