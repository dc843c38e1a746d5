package io.github.graphdocs.benchmarks;

import io.github.graphdocs.analysis.SchemaAnalyzer;
import io.github.graphdocs.csdl.CsdlExporter;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.javagen.ModelEmitter;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.pipeline.DocsReader;
import io.github.graphdocs.pipeline.GeneratorRun;
import io.github.graphdocs.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline's stages, warm, over one docs folder: read (Markdown pages), analyse (pages to
 * schema), emit (schema to Java source text) and CSDL export (schema to XML). Each stage gets the
 * previous stage's output, made once per trial. The folder is the {@code docs} parameter
 * ({@code -p docs=DIR}); its default is the v1.0 corpus as seen from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  @Param("../shared/corpus/graph-docs-v1.0")
  public String docs;

  private Path folder;
  private List<DocPage> pages;
  private Schema schema;

  @Setup
  public void readOnce() {
    folder = Path.of(docs).toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("docs folder " + folder + " does not exist; pass -p docs=DIR");
    }
    pages = new DocsReader(new DiagnosticCollector()).read(folder);
    schema = new SchemaAnalyzer(new DiagnosticCollector()).analyze(pages);
  }

  @Benchmark
  public List<DocPage> read() {
    return new DocsReader(new DiagnosticCollector()).read(folder);
  }

  @Benchmark
  public Schema analyse() {
    return new SchemaAnalyzer(new DiagnosticCollector()).analyze(pages);
  }

  @Benchmark
  public Map<String, String> emit() {
    return new ModelEmitter(schema, GeneratorRun.DEFAULT_PACKAGE, new DiagnosticCollector()).emitSources();
  }

  @Benchmark
  public String csdlExport() {
    return CsdlExporter.export(schema);
  }
}
