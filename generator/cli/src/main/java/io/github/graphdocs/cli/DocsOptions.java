package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.pipeline.GeneratorRun;
import io.github.graphdocs.pipeline.GraphDocs;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that reads docs: the folder and whether warnings count as errors. */
final class DocsOptions {
  @Option(names = "--docs", required = true, description = "The docs folder (resources/ and api/ pages).")
  Path docs;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  /** The docs' schema and findings, with warnings made errors under {@code --strict}. */
  Analysed analyze() {
    return analyze(GeneratorRun.DEFAULT_PACKAGE);
  }

  /** The docs' schema, Java names and findings for a model in {@code basePackage}, with warnings made errors under {@code --strict}. */
  Analysed analyze(String basePackage) {
    GraphDocs.Analysis a = GraphDocs.analyze(docs, basePackage);
    return new Analysed(a, strict ? a.diagnostics().strict() : a.diagnostics());
  }

  /** The findings as a report (text like javac, JSON or SARIF) with paths relative to the docs folder. */
  DiagnosticReport report(DiagnosticCollector diagnostics) {
    return new DiagnosticReport(diagnostics, GraphDocsCommand.version(), docs);
  }

  record Analysed(GraphDocs.Analysis analysis, DiagnosticCollector diagnostics) {}
}
