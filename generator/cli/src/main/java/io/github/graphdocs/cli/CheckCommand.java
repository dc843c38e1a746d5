package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.output.ReportFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code graphdocs check --docs DIR [--format text|json|sarif] [--out FILE] [--package P] [--strict]}:
 * reports every finding, the Java naming ones of the model {@code generate} would write included;
 * exit 1 when there is an error.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = GraphDocsCommand.Version.class,
    description = {"Checks the docs and reports diagnostics: every finding generate would make, Java names included,",
        "so that no error means generate succeeds and its output compiles.",
        "text prints file:line:col: severity: [CODE] message, as javac does; json and sarif (SARIF 2.1.0) are for tools.",
        "Exit code: 0 no error, 1 errors, 2 usage error."})
final class CheckCommand implements Callable<Integer> {
  /** The report formats, as typed on the command line. */
  enum ReportFormat { text, json, sarif }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--out", description = "Write the report to this file instead of standard output.")
  Path out;

  @CommandLine.Mixin
  PackageOption packageOption;


  @Option(names = "--notes", description = "Also print notes in text format (json and sarif always hold them).")
  boolean notes;

  @Override
  public Integer call() {
    DiagnosticCollector diagnostics = docsOptions.analyze(packageOption.checked(spec.commandLine())).diagnostics();
    DiagnosticReport report = docsOptions.report(diagnostics);
    String text = report.render(DiagnosticReport.Format.parse(format.name()), notes);
    var err = spec.commandLine().getErr();
    if (out == null) {
      spec.commandLine().getOut().print(text);
      if (format != ReportFormat.text) {
        err.println(report.summary());
      }
    } else {
      try {
        ReportFile.write(out, text);
      } catch (IOException | RuntimeException e) {
        err.println("graphdocs: cannot write the report to " + PrintableText.escape(out + ": " + e.getMessage()));
        return 1;
      }
      err.println(report.summary() + "; report written to " + PrintableText.escape(out.toString()));
    }
    return diagnostics.hasErrors() ? 1 : 0;
  }
}
