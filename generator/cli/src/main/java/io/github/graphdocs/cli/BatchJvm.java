package io.github.graphdocs.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the CLI in a JVM tuned for one short batch run. graphdocs does a few seconds of work over
 * thousands of small pages; a default JVM spends more CPU compiling that work with C2 than doing it
 * (on 2 cores: 4 s of C2 time for a 2 s job). So {@code java -jar graphdocs.jar ...} starts a second
 * JVM with C1 only and the serial collector ({@value #FLAGS_TEXT}), passes the arguments, standard
 * output streams and exit code through (and this JVM's heap, stack and {@code -D} options), and waits. It
 * costs one JVM start (about 0.1 s) and halves the run. The second JVM also maps the class-data
 * archive the build leaves beside the jar ({@link #classDataArchive}), so that it loads fewer classes.
 *
 * <p>The second JVM dies with this one, however this one ends, even with {@code kill -9}: it watches
 * its parent process (this JVM) and halts within {@value #WATCH_INTERVAL_MS} ms of its end. It polls
 * rather than blocking on a pipe: a thread blocked in a native read holds up the JVM's own exit by
 * about 0.3 s, on every run.
 *
 * <p>Off with {@code -Dgraphdocs.fork=false} or {@code GRAPHDOCS_FORK=false}, and whenever the second
 * JVM cannot be started (the command then runs in this JVM as usual).
 */
final class BatchJvm {
  static final String CHILD_PROPERTY = "graphdocs.child";
  /** Set on the second JVM only: its parent process is the launcher, to be watched. */
  static final String WATCH_PROPERTY = "graphdocs.watchLauncher";
  static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  /** The second JVM's exit code when its launcher is gone (128 + SIGTERM, as if it had been stopped). */
  static final int LAUNCHER_GONE = 143;
  private static final String FLAGS_TEXT = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
  /** How often the second JVM looks whether its launcher is still there. */
  static final long WATCH_INTERVAL_MS = 100;

  private BatchJvm() {}

  /** Whether this JVM should hand the run to a tuned one. */
  static boolean wanted() {
    if (System.getProperty(CHILD_PROPERTY) != null) {
      return false;
    }
    String property = System.getProperty("graphdocs.fork");
    String env = System.getenv("GRAPHDOCS_FORK");
    return !"false".equalsIgnoreCase(property) && !"false".equalsIgnoreCase(env);
  }

  /**
   * Runs the arguments in a tuned JVM and returns its exit code, or -1 when it could not be started
   * (the caller then runs in this JVM).
   */
  static int run(String mainClass, String[] args) {
    Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
    String classPath = System.getProperty("java.class.path", "");
    if (!Files.isExecutable(java) || classPath.isEmpty()) {
      return -1;
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(passedOn(jvmArguments()));
    command.addAll(FLAGS);
    command.addAll(classDataArchive(classPath));
    command.add("-D" + CHILD_PROPERTY + "=true");
    command.add("-D" + WATCH_PROPERTY + "=true");
    // the second JVM's standard input is a pipe, so it never sees a console: tell it whether this one
    // does, and on a terminal its width and colours, for picocli's help
    boolean terminal = GraphDocsCommand.onTerminal();
    command.add("-D" + GraphDocsCommand.TERMINAL_PROPERTY + "=" + terminal);
    if (terminal) {
      command.addAll(terminalHelp());
    }
    command.add("-Dfile.encoding=" + System.getProperty("file.encoding", "UTF-8"));
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    Process child;
    try {
      child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    Thread stopChild = new Thread(child::destroy, "graphdocs-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return child.waitFor();
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      return 130;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopChild);
      } catch (IllegalStateException e) {
        // already shutting down: the hook stops the child
      }
    }
  }

  /**
   * In the second JVM: halt as soon as the launcher (its parent process) is gone. Does nothing in a JVM
   * that {@link #run} did not start, or when the parent cannot be seen.
   */
  static void dieWithLauncher() {
    if (!"true".equals(System.getProperty(WATCH_PROPERTY))) {
      return;
    }
    ProcessHandle launcher = ProcessHandle.current().parent().orElse(null);
    if (launcher == null) {
      return;
    }
    Thread watch = new Thread(() -> {
      try {
        // isAlive also tells a reused pid from the launcher (it compares start times)
        while (launcher.isAlive()) {
          Thread.sleep(WATCH_INTERVAL_MS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // nothing interrupts the watch; if something does, it stops watching
      }
      Runtime.getRuntime().halt(LAUNCHER_GONE);
    }, "graphdocs-launcher-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * {@code -Dpicocli.usage.width} and {@code -Dpicocli.ansi} as picocli sees this JVM's terminal,
   * unless the user set them: the second JVM cannot measure a terminal it is not attached to.
   */
  static List<String> terminalHelp() {
    List<String> flags = new ArrayList<>();
    try {
      if (System.getProperty("picocli.usage.width") == null) {
        flags.add("-Dpicocli.usage.width=" + new picocli.CommandLine.Model.UsageMessageSpec().autoWidth(true).width());
      }
      if (System.getProperty("picocli.ansi") == null) {
        flags.add("-Dpicocli.ansi=" + picocli.CommandLine.Help.Ansi.AUTO.enabled());
      }
    } catch (RuntimeException e) {
      // no measure: the second JVM uses picocli's defaults (80 columns, no colours)
    }
    return flags;
  }

  /**
   * The flags that map the class-data archive the build writes next to the jar ({@code graphdocs.jsa}
   * beside {@code graphdocs.jar}), when the class path is that one jar and the archive is there; else
   * none. The JVM maps it only when it was written from this very jar by this very JDK, and with
   * CDS logging off ignores it silently when not.
   */
  static List<String> classDataArchive(String classPath) {
    if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
      return List.of();
    }
    Path archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa");
    if (!Files.isRegularFile(archive)) {
      return List.of();
    }
    return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  private static List<String> jvmArguments() {
    try {
      return ManagementFactory.getRuntimeMXBean().getInputArguments();
    } catch (LinkageError | RuntimeException e) {
      return List.of(); // a runtime without java.management: the second JVM runs with defaults
    }
  }

  /** The options of this JVM that the second one keeps: heap and stack sizes, system properties, assertions. */
  static List<String> passedOn(List<String> jvmArguments) {
    List<String> kept = new ArrayList<>();
    for (String a : jvmArguments) {
      if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss") || a.startsWith("-D")
          || a.equals("-ea") || a.equals("-enableassertions")) {
        kept.add(a);
      }
    }
    return kept;
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  }
}
