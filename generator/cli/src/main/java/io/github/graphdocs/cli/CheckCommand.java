package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.FileErrorText;
import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.output.ReportFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code graphdocs check -d DIR [-f text|json|sarif] [-o FILE] [-p PACKAGE] [-s]}: reports every finding, the
 * Java naming ones of the model {@code generate} would write included; exit 1 when there is an error.
 */
@Command(name = "check", description = {"Checks the docs and reports every finding.",
    "It finds everything generate would find, Java names included: no error means generate succeeds and its output "
        + "compiles. text prints file:line:col: severity: [CODE] message lines, as javac does, with files relative "
        + "to the working folder; json and sarif (SARIF 2.1.0) are for tools."})
final class CheckCommand implements Callable<Integer> {
  /** The report formats, as typed on the command line. */
  enum ReportFormat { text, json, sarif }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "The report format: ${COMPLETION-CANDIDATES}.")
  ReportFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
  Path out;

  @CommandLine.Mixin
  PackageOption packageOption;

  @Option(names = {"-n", "--notes"}, description = "Also print notes in text format (json and sarif always hold them).")
  boolean notes;

  @Override
  public Integer call() {
    DiagnosticCollector diagnostics = docsOptions.analyze(packageOption.checked(spec.commandLine())).diagnostics();
    DiagnosticReport report = format == ReportFormat.sarif ? docsOptions.sarifReport(diagnostics) : docsOptions.report(diagnostics);
    String text = report.render(DiagnosticReport.Format.parse(format.name()), notes);
    var err = spec.commandLine().getErr();
    if (out == null) {
      spec.commandLine().getOut().print(text);
      if (format != ReportFormat.text) {
        err.println("graphdocs: " + report.summary());
      }
    } else {
      try {
        ReportFile.write(out, text);
      } catch (IOException | RuntimeException e) {
        err.println("graphdocs: cannot write the report to " + PrintableText.escape(out + ": " + FileErrorText.of(e, out)));
        return 1;
      }
      err.println("graphdocs: " + report.summary() + "; report written to " + PrintableText.escape(out.toString()));
    }
    return diagnostics.hasErrors() ? 1 : 0;
  }
}
