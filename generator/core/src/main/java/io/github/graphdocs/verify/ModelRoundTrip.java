package io.github.graphdocs.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.JsonErrorText;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeRef;
import io.github.graphdocs.verify.DocumentedTypeChecker.Mismatch;
import io.github.graphdocs.verify.ExampleResult.Classification;
import io.github.graphdocs.verify.JsonTreeComparator.Difference;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one JSON value through the compiled model: reads it as its documented class, writes it back and
 * compares; a difference or a read failure is classified as a doc error when the differing value does
 * not fit its documented type, else as a model defect. Thread-safe (read-only after construction).
 */
final class ModelRoundTrip {
  /** One JSON value to pass through the model, and where it sits in the example. */
  record Element(String path, JsonNode node) {}

  private final DocumentedTypeChecker checker;
  private final Map<String, String> javaClasses;
  private final CompiledModelLoader loader;
  private final ObjectMapper model;
  private final JsonTreeComparator comparator = new JsonTreeComparator();

  ModelRoundTrip(DocumentedTypeChecker checker, Map<String, String> javaClasses, CompiledModelLoader loader, ObjectMapper model) {
    this.checker = checker;
    this.javaClasses = javaClasses;
    this.loader = loader;
    this.model = model;
  }

  Class<?> load(TypeDef def) {
    String name = javaClasses.get(def.lowerName());
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException | LinkageError ex) {
      throw new IllegalStateException("generated class " + name + " of " + def.qualifiedName() + " cannot be loaded", ex);
    }
  }

  /** Reads one value as the documented class, writes it back and compares; null when it survives. */
  ExampleFailure roundTrip(Class<?> type, TypeDef def, TypeRef declared, Element el) {
    return roundTrip(model.constructType(type), def, el, checker.check(declared, el.node(), el.path()));
  }

  /**
   * Reads a collection response ({@code {"@odata.context": ..., "value": [...], "@odata.nextLink": ...}})
   * as the runtime's {@code ODataCollection} of the documented class, writes it back and compares the
   * whole page; null when it survives.
   */
  ExampleFailure roundTripPage(Class<?> type, TypeDef def, TypeRef declared, JsonNode page) {
    List<Mismatch> mismatches = new java.util.ArrayList<>();
    JsonNode value = page.path("value");
    for (int i = 0; i < value.size(); i++) {
      mismatches.addAll(checker.check(declared, value.get(i), "$.value[" + i + "]"));
    }
    return roundTrip(model.getTypeFactory().constructParametricType(io.github.graphdocs.runtime.ODataCollection.class, type),
        def, new Element("$", page), mismatches);
  }

  private ExampleFailure roundTrip(com.fasterxml.jackson.databind.JavaType type, TypeDef def, Element el,
      List<Mismatch> mismatches) {
    List<Difference> diffs;
    try {
      ObjectReader reader = model.readerFor(type);
      Object value = reader.readValue(ExampleJson.EXACT.writeValueAsString(el.node()));
      JsonNode back = ExampleJson.EXACT.readTree(model.writeValueAsString(value));
      diffs = comparator.compare(el.path(), el.node(), back);
    } catch (JsonProcessingException ex) {
      return readFailure(def, mismatches, el, ex);
    } catch (RuntimeException ex) {
      return new ExampleFailure(DiagnosticCode.EXAMPLE_MISMATCH, Classification.MODEL_DEFECT,
          "the model threw " + ex.getClass().getSimpleName(), el.path(),
          "model defect: reading or writing " + def.qualifiedName() + " threw " + ex);
    }
    if (diffs.isEmpty()) {
      return null;
    }
    for (Difference d : diffs) {
      if (explain(mismatches, d.path()) == null) {
        return new ExampleFailure(DiagnosticCode.EXAMPLE_MISMATCH, Classification.MODEL_DEFECT,
            d.kind().name().toLowerCase(Locale.ROOT) + " value", d.path(),
            "model defect: read as " + def.qualifiedName() + " and written back, " + d.describe() + more(diffs));
      }
    }
    Difference d = diffs.get(0);
    Mismatch m = explain(mismatches, d.path());
    return new ExampleFailure(DiagnosticCode.EXAMPLE_DOC_ERROR, Classification.DOC_ERROR, m.category(), m.path(),
        "doc error: at " + m.path() + ", " + m.reason() + "; read as " + def.qualifiedName() + " and written back, "
            + d.describe() + more(diffs));
  }

  private ExampleFailure readFailure(TypeDef def, List<Mismatch> mismatches, Element el, JsonProcessingException ex) {
    String path = el.path();
    if (ex instanceof JsonMappingException jm) {
      for (JsonMappingException.Reference r : jm.getPath()) {
        path = r.getFieldName() != null ? JsonTreeComparator.child(path, r.getFieldName()) : path + "[" + r.getIndex() + "]";
      }
    }
    Mismatch m = explain(mismatches, path);
    if (m != null) {
      return new ExampleFailure(DiagnosticCode.EXAMPLE_DOC_ERROR, Classification.DOC_ERROR, m.category(), m.path(),
          "doc error: at " + m.path() + ", " + m.reason() + "; the model cannot read it as " + def.qualifiedName());
    }
    if (ex instanceof InvalidTypeIdException) {
      return new ExampleFailure(DiagnosticCode.EXAMPLE_DOC_ERROR, Classification.DOC_ERROR,
          "abstract type without a concrete @odata.type", path,
          "doc error: at " + path + ", the docs give an abstract type; the payload must name a concrete subtype in @odata.type ("
              + JsonErrorText.of(ex) + ")");
    }
    return new ExampleFailure(DiagnosticCode.EXAMPLE_MISMATCH, Classification.MODEL_DEFECT,
        "read failed (" + ex.getClass().getSimpleName() + ")", path,
        "model defect: cannot read as " + def.qualifiedName() + " at " + path + ": " + JsonErrorText.of(ex));
  }

  /** The mismatch at, inside or around a path, or null. */
  private static Mismatch explain(List<Mismatch> mismatches, String path) {
    for (Mismatch m : mismatches) {
      if (related(m.path(), path)) {
        return m;
      }
    }
    return null;
  }

  /** Whether one path is the other or lies inside it. */
  private static boolean related(String a, String b) {
    return encloses(a, b) || encloses(b, a);
  }

  private static boolean encloses(String outer, String inner) {
    if (!inner.startsWith(outer)) {
      return false;
    }
    if (inner.length() == outer.length()) {
      return true;
    }
    char next = inner.charAt(outer.length());
    return next == '.' || next == '[';
  }

  private static String more(List<Difference> diffs) {
    return diffs.size() > 1 ? " (and " + DiagnosticReport.counted(diffs.size() - 1, "more difference") + ")" : "";
  }
}
