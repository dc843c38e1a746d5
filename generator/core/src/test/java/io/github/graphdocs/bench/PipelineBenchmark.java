package io.github.graphdocs.bench;

import io.github.graphdocs.analysis.SchemaAnalyzer;
import io.github.graphdocs.csdl.CsdlExporter;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.javagen.ModelEmitter;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.pipeline.DocsReader;
import io.github.graphdocs.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark harness (not a test): times each stage over a docs folder, cold (first run in this JVM)
 * and warm (median of the later runs). Speed is measured here, never asserted in tests.
 *
 * <pre>
 * mvn -q -pl generator/core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.github.graphdocs.bench.PipelineBenchmark \
 *   -Dexec.args="../shared/corpus/graph-docs-v1.0 7"
 * </pre>
 * End-to-end times with JVM start are what {@code .ci/corpus-check} prints.
 */
public final class PipelineBenchmark {
  private PipelineBenchmark() {}

  public static void main(String[] args) {
    Path docs = Path.of(args.length > 0 ? args[0] : "../../src-docs");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<long[]> samples = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      DiagnosticCollector d = new DiagnosticCollector();
      List<DocPage> pages = new DocsReader(d).read(docs);
      long t1 = System.nanoTime();
      Schema schema = new SchemaAnalyzer(d).analyze(pages);
      long t2 = System.nanoTime();
      int chars = CsdlExporter.export(schema).length();
      long t3 = System.nanoTime();
      int files = new ModelEmitter(schema, "bench.model", new DiagnosticCollector()).emit().stream()
          .mapToInt(f -> f.toString().length()).sum();
      long t4 = System.nanoTime();
      samples.add(new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3});
      System.out.printf("run %d: read %d ms, analyze %d ms, csdl %d ms, emit %d ms (%d pages, %d types, %d + %d chars)%n",
          i + 1, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), pages.size(), schema.types().size(), chars, files);
    }
    if (runs > 1) {
      String[] stage = {"read", "analyze", "csdl", "emit"};
      StringBuilder sb = new StringBuilder("warm median:");
      for (int s = 0; s < stage.length; s++) {
        List<Long> v = new ArrayList<>();
        for (int i = 1; i < samples.size(); i++) {
          v.add(samples.get(i)[s]);
        }
        Collections.sort(v);
        sb.append(' ').append(stage[s]).append(' ').append(ms(v.get(v.size() / 2))).append(" ms");
      }
      System.out.println(sb);
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
