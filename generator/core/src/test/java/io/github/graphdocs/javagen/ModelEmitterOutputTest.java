package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.CompiledModel.complex;
import static io.github.graphdocs.javagen.CompiledModel.entity;
import static io.github.graphdocs.javagen.CompiledModel.enumType;
import static io.github.graphdocs.javagen.CompiledModel.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.verify.InMemoryCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The emitted text: exact where it matters (one golden file), deterministic, and warning-free. */
class ModelEmitterOutputTest {
  private static final Path CORPUS = Path.of("../../../shared/corpus/graph-docs-v1.0");

  private static Schema tinySchema() {
    return new Schema(List.of(
        enumType("microsoft.graph.color", "red", "darkBlue"),
        complex("microsoft.graph.point", prop("x", "Edm.Int32", "The x coordinate."), prop("color", "microsoft.graph.color")),
        entity("microsoft.graph.entity", null, true, prop("id", "Edm.String")),
        entity("microsoft.graph.shape", "microsoft.graph.entity", false, prop("points", "Collection(microsoft.graph.point)"),
            prop("createdDateTime", "Edm.DateTimeOffset"))), List.of(), List.of());
  }

  private static Map<String, String> emit(Schema schema) {
    return new ModelEmitter(schema, CompiledModel.PACKAGE, new DiagnosticCollector()).emitSources();
  }

  @Test
  void enumClassTextIsExactlyTheGoldenFile() throws IOException {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/ModelEmitterOutputTest/enumClassTextIsExactlyTheGoldenFile/Color.java")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String actual = emit(tinySchema()).get("io.github.graphdocs.model.Color");
    if (Boolean.getBoolean("graphdocs.updateGolden")) {
      Files.writeString(Path.of("src/test/resources/golden/ModelEmitterOutputTest/enumClassTextIsExactlyTheGoldenFile/Color.java"),
          actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(golden, actual, "golden file out of date: run this test with -Dgraphdocs.updateGolden=true and review the diff");
  }

  @Test
  void theSameSchemaGivesTheSameBytes() {
    assertEquals(emit(tinySchema()), emit(tinySchema()));
  }

  @Test
  void theSameDocsGiveTheSameBytes() {
    Path seeds = Path.of("../../src-docs");
    assertEquals(emit(GraphDocs.analyze(seeds).schema()), emit(GraphDocs.analyze(seeds).schema()));
  }

  @Test
  void tinyModelCompilesWithoutWarningsUnderXlintAll() {
    CompiledModel m = CompiledModel.of(tinySchema());
    assertEquals(6, m.sources.size(), () -> m.sources.keySet().toString());
  }

  @Test
  void seedModelCompilesWithoutWarningsUnderXlintAll() {
    InMemoryCompiler.Result r = new InMemoryCompiler(CompiledModel.STRICT).compile(emit(GraphDocs.analyze(Path.of("../../src-docs")).schema()));
    assertTrue(r.success(), () -> String.join("\n", r.messages()));
    assertEquals(List.of(), r.messages());
  }

  @Test
  void corpusModelCompilesWithoutErrorsOrWarningsUnderXlintAll() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the v1.0 corpus is not at " + CORPUS);
    Schema schema = GraphDocs.analyze(CORPUS).schema();
    Map<String, String> sources = emit(schema);
    assertTrue(sources.size() > 1000, "corpus model has " + sources.size() + " classes");
    InMemoryCompiler.Result r = new InMemoryCompiler(CompiledModel.STRICT).compile(sources);
    assertTrue(r.success(), () -> String.join("\n", r.messages().subList(0, Math.min(20, r.messages().size()))));
    assertEquals(List.of(), r.messages());
  }
}
