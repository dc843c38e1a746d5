package io.github.graphdocs.pipeline;

import io.github.graphdocs.analysis.SchemaAnalyzer;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.schema.Schema;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point the CLI and the Maven plugin use: read a docs folder and analyse it. Knows
 * nothing of Maven or picocli.
 */
public final class GraphDocs {
  private GraphDocs() {}

  /** The checked schema of a docs folder and every finding on the way. */
  public record Analysis(Schema schema, List<DocPage> pages, DiagnosticCollector diagnostics) {
    /** The pages read, by their paths relative to the docs folder. */
    public List<String> pagePaths() {
      return pages.stream().map(DocPage::path).toList();
    }
  }

  public static Analysis analyze(Path docsFolder) {
    return analyze(DocsInput.of(docsFolder), ProgressListener.NONE);
  }

  /** The checked schema of the selected pages, telling {@code progress} how reading and analysis go. */
  public static Analysis analyze(DocsInput docs, ProgressListener progress) {
    Path docsFolder = docs.folder();
    DiagnosticCollector diagnostics = new DiagnosticCollector();
    List<DocPage> pages = new DocsReader(diagnostics, docs.pages(), progress).read(docsFolder);
    Schema schema;
    try {
      schema = progress.around(ProgressListener.Step.ANALYSING, () -> new SchemaAnalyzer(diagnostics).analyze(pages));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in graphdocs, not in the docs: say so plainly instead of a stack trace.
      diagnostics.report(io.github.graphdocs.diagnostics.DiagnosticCode.INTERNAL_ERROR,
          io.github.graphdocs.diagnostics.SourceLocation.ofFile(docsFolder.toString()),
          "analysis failed: " + e);
      schema = new Schema(List.of(), List.of(), List.of());
    }
    return new Analysis(schema, pages, diagnostics);
  }
}
