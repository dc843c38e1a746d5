package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.replay.ContractReplayer;
import io.github.graphdocs.replay.ReplayReport;
import io.github.graphdocs.replay.ReplayResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graphdocs replay --docs DIR}: the API pages' exchange examples through the generated request API. */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = GraphDocsCommand.Version.class,
    description = {"Generates the model and its request API, compiles them in memory, and replays every request",
        "example of the API pages against a local server that answers with the documented response: the",
        "generated call must send the documented method, path, query and JSON body, and read the response.",
        "Prints each failure (doc error or model defect) and a summary line.",
        "Exit codes: 0 every exchange replays, 1 a failure (or errors in the docs), 2 usage error."})
final class ReplayCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @CommandLine.Mixin
  PackageOption packageOption;

  @Option(names = "--notes", description = "Also print the exchanges not replayed (error examples, bodies that are not JSON).")
  boolean notes;

  @Option(names = "--classes", paramLabel = "DIR", description = {"Replay through the model and request API already compiled",
      "into this folder (from generate's output, same package) instead of compiling them in memory."})
  Path classes;

  @Override
  public Integer call() {
    String packageName = packageOption.checked(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocsOptions.Analysed analysed = docsOptions.analyzeKeepingPages();
    GraphDocs.Analysis analysis = analysed.analysis();
    DiagnosticCollector found = analysed.diagnostics();
    if (found.hasErrors()) {
      err.print(docsOptions.report(found).text(false));
      err.println("graphdocs: the docs have errors; nothing replayed");
      return 1;
    }
    ReplayReport r;
    if (classes == null) {
      r = new ContractReplayer(packageName).replay(analysis.schema(), analysis.pages());
    } else {
      if (!Files.isDirectory(classes)) {
        err.println("graphdocs: --classes " + classes + " is not a folder");
        return 2;
      }
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          ReplayCommand.class.getClassLoader())) {
        r = new ContractReplayer(packageName).replay(analysis.schema(), analysis.pages(), loader);
      } catch (IOException e) {
        err.println("graphdocs: cannot read the classes in " + classes + ": " + e.getMessage());
        return 1;
      }
    }
    for (Diagnostic d : r.diagnostics()) {
      if (notes || d.severity() != Severity.NOTE) {
        out.println(d.format());
      }
    }
    for (String m : r.compilerMessages()) {
      err.println("javac: " + m);
    }
    out.println(r.summaryLine());
    for (ReplayResult.Status s : new ReplayResult.Status[] {ReplayResult.Status.DOC_ERROR, ReplayResult.Status.MODEL_DEFECT,
        ReplayResult.Status.SKIPPED}) {
      for (Map.Entry<String, Long> e : r.causes(s).entrySet()) {
        out.println("  " + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + e.getValue() + ": " + e.getKey());
      }
    }
    return r.failed() ? 1 : 0;
  }
}
