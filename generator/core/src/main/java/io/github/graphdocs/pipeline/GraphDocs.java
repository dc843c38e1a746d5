package io.github.graphdocs.pipeline;

import io.github.graphdocs.analysis.SchemaAnalyzer;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.javagen.ModelNames;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.schema.Schema;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point the CLI and the Maven plugin use: read a docs folder, analyse it and name its
 * Java model. Whatever {@code generate} would find before writing is found here, so that {@code check}
 * reports it too. Knows nothing of Maven or picocli.
 */
public final class GraphDocs {
  private GraphDocs() {}

  /**
   * The checked schema of a docs folder, the Java names of its model and every finding on the way.
   *
   * <p>The pages' contents are kept only when asked for ({@link #analyzeKeepingPages}, for replay, which
   * reads their exchange examples again): otherwise they are garbage once the schema is built, so that
   * emission runs without them in memory.
   *
   * @param pagePaths the pages read, by their paths relative to the docs folder
   * @param pages the pages read, when kept ({@link #analyzeKeepingPages}); else none
   * @param names the naming pass's result, or null when the schema could not be named (an error says why)
   */
  public record Analysis(Schema schema, List<String> pagePaths, List<DocPage> pages, DiagnosticCollector diagnostics,
      ModelNames names) {
    public Analysis {
      pagePaths = List.copyOf(pagePaths);
      pages = List.copyOf(pages);
    }

    /** An analysis that keeps none of its pages' contents. */
    public Analysis(Schema schema, List<String> pagePaths, DiagnosticCollector diagnostics, ModelNames names) {
      this(schema, pagePaths, List.of(), diagnostics, names);
    }
  }

  /** Analyses a docs folder for a model in the default package. */
  public static Analysis analyze(Path docsFolder) {
    return analyze(DocsInput.of(docsFolder), GeneratorRun.DEFAULT_PACKAGE, ProgressListener.NONE);
  }

  /** Reads and analyses a docs folder, then runs the naming pass for a model in {@code basePackage}. */
  public static Analysis analyze(Path docsFolder, String basePackage) {
    return analyze(DocsInput.of(docsFolder), basePackage, ProgressListener.NONE);
  }

  /** Reads and analyses the selected pages for a model in the default package, telling {@code progress}. */
  public static Analysis analyze(DocsInput input, ProgressListener progress) {
    return analyze(input, GeneratorRun.DEFAULT_PACKAGE, progress);
  }

  /**
   * Reads and analyses the selected pages, then runs the naming pass for a model in {@code basePackage},
   * telling {@code progress} how reading and analysis go.
   */
  public static Analysis analyze(DocsInput input, String basePackage, ProgressListener progress) {
    return analyze(input, basePackage, progress, false);
  }

  /** As {@link #analyze(Path)}, keeping the pages read ({@link Analysis#pages()}): what replay needs. */
  public static Analysis analyzeKeepingPages(Path docsFolder) {
    return analyze(DocsInput.of(docsFolder), GeneratorRun.DEFAULT_PACKAGE, ProgressListener.NONE, true);
  }

  /** As {@link #analyze(DocsInput, String, ProgressListener)}, keeping the pages read ({@link Analysis#pages()}). */
  public static Analysis analyzeKeepingPages(DocsInput input, String basePackage, ProgressListener progress) {
    return analyze(input, basePackage, progress, true);
  }

  private static Analysis analyze(DocsInput input, String basePackage, ProgressListener progress, boolean keepPages) {
    Path docsFolder = input.folder();
    DiagnosticCollector diagnostics = new DiagnosticCollector();
    SourceLocation docs = SourceLocation.ofFile(docsFolder.toString());
    Read read = readAndAnalyse(input, progress, diagnostics, docs, keepPages);
    Schema schema = read.schema();
    ModelNames names = null;
    try {
      names = ModelNames.allocate(schema, basePackage, diagnostics);
    } catch (RuntimeException e) {
      diagnostics.report(DiagnosticCode.INTERNAL_ERROR, docs, "naming the Java model failed: " + e);
    } catch (Error e) {
      diagnostics.report(DiagnosticCode.PAGE_EXCEEDS_LIMITS, docs, "naming the Java model failed: " + SchemaAnalyzer.limitReached(e));
    }
    return new Analysis(schema, read.pagePaths(), read.pages(), diagnostics, names);
  }

  private record Read(Schema schema, List<String> pagePaths, List<DocPage> pages) {}

  /** The schema of the pages, which are garbage once this returns unless {@code keepPages}. */
  private static Read readAndAnalyse(DocsInput input, ProgressListener progress, DiagnosticCollector diagnostics,
      SourceLocation docs, boolean keepPages) {
    List<String> paths = List.of();
    List<DocPage> kept = List.of();
    Schema schema = new Schema(List.of(), List.of(), List.of());
    try {
      List<DocPage> pages = new DocsReader(diagnostics, input.pages(), progress).read(input.folder());
      paths = pages.stream().map(DocPage::path).toList();
      kept = keepPages ? pages : List.of();
      schema = progress.around(ProgressListener.Step.ANALYSING, () -> new SchemaAnalyzer(diagnostics).analyze(pages));
    } catch (RuntimeException e) {
      // A bug in graphdocs, not in the docs: say so plainly instead of a stack trace.
      diagnostics.report(DiagnosticCode.INTERNAL_ERROR, docs, "analysis failed: " + e);
    } catch (Error e) {
      diagnostics.report(DiagnosticCode.PAGE_EXCEEDS_LIMITS, docs, "analysing the docs failed: " + SchemaAnalyzer.limitReached(e));
    }
    return new Read(schema, paths, kept);
  }
}
