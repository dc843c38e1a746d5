package io.github.graphdocs.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.JsonErrorText;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import io.github.graphdocs.verify.DocumentedTypeChecker.Mismatch;
import io.github.graphdocs.verify.ExampleResult.Classification;
import io.github.graphdocs.verify.ExampleResult.Status;
import io.github.graphdocs.verify.ModelRoundTrip.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verifies one example against a compiled model: types it (annotation, operation or payload), skips
 * what cannot be checked, reads its JSON, checks templates, and passes each object through
 * {@link ModelRoundTrip}; an action's request body is checked parameter by parameter. The state one
 * verify run shares between examples; thread-safe (read-only after construction).
 */
final class ExampleRun {
  private final ExampleTypeResolver typing;
  private final DocumentedTypeChecker checker;
  private final ModelRoundTrip roundTrip;

  ExampleRun(Schema schema, Map<String, String> javaClasses, CompiledModelLoader loader, ObjectMapper model) {
    this.typing = new ExampleTypeResolver(schema);
    this.checker = new DocumentedTypeChecker(schema);
    this.roundTrip = new ModelRoundTrip(checker, javaClasses, loader, model);
  }

  /** The result of one example: passed, failed with a located diagnostic, or skipped with a reason. */
  ExampleResult verify(ExampleDef e) {
    ExampleTypeResolver.Typing t = typing.resolve(e);
    if (t.skipped() && !t.skipReason().equals(ExampleTypeResolver.SKIP_RESOURCE)) {
      ExampleTypeResolver.Typing fromPayload = typing.fromPayload(ExampleJson.parseQuietly(e.json()));
      t = fromPayload != null ? fromPayload : t;
    }
    if (t.skipped() && t.skipReason().equals(ExampleTypeResolver.SKIP_REQUEST_UNTYPED)) {
      OperationDef op = parametersOf(e);
      if (op != null) {
        return verifyParameters(e, op);
      }
    }
    if (t.skipped()) {
      return ExampleResult.skipped(e.source(), e.blockType(), null, null, t.skipReason());
    }
    String typeName = t.type().name();
    if (t.type().isPrimitive()) {
      return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), ExampleVerifier.SKIP_PRIMITIVE);
    }
    TypeDef def = checker.find(typeName);
    if (def == null) {
      return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), ExampleVerifier.SKIP_UNDEFINED);
    }
    typeName = def.qualifiedName();
    if (def.kind() == TypeKind.ENUM) {
      return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), ExampleVerifier.SKIP_ENUM);
    }
    String json = e.json() == null ? "" : e.json();
    if (json.isBlank()) {
      return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), ExampleVerifier.SKIP_EMPTY);
    }
    JsonNode root;
    Diagnostic leniency = null;
    try {
      root = ExampleJson.EXACT.readTree(json);
    } catch (JsonProcessingException strict) {
      try {
        root = ExampleJson.LENIENT.readTree(json);
        leniency = new Diagnostic(DiagnosticCode.EXAMPLE_INVALID_JSON, Severity.WARNING, ExampleFailure.at(e, ExampleJson.line(strict)),
            "doc error: the example is not strict JSON (" + JsonErrorText.of(strict)
                + "); it was checked as read leniently (comments, trailing commas, single quotes, raw line breaks)", List.of());
      } catch (JsonProcessingException ex) {
        if (e.truncated()) {
          return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), ExampleVerifier.SKIP_TRUNCATED);
        }
        return new ExampleFailure(DiagnosticCode.EXAMPLE_INVALID_JSON, Classification.DOC_ERROR, "not valid JSON", "$",
            "doc error: the example is not valid JSON: " + JsonErrorText.of(strict))
            .toResult(e, typeName, t.typedBy(), ExampleJson.line(strict));
      }
    }
    if (!root.isContainerNode()) {
      return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), ExampleVerifier.SKIP_NOT_STRUCTURED);
    }
    List<Element> elements = elements(root, t.collection(), def);
    if (elements.isEmpty()) {
      return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(),
          root.isObject() && root.isEmpty() ? ExampleVerifier.SKIP_EMPTY : ExampleVerifier.SKIP_EMPTY_COLLECTION);
    }
    TypeRef declared = TypeRef.of(def.qualifiedName());
    for (Element el : elements) {
      for (Mismatch m : checker.check(declared, el.node(), el.path())) {
        if (m.isPlaceholder()) {
          Diagnostic note = new Diagnostic(DiagnosticCode.EXAMPLE_DOC_ERROR, Severity.NOTE,
              ExampleFailure.at(e, JsonLineLocator.lineOf(json, m.path())),
              "doc template: at " + m.path() + ", " + m.reason() + "; the example holds placeholders and is not checked", List.of());
          return new ExampleResult(e.source(), e.blockType(), typeName, t.typedBy(), Status.SKIPPED, null,
              ExampleVerifier.SKIP_PLACEHOLDERS, m.path(), note);
        }
      }
    }
    Class<?> type = roundTrip.load(def);
    if (isPage(root, t.collection(), def)) {
      ExampleFailure f = roundTrip.roundTripPage(type, def, declared, root);
      if (f != null) {
        return f.toResult(e, typeName, t.typedBy(), JsonLineLocator.lineOf(json, f.path()));
      }
      return new ExampleResult(e.source(), e.blockType(), typeName, t.typedBy(), Status.PASSED, null, null, null, leniency);
    }
    for (Element el : elements) {
      ExampleFailure f = roundTrip.roundTrip(type, def, declared, el);
      if (f != null) {
        return f.toResult(e, typeName, t.typedBy(), JsonLineLocator.lineOf(json, f.path()));
      }
    }
    return new ExampleResult(e.source(), e.blockType(), typeName, t.typedBy(), Status.PASSED, null, null, null, leniency);
  }

  /** The one operation of the example's page whose request-body table lists parameters, or null. */
  private OperationDef parametersOf(ExampleDef e) {
    List<OperationDef> withParameters = typing.operationsOf(e).stream().filter(o -> !o.requestProperties().isEmpty()).toList();
    return withParameters.size() == 1 ? withParameters.get(0) : null;
  }

  /**
   * An action's request body holds parameters, not an object of one type: each documented parameter
   * is checked against its documented type, and each object-typed one is read through its class and
   * written back. Members the table does not list are left alone.
   */
  private ExampleResult verifyParameters(ExampleDef e, OperationDef op) {
    String typeName = "parameters of " + op.name();
    String typedBy = "request-body table";
    String json = e.json() == null ? "" : e.json();
    JsonNode root = ExampleJson.parseQuietly(json);
    if (root == null || !root.isObject()) {
      return ExampleResult.skipped(e.source(), e.blockType(), typeName, typedBy,
          root == null ? ExampleTypeResolver.SKIP_REQUEST_UNTYPED : ExampleVerifier.SKIP_NOT_STRUCTURED);
    }
    int checked = 0;
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      PropertyDef param = op.requestProperties().stream().filter(p -> p.name().equalsIgnoreCase(field.getKey()))
          .findFirst().orElse(null);
      if (param == null || param.type().isUnknown()) {
        continue;
      }
      String path = JsonTreeComparator.child("$", field.getKey());
      List<Mismatch> mismatches = checker.check(param.type(), field.getValue(), path);
      for (Mismatch m : mismatches) {
        if (m.isPlaceholder()) {
          return ExampleResult.skipped(e.source(), e.blockType(), typeName, typedBy, ExampleVerifier.SKIP_PLACEHOLDERS);
        }
      }
      if (!mismatches.isEmpty()) {
        Mismatch m = mismatches.get(0);
        return new ExampleFailure(DiagnosticCode.EXAMPLE_DOC_ERROR, Classification.DOC_ERROR, m.category(), m.path(),
            "doc error: at " + m.path() + ", " + m.reason() + " (parameter " + param.name() + " of " + op.name() + ")")
            .toResult(e, typeName, typedBy, JsonLineLocator.lineOf(json, m.path()));
      }
      checked++;
      TypeDef def = param.type().isPrimitive() ? null : checker.find(param.type().name());
      if (def == null || def.kind() == TypeKind.ENUM) {
        continue;
      }
      Class<?> type = roundTrip.load(def);
      TypeRef declared = TypeRef.of(def.qualifiedName());
      List<Element> elements = new ArrayList<>();
      if (param.type().collection() && field.getValue().isArray()) {
        for (int i = 0; i < field.getValue().size(); i++) {
          elements.add(new Element(path + "[" + i + "]", field.getValue().get(i)));
        }
      } else if (field.getValue().isObject()) {
        elements.add(new Element(path, field.getValue()));
      }
      for (Element el : elements) {
        ExampleFailure f = roundTrip.roundTrip(type, def, declared, el);
        if (f != null) {
          return f.toResult(e, typeName, typedBy, JsonLineLocator.lineOf(json, f.path()));
        }
      }
    }
    if (checked == 0) {
      return ExampleResult.skipped(e.source(), e.blockType(), typeName, typedBy, ExampleVerifier.SKIP_NO_DOCUMENTED_PARAMETER);
    }
    return new ExampleResult(e.source(), e.blockType(), typeName, typedBy, Status.PASSED, null, null, null, null);
  }

  /** The objects to read: the example itself, or the members of a collection. */
  private List<Element> elements(JsonNode root, boolean collection, TypeDef def) {
    List<Element> out = new ArrayList<>();
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        out.add(new Element("$[" + i + "]", root.get(i)));
      }
    } else if (isPage(root, collection, def)) {
      JsonNode value = root.get("value");
      for (int i = 0; i < value.size(); i++) {
        out.add(new Element("$.value[" + i + "]", value.get(i)));
      }
    } else if (!(root.isObject() && root.isEmpty())) {
      out.add(new Element("$", root));
    }
    return out;
  }

  /** A collection response: read whole through the runtime's {@code ODataCollection}. */
  private boolean isPage(JsonNode root, boolean collection, TypeDef def) {
    return root.isObject() && root.path("value").isArray() && (collection || checker.isCollectionEnvelope(root, def));
  }
}
