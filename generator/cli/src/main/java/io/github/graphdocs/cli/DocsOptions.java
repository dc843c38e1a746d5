package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.SourcePaths;
import io.github.graphdocs.pipeline.DocsInput;
import io.github.graphdocs.pipeline.GeneratorRun;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.pipeline.PageFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads docs: the folder, which pages, whether warnings count as
 * errors and whether progress is shown. A docs folder that is missing, not a folder or unreadable,
 * and a malformed page pattern, are usage errors (exit code 2), found before anything is read.
 */
final class DocsOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec mixee;

  @Option(names = {"-d", "--docs"}, required = true, paramLabel = "DIR",
      description = "The docs folder (its resources/ and api/ pages), searched recursively for .md pages.")
  Path docs;

  @Option(names = {"-i", "--include"}, paramLabel = "GLOB", showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description = "Read only the pages matching this glob, relative to the docs folder (api/**, **/user*.md); repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(names = {"-x", "--exclude"}, paramLabel = "GLOB", showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description = "Skip the pages matching this glob; repeatable; wins over --include.")
  List<String> excludes = new ArrayList<>();

  @Option(names = {"-s", "--strict"}, description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "Show no progress on standard error.")
  boolean quiet;

  /** The docs to read, or a usage error when the folder cannot be read or a pattern is malformed. */
  DocsInput input() {
    CommandLine cl = mixee.commandLine();
    String shown = "--docs '" + docs + "'";
    if (!Files.exists(docs)) {
      throw new CommandLine.ParameterException(cl, shown + ": no such folder");
    }
    if (!Files.isDirectory(docs)) {
      throw new CommandLine.ParameterException(cl, shown + " is a file, not a folder");
    }
    if (!Files.isReadable(docs) || !Files.isExecutable(docs)) {
      throw new CommandLine.ParameterException(cl, shown + ": the folder cannot be read (permission denied)");
    }
    try {
      return new DocsInput(docs, PageFilter.of(includes, excludes));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--include/--exclude: " + e.getMessage());
    }
  }

  /** Progress on standard error: a redrawn line on a terminal, periodic lines elsewhere, none with --quiet. */
  ProgressPrinter progress() {
    GraphDocsCommand root = (GraphDocsCommand) mixee.root().userObject();
    ProgressPrinter.Mode mode = quiet ? ProgressPrinter.Mode.OFF
        : root.terminal() ? ProgressPrinter.Mode.TERMINAL : ProgressPrinter.Mode.LOG;
    return new ProgressPrinter(mixee.commandLine().getErr(), mode, root.clock());
  }

  /** The docs' schema and findings, with warnings made errors under {@code --strict}. */
  Analysed analyze() {
    return analyze(GeneratorRun.DEFAULT_PACKAGE);
  }

  /** The docs' schema, Java names and findings for a model in {@code basePackage}, with warnings made errors under {@code --strict}. */
  Analysed analyze(String basePackage) {
    return analyze(basePackage, false);
  }

  /** As {@link #analyze()}, keeping the pages read ({@link GraphDocs.Analysis#pages()}), as replay needs them. */
  Analysed analyzeKeepingPages() {
    return analyze(GeneratorRun.DEFAULT_PACKAGE, true);
  }

  private Analysed analyze(String basePackage, boolean keepPages) {
    DocsInput input = input();
    GraphDocs.Analysis a;
    try (ProgressPrinter progress = progress()) {
      a = keepPages ? GraphDocs.analyzeKeepingPages(input, basePackage, progress) : GraphDocs.analyze(input, basePackage, progress);
    }
    return new Analysed(a, strict ? a.diagnostics().strict() : a.diagnostics());
  }

  /** Places shown relative to the working folder; {@code asGiven} are already (the output folder as typed). */
  SourcePaths paths(String... asGiven) {
    return new SourcePaths(Path.of("").toAbsolutePath(), docs, Set.copyOf(Arrays.asList(asGiven)));
  }

  /** The findings as a text or JSON report, every place relative to the working folder. */
  DiagnosticReport report(DiagnosticCollector diagnostics, String... asGiven) {
    return new DiagnosticReport(paths(asGiven).rebased(diagnostics), GraphDocsCommand.version(), null);
  }

  /** The findings as a SARIF report: places relative to the docs folder, given as the base URI. */
  DiagnosticReport sarifReport(DiagnosticCollector diagnostics) {
    return new DiagnosticReport(diagnostics, GraphDocsCommand.version(), docs);
  }

  record Analysed(GraphDocs.Analysis analysis, DiagnosticCollector diagnostics) {}
}
