package io.github.graphdocs.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.pipeline.GeneratorRun;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.verify.DocumentedTypeChecker;
import io.github.graphdocs.verify.ExampleResult;
import io.github.graphdocs.verify.ExampleVerifier;
import io.github.graphdocs.verify.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the payloads the payload benchmark and the cold-start runs read: the docs' JSON examples
 * that {@code verify} passes (typed by their annotation, their operation or their own
 * {@code @odata.type}, read through the model and written back unchanged), each split as verify
 * splits it (a collection gives its members), written compactly, one file each, with the class that
 * reads it. Needs the docs' model, generated with the default package and compiled, on the class path:
 * every payload is read through it once more and dropped if that fails.
 *
 * <pre>ExamplePayloadWriter DOCS OUT [COLD_START_TYPE]</pre>
 * COLD_START_TYPE (default {@code message}, a simple or qualified type name) picks the payload of
 * {@code cold-start.tsv}: the largest payload of that type.
 */
public final class ExamplePayloadWriter {
  /** Keeps every number exactly as written. */
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final ObjectMapper model = new ObjectMapper().findAndRegisterModules();
  private final Schema schema;
  private final DocumentedTypeChecker checker;
  private final Map<String, String> javaClasses;

  private ExamplePayloadWriter(GraphDocs.Analysis analysis) {
    this.schema = analysis.schema();
    this.checker = new DocumentedTypeChecker(schema);
    // the Java classes as the naming pass gave them to generate (the default package, as bench/run generates)
    this.javaClasses = analysis.names() == null ? Map.of() : analysis.names().javaClassNames();
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ExamplePayloadWriter DOCS OUT [COLD_START_TYPE]");
      System.exit(2);
    }
    Path docs = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String coldType = args.length > 2 ? args[2] : "message";
    GraphDocs.Analysis analysis = GraphDocs.analyze(docs);
    VerificationReport report = new ExampleVerifier(GeneratorRun.DEFAULT_PACKAGE).verify(analysis.schema());
    new ExamplePayloadWriter(analysis).write(report, out, coldType);
  }

  private void write(VerificationReport report, Path out, String coldType) throws IOException {
    Map<SourceLocation, ExampleDef> examples = new HashMap<>();
    for (ExampleDef e : schema.examples()) {
      examples.put(e.source(), e);
    }
    Files.createDirectories(out);
    List<String> index = new ArrayList<>();
    String cold = null;
    int coldSize = -1;
    int passed = 0;
    int unused = 0;
    int unreadable = 0;
    long total = 0;
    for (ExampleResult r : report.results()) {
      if (r.status() != ExampleResult.Status.PASSED) {
        continue;
      }
      passed++;
      TypeDef def = r.type() == null ? null : schema.find(r.type()).orElse(null);
      ExampleDef e = examples.get(r.source());
      String javaClass = def == null ? null : javaClasses.get(def.lowerName());
      JsonNode root = e == null || javaClass == null ? null : strict(e.json());
      if (root == null) {
        unused++; // action parameters (no one class), or JSON that verify read only leniently
        continue;
      }
      for (JsonNode element : elements(root, def)) {
        byte[] bytes = EXACT.writeValueAsBytes(element);
        if (!readsBack(javaClass, bytes)) {
          unreadable++;
          continue;
        }
        String file = String.format(Locale.ROOT, "p%05d.json", index.size() + 1);
        Files.write(out.resolve(file), bytes);
        PayloadSet.Payload p = new PayloadSet.Payload(javaClass, file, def.qualifiedName(), r.source().toString());
        index.add(p.line());
        total += bytes.length;
        if (isType(def, coldType) && bytes.length > coldSize) {
          cold = p.line();
          coldSize = bytes.length;
        }
      }
    }
    Files.write(out.resolve(PayloadSet.INDEX), index, StandardCharsets.UTF_8);
    Files.write(out.resolve(PayloadSet.COLD_START), cold == null ? List.of() : List.of(cold), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "payloads: %d (%d bytes) from the %d examples verify passes (%d of them left out:"
            + " action parameters or not strict JSON; %d members the model did not read back); cold start: %s%n",
        index.size(), total, passed, unused, unreadable, cold == null ? "no " + coldType + " payload" : cold.replace('\t', ' '));
  }

  private static JsonNode strict(String json) {
    try {
      return json == null ? null : EXACT.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** As verify splits an example: an array or a {@code {"value": [...]}} envelope gives its members. */
  private List<JsonNode> elements(JsonNode root, TypeDef def) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(out::add);
    } else if (checker.isCollectionEnvelope(root, def)) {
      root.get("value").forEach(out::add);
    } else if (root.isObject() && !root.isEmpty()) {
      out.add(root);
    }
    out.removeIf(n -> !n.isObject());
    return out;
  }

  private boolean readsBack(String javaClass, byte[] bytes) {
    try {
      Object value = model.readValue(bytes, Class.forName(javaClass));
      model.writeValueAsBytes(value);
      return true;
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static boolean isType(TypeDef def, String wanted) {
    return def.qualifiedName().equalsIgnoreCase(wanted) || def.name().equalsIgnoreCase(wanted);
  }
}
