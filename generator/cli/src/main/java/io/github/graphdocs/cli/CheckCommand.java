package io.github.graphdocs.cli;

import io.github.graphdocs.pipeline.GraphDocs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graphdocs check --docs DIR}: prints every finding; exit 1 when there is an error. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = GraphDocsCommand.Version.class,
    description = "Checks the docs and prints diagnostics as file:line:col: severity: [CODE] message.")
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--docs", required = true, description = "The docs folder.")
  Path docs;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--notes", description = "Also print notes.")
  boolean notes;

  @Override
  public Integer call() {
    GraphDocs.Analysis a = GraphDocs.analyze(docs);
    var diagnostics = strict ? a.diagnostics().strict() : a.diagnostics();
    var out = spec.commandLine().getOut();
    DiagnosticPrinter.printText(diagnostics, out, notes);
    out.println(DiagnosticPrinter.summary(diagnostics));
    return diagnostics.hasErrors() ? 1 : 0;
  }
}
