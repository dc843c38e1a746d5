package io.github.graphdocs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code graphdocs}: regenerate, check and export a Graph-style Markdown reference. Exit codes: 0 no
 * error, 1 errors found, 2 usage error.
 */
@Command(
    name = "graphdocs",
    mixinStandardHelpOptions = true,
    versionProvider = GraphDocsCommand.Version.class,
    description = "Reads Microsoft Graph style Markdown API docs, checks them and generates a Java model.",
    subcommands = {GenerateCommand.class, SchemaCommand.class, CheckCommand.class, VerifyCommand.class,
        CommandLine.HelpCommand.class})
public final class GraphDocsCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

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
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new GraphDocsCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("graphdocs: internal error: " + ex);
      return 3;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
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
