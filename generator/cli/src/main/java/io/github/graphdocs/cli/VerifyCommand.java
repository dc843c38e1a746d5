package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.FileErrorText;
import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.DocsInput;
import io.github.graphdocs.pipeline.VerifyRun;
import io.github.graphdocs.verify.VerificationReport;
import io.github.graphdocs.verify.VerificationReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graphdocs verify -d DIR [-r FILE.json]}: the docs' examples through the generated model. */
@Command(name = "verify", description = {"Checks the docs' JSON examples through the generated model.",
    "Generates the model, compiles it in memory, then reads and writes back every typed JSON example through it. "
        + "Prints each failure (a doc error or a model defect) and a summary line."})
final class VerifyCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = {"-r", "--report"}, paramLabel = "FILE", description = "Also write every result as JSON to this file.")
  Path report;

  @CommandLine.Mixin
  PackageOption packageOption;

  @Option(names = {"-n", "--notes"}, description = "Also print notes (examples skipped as templates).")
  boolean notes;

  @Override
  public Integer call() {
    String packageName = packageOption.checked(spec.commandLine());
    DocsInput input = docsOptions.input();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VerifyRun.Result result;
    try (ProgressPrinter progress = docsOptions.progress()) {
      result = VerifyRun.verify(input, packageName, docsOptions.strict, progress);
    }
    DiagnosticCollector found = result.diagnostics();
    if (result.report() == null) {
      err.print(docsOptions.report(found).text(false));
      err.println("graphdocs: the docs have errors; nothing verified");
      return 1;
    }
    VerificationReport r = result.report();
    DiagnosticCollector failures = new DiagnosticCollector();
    r.diagnostics().forEach(failures::report);
    for (Diagnostic d : docsOptions.paths().rebased(failures).all()) {
      if (notes || d.severity() != Severity.NOTE) {
        out.println(d.format());
      }
    }
    for (String m : r.compilerMessages()) {
      err.println("javac: " + m);
    }
    out.flush();
    out.println(r.summaryLine());
    for (Map.Entry<String, Long> e : r.skipReasons().entrySet()) {
      out.println("  skipped " + e.getValue() + ": " + e.getKey());
    }
    for (Map.Entry<String, Long> e : r.failureCauses().entrySet()) {
      out.println("  failed " + e.getValue() + ": " + e.getKey());
    }
    if (report != null) {
      try {
        VerificationReportWriter.write(r, report);
      } catch (IOException | RuntimeException e) {
        err.println("graphdocs: cannot write the report to " + PrintableText.escape(report + ": " + FileErrorText.of(e, report)));
        return 1;
      }
    }
    return result.ok() ? 0 : 1;
  }
}
