package io.github.graphdocs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code graphdocs}: regenerate, check, verify and export a Graph-style Markdown reference. Every
 * command lists the exit codes ({@link #EXIT_CODES}) in its help, shows option defaults, and fits its
 * help to the terminal's width.
 */
@Command(
    name = "graphdocs",
    description = "Reads Microsoft Graph style Markdown API docs, checks them and generates a Java model.",
    subcommands = {GenerateCommand.class, SchemaCommand.class, CheckCommand.class, VerifyCommand.class, ReplayCommand.class,
        CompletionCommand.class, CommandLine.HelpCommand.class})
public final class GraphDocsCommand implements Runnable {
  /** No error: the docs are clean of errors, the output or report is written, every checked example passes. */
  public static final int OK = 0;
  /** The docs have errors, an example fails, or the output could not be written. */
  public static final int FAILED = 1;
  /** Usage error: picocli's own code for a bad command line. */
  public static final int USAGE = CommandLine.ExitCode.USAGE;
  /** graphdocs itself failed: a bug. */
  public static final int INTERNAL = 3;

  /** The exit codes, as every command's help lists them. */
  static final Map<String, String> EXIT_CODES = exitCodes();

  /** A system property set by the launcher for the JVM it starts: whether standard error is a terminal. */
  static final String TERMINAL_PROPERTY = "graphdocs.terminal";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final boolean terminal;
  private final LongSupplier clock;

  GraphDocsCommand(boolean terminal, LongSupplier nanoClock) {
    this.terminal = terminal;
    this.clock = nanoClock;
  }

  /** The clock progress is timed with ({@code System::nanoTime} outside of tests). */
  LongSupplier clock() {
    return clock;
  }

  /** Whether progress is drawn as one updating terminal line (else as plain periodic lines). */
  boolean terminal() {
    return terminal;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    BatchJvm.dieWithLauncher();
    if (BatchJvm.wanted()) {
      int code = BatchJvm.run(GraphDocsCommand.class.getName(), args);
      if (code >= 0) {
        System.exit(code);
      }
    }
    System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), onTerminal()));
  }

  /** Runs the CLI with the given streams, not on a terminal; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, false);
  }

  /** Runs the CLI with the given streams; {@code terminal} says whether they go to a terminal. */
  static int execute(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    return execute(args, out, err, terminal, System::nanoTime);
  }

  /** As above, with progress timed by {@code nanoClock}. */
  static int execute(String[] args, PrintWriter out, PrintWriter err, boolean terminal, LongSupplier nanoClock) {
    CommandLine cl = commandLine(terminal, nanoClock);
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command tree with graphdocs' help conventions on every command. */
  static CommandLine commandLine(boolean terminal, LongSupplier nanoClock) {
    CommandLine cl = new CommandLine(new GraphDocsCommand(terminal, nanoClock));
    configure(cl);
    cl.setUsageHelpAutoWidth(true);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("graphdocs: internal error (a bug in graphdocs; please report it with the command "
          + "and the docs): " + ex);
      return INTERNAL;
    });
    return cl;
  }

  /** Standard help options, the version, defaults shown and the exit codes, on this command and every subcommand. */
  private static void configure(CommandLine cl) {
    CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    if (!(spec.userObject() instanceof CommandLine.HelpCommand)) {
      spec.mixinStandardHelpOptions(true);
      spec.versionProvider(new Version());
      spec.usageMessage().showDefaultValues(true).exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      configure(sub);
    }
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(String.valueOf(OK), "No error (verify: every checked example passes).");
    codes.put(String.valueOf(FAILED), "The docs have errors, an example fails, or the output could not be written.");
    codes.put(String.valueOf(USAGE), "Usage error: an unknown command or option, a missing or unreadable --docs "
        + "folder, an invalid --package or page pattern.");
    codes.put(String.valueOf(INTERNAL), "graphdocs itself failed (a bug: please report it).");
    return Collections.unmodifiableMap(codes);
  }

  /**
   * Whether standard error is an interactive terminal: a console, and {@code TERM} is not {@code dumb}.
   * The launcher computes it and passes it on ({@value #TERMINAL_PROPERTY}), since the JVM it starts has
   * a pipe for standard input and so never sees a console.
   */
  static boolean onTerminal() {
    String passed = System.getProperty(TERMINAL_PROPERTY);
    if (passed != null) {
      return Boolean.parseBoolean(passed);
    }
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  /** The version Maven filtered into the jar, or "dev" when run from classes without it. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = GraphDocsCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "dev";
    }
    return p.getProperty("version", "dev");
  }

  /** Prints the version Maven filtered into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"graphdocs " + version()};
    }
  }
}
