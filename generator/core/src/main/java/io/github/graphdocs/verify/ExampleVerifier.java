package io.github.graphdocs.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.javagen.ModelEmitter;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The docs' own examples as contract tests: generates the model of a schema, compiles it in memory,
 * loads it in its own class loader and passes every typed JSON example through it (read as its
 * documented type, written back, compared with the original). Each failure is classified: a doc error
 * when the differing value does not fit its documented type, else a model defect. Each example is
 * typed and checked by an {@link ExampleRun}; values go through the model in {@link ModelRoundTrip}.
 */
public final class ExampleVerifier {
  public static final String SKIP_PRIMITIVE = "primitive type (no model class to read it)";
  public static final String SKIP_ENUM = "enum type (no object to read)";
  public static final String SKIP_UNDEFINED = "type not defined by any page";
  public static final String SKIP_TRUNCATED = "truncated and not complete JSON";
  public static final String SKIP_EMPTY = "empty body (nothing to check)";
  public static final String SKIP_EMPTY_COLLECTION = "empty collection (nothing to check)";
  public static final String SKIP_NOT_COMPILED = "the model did not compile";

  public static final String SKIP_NOT_STRUCTURED = "not a JSON object or array (a $count or plain-text body)";
  public static final String SKIP_NO_DOCUMENTED_PARAMETER = "action parameters: no member the request-body table documents";
  public static final String SKIP_PLACEHOLDERS = "template: placeholder values where the docs give typed values";

  private final String basePackage;

  public ExampleVerifier(String basePackage) {
    this.basePackage = basePackage;
  }

  /** Verifies every example of the schema. */
  public VerificationReport verify(Schema schema) {
    return verify(schema, n -> { });
  }

  /**
   * Verifies every example of the schema, telling {@code checked} how many examples are checked so
   * far: 0 once the model compiled, then after each example (from any thread).
   */
  public VerificationReport verify(Schema schema, IntConsumer checked) {
    DiagnosticCollector emitNotes = new DiagnosticCollector();
    ModelEmitter emitter = new ModelEmitter(schema, basePackage, emitNotes);
    Map<String, String> sources = emitter.emitSources();
    Map<String, String> javaClasses = emitter.javaClassNames();
    InMemoryCompiler.Result compiled = new InMemoryCompiler(List.of()).compile(sources);
    List<ExampleDef> examples = new ArrayList<>(schema.examples());
    examples.sort(Comparator.comparing(ExampleDef::source));
    if (!compiled.success()) {
      List<ExampleResult> results = examples.stream()
          .map(e -> ExampleResult.skipped(e.source(), e.blockType(), null, null, SKIP_NOT_COMPILED)).toList();
      String first = compiled.messages().isEmpty() ? "javac failed" : compiled.messages().get(0);
      Diagnostic d = ExampleFailure.diagnostic(DiagnosticCode.MODEL_COMPILE_FAILED, SourceLocation.ofFile("(generated model)"),
          "model defect: the generated model does not compile (" + DiagnosticReport.counted(compiled.messages().size(), "message")
              + "); first: " + first);
      return new VerificationReport(results, false, compiled.messages(), List.of(d));
    }
    CompiledModelLoader loader = new CompiledModelLoader(compiled.classes(), ObjectMapper.class.getClassLoader());
    ExampleRun run = new ExampleRun(schema, javaClasses, loader, new ObjectMapper().findAndRegisterModules());
    checked.accept(0);
    AtomicInteger done = new AtomicInteger();
    List<ExampleResult> results = examples.parallelStream().map(e -> {
      ExampleResult r = run.verify(e);
      checked.accept(done.incrementAndGet());
      return r;
    }).toList();
    return new VerificationReport(results, true, compiled.messages(), List.of());
  }
}
