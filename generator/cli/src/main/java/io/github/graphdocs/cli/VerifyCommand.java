package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.verify.ExampleVerifier;
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

/** {@code graphdocs verify --docs DIR [--report FILE.json]}: the docs' examples through the generated model. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = GraphDocsCommand.Version.class,
    description = {"Generates the model, compiles it in memory and reads and writes back every typed JSON example",
        "of the docs through it. Prints each failure (doc error or model defect) and a summary line.",
        "Exit codes: 0 all checked examples pass, 1 a failure (or errors in the docs), 2 usage error."})
final class VerifyCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = "--report", description = "Also write every result as JSON to this file.")
  Path report;

  @CommandLine.Mixin
  PackageOption packageOption;

  @Option(names = "--notes", description = "Also print notes (examples skipped as templates).")
  boolean notes;

  @Override
  public Integer call() {
    String packageName = packageOption.checked(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocsOptions.Analysed analysed = docsOptions.analyze(packageName);
    GraphDocs.Analysis analysis = analysed.analysis();
    DiagnosticCollector found = analysed.diagnostics();
    if (found.hasErrors()) {
      err.print(docsOptions.report(found).text(false));
      err.println("graphdocs: the docs have errors; nothing verified");
      return 1;
    }
    VerificationReport r = new ExampleVerifier(packageName).verify(analysis.schema());
    for (Diagnostic d : r.diagnostics()) {
      if (notes || d.severity() != Severity.NOTE) {
        out.println(d.format());
      }
    }
    for (String m : r.compilerMessages()) {
      err.println("javac: " + m);
    }
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
      } catch (IOException e) {
        err.println("graphdocs: cannot write the report " + report + ": " + e.getMessage());
        return 1;
      }
    }
    return r.failed() ? 1 : 0;
  }
}
