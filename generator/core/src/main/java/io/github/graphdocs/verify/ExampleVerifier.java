package io.github.graphdocs.verify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.graphdocs.diagnostics.Severity;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.javagen.ModelEmitter;
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
import io.github.graphdocs.verify.JsonTreeComparator.Difference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The docs' own examples as contract tests: generates the model of a schema, compiles it in memory,
 * loads it in its own class loader and passes every typed JSON example through it (read as its
 * documented type, written back, compared with the original). Each failure is classified: a doc error
 * when the differing value does not fit its documented type, else a model defect.
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

  /** Reads the docs' JSON keeping every number exactly, so that numbers compare by value. */
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * Reads what doc authors write that JSON does not allow, as the Markdown stage reads annotations:
   * comments, trailing commas, single quotes and raw line breaks inside strings.
   */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  private final String basePackage;
  private final JsonTreeComparator comparator = new JsonTreeComparator();

  public ExampleVerifier(String basePackage) {
    this.basePackage = basePackage;
  }

  /** Verifies every example of the schema. */
  public VerificationReport verify(Schema schema) {
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
      Diagnostic d = diagnostic(DiagnosticCode.MODEL_COMPILE_FAILED, SourceLocation.ofFile("(generated model)"),
          "model defect: the generated model does not compile (" + compiled.messages().size() + " message(s)); first: " + first);
      return new VerificationReport(results, false, compiled.messages(), List.of(d));
    }
    CompiledModelLoader loader = new CompiledModelLoader(compiled.classes(), ObjectMapper.class.getClassLoader());
    Run run = new Run(schema, javaClasses, loader, new ObjectMapper().findAndRegisterModules());
    List<ExampleResult> results = examples.parallelStream().map(run::verify).toList();
    return new VerificationReport(results, true, compiled.messages(), List.of());
  }

  private static Diagnostic diagnostic(DiagnosticCode code, SourceLocation at, String message) {
    return new Diagnostic(code, code.defaultSeverity(), at, message, List.of());
  }

  /** One JSON value to pass through the model, and where it sits in the example. */
  private record Element(String path, JsonNode node) {}

  /** A failure before it is located. */
  private record Failure(DiagnosticCode code, Classification classification, String cause, String path, String message) {}

  /** The state one verify run shares between examples; thread-safe (read-only after construction). */
  private final class Run {
    private final ExampleTypeResolver typing;
    private final DocumentedTypeChecker checker;
    private final Map<String, String> javaClasses;
    private final CompiledModelLoader loader;
    private final ObjectMapper model;

    Run(Schema schema, Map<String, String> javaClasses, CompiledModelLoader loader, ObjectMapper model) {
      this.typing = new ExampleTypeResolver(schema);
      this.checker = new DocumentedTypeChecker(schema);
      this.javaClasses = javaClasses;
      this.loader = loader;
      this.model = model;
    }

    ExampleResult verify(ExampleDef e) {
      ExampleTypeResolver.Typing t = typing.resolve(e);
      if (t.skipped() && !t.skipReason().equals(ExampleTypeResolver.SKIP_RESOURCE)) {
        ExampleTypeResolver.Typing fromPayload = typing.fromPayload(parseQuietly(e.json()));
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
        return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), SKIP_PRIMITIVE);
      }
      TypeDef def = checker.find(typeName);
      if (def == null) {
        return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), SKIP_UNDEFINED);
      }
      typeName = def.qualifiedName();
      if (def.kind() == TypeKind.ENUM) {
        return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), SKIP_ENUM);
      }
      String json = e.json() == null ? "" : e.json();
      if (json.isBlank()) {
        return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), SKIP_EMPTY);
      }
      JsonNode root;
      Diagnostic leniency = null;
      try {
        root = EXACT.readTree(json);
      } catch (JsonProcessingException strict) {
        try {
          root = LENIENT.readTree(json);
          leniency = new Diagnostic(DiagnosticCode.EXAMPLE_INVALID_JSON, Severity.WARNING, at(e, line(strict)),
              "doc error: the example is not strict JSON (" + firstLine(strict.getOriginalMessage())
                  + "); it was checked as read leniently (comments, trailing commas, single quotes, raw line breaks)", List.of());
        } catch (JsonProcessingException ex) {
          if (e.truncated()) {
            return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), SKIP_TRUNCATED);
          }
          return failed(e, typeName, t.typedBy(), line(strict), new Failure(DiagnosticCode.EXAMPLE_INVALID_JSON,
              Classification.DOC_ERROR, "not valid JSON", "$",
              "doc error: the example is not valid JSON: " + firstLine(strict.getOriginalMessage())));
        }
      }
      if (!root.isContainerNode()) {
        return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(), SKIP_NOT_STRUCTURED);
      }
      List<Element> elements = elements(root, t.collection(), def);
      if (elements.isEmpty()) {
        return ExampleResult.skipped(e.source(), e.blockType(), typeName, t.typedBy(),
            root.isObject() && root.isEmpty() ? SKIP_EMPTY : SKIP_EMPTY_COLLECTION);
      }
      TypeRef declared = TypeRef.of(def.qualifiedName());
      for (Element el : elements) {
        for (Mismatch m : checker.check(declared, el.node(), el.path())) {
          if (m.isPlaceholder()) {
            Diagnostic note = new Diagnostic(DiagnosticCode.EXAMPLE_DOC_ERROR, Severity.NOTE,
                at(e, JsonLineLocator.lineOf(json, m.path())),
                "doc template: at " + m.path() + ", " + m.reason() + "; the example holds placeholders and is not checked", List.of());
            return new ExampleResult(e.source(), e.blockType(), typeName, t.typedBy(), Status.SKIPPED, null,
                SKIP_PLACEHOLDERS, m.path(), note);
          }
        }
      }
      Class<?> type = load(def);
      for (Element el : elements) {
        Failure f = roundTrip(type, def, declared, el);
        if (f != null) {
          return failed(e, typeName, t.typedBy(), JsonLineLocator.lineOf(json, f.path()), f);
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
      JsonNode root = parseQuietly(json);
      if (root == null || !root.isObject()) {
        return ExampleResult.skipped(e.source(), e.blockType(), typeName, typedBy,
            root == null ? ExampleTypeResolver.SKIP_REQUEST_UNTYPED : SKIP_NOT_STRUCTURED);
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
            return ExampleResult.skipped(e.source(), e.blockType(), typeName, typedBy, SKIP_PLACEHOLDERS);
          }
        }
        if (!mismatches.isEmpty()) {
          Mismatch m = mismatches.get(0);
          return failed(e, typeName, typedBy, JsonLineLocator.lineOf(json, m.path()), new Failure(
              DiagnosticCode.EXAMPLE_DOC_ERROR, Classification.DOC_ERROR, m.category(), m.path(),
              "doc error: at " + m.path() + ", " + m.reason() + " (parameter " + param.name() + " of " + op.name() + ")"));
        }
        checked++;
        TypeDef def = param.type().isPrimitive() ? null : checker.find(param.type().name());
        if (def == null || def.kind() == TypeKind.ENUM) {
          continue;
        }
        Class<?> type = load(def);
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
          Failure f = roundTrip(type, def, declared, el);
          if (f != null) {
            return failed(e, typeName, typedBy, JsonLineLocator.lineOf(json, f.path()), f);
          }
        }
      }
      if (checked == 0) {
        return ExampleResult.skipped(e.source(), e.blockType(), typeName, typedBy, SKIP_NO_DOCUMENTED_PARAMETER);
      }
      return new ExampleResult(e.source(), e.blockType(), typeName, typedBy, Status.PASSED, null, null, null, null);
    }

    private static JsonNode parseQuietly(String json) {
      try {
        return json == null ? null : LENIENT.readTree(json);
      } catch (JsonProcessingException ex) {
        return null;
      }
    }

    private static int line(JsonProcessingException ex) {
      JsonLocation loc = ex.getLocation();
      return loc == null ? 1 : Math.max(1, loc.getLineNr());
    }

    private Class<?> load(TypeDef def) {
      String name = javaClasses.get(def.lowerName());
      try {
        return Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError ex) {
        throw new IllegalStateException("generated class " + name + " of " + def.qualifiedName() + " cannot be loaded", ex);
      }
    }

    /** The objects to read: the example itself, or the members of a collection. */
    private List<Element> elements(JsonNode root, boolean collection, TypeDef def) {
      List<Element> out = new ArrayList<>();
      if (root.isArray()) {
        for (int i = 0; i < root.size(); i++) {
          out.add(new Element("$[" + i + "]", root.get(i)));
        }
      } else if (root.isObject() && root.path("value").isArray() && (collection || isCollectionEnvelope(root, def))) {
        JsonNode value = root.get("value");
        for (int i = 0; i < value.size(); i++) {
          out.add(new Element("$.value[" + i + "]", value.get(i)));
        }
      } else if (!(root.isObject() && root.isEmpty())) {
        out.add(new Element("$", root));
      }
      return out;
    }

    /** {@code {"@odata.context": ..., "value": [...]}} for a type that has no {@code value} property itself. */
    private boolean isCollectionEnvelope(JsonNode root, TypeDef def) {
      if (checker.property(def, "value") != null) {
        return false;
      }
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!name.equals("value") && !name.startsWith("@")) {
          return false;
        }
      }
      return true;
    }

    /** Reads one value as the documented class, writes it back and compares; null when it survives. */
    private Failure roundTrip(Class<?> type, TypeDef def, TypeRef declared, Element el) {
      List<Difference> diffs;
      try {
        ObjectReader reader = model.readerFor(type);
        Object value = reader.readValue(EXACT.writeValueAsString(el.node()));
        JsonNode back = EXACT.readTree(model.writeValueAsString(value));
        diffs = comparator.compare(el.path(), el.node(), back);
      } catch (JsonProcessingException ex) {
        return readFailure(def, declared, el, ex);
      } catch (RuntimeException ex) {
        return new Failure(DiagnosticCode.EXAMPLE_MISMATCH, Classification.MODEL_DEFECT,
            "the model threw " + ex.getClass().getSimpleName(), el.path(),
            "model defect: reading or writing " + def.qualifiedName() + " threw " + ex);
      }
      if (diffs.isEmpty()) {
        return null;
      }
      List<Mismatch> mismatches = checker.check(declared, el.node(), el.path());
      for (Difference d : diffs) {
        if (explain(mismatches, d.path()) == null) {
          return new Failure(DiagnosticCode.EXAMPLE_MISMATCH, Classification.MODEL_DEFECT,
              d.kind().name().toLowerCase(Locale.ROOT) + " value", d.path(),
              "model defect: read as " + def.qualifiedName() + " and written back, " + d.describe() + more(diffs));
        }
      }
      Difference d = diffs.get(0);
      Mismatch m = explain(mismatches, d.path());
      return new Failure(DiagnosticCode.EXAMPLE_DOC_ERROR, Classification.DOC_ERROR, m.category(), m.path(),
          "doc error: at " + m.path() + ", " + m.reason() + "; read as " + def.qualifiedName() + " and written back, "
              + d.describe() + more(diffs));
    }

    private Failure readFailure(TypeDef def, TypeRef declared, Element el, JsonProcessingException ex) {
      String path = el.path();
      if (ex instanceof JsonMappingException jm) {
        for (JsonMappingException.Reference r : jm.getPath()) {
          path = r.getFieldName() != null ? JsonTreeComparator.child(path, r.getFieldName()) : path + "[" + r.getIndex() + "]";
        }
      }
      Mismatch m = explain(checker.check(declared, el.node(), el.path()), path);
      if (m != null) {
        return new Failure(DiagnosticCode.EXAMPLE_DOC_ERROR, Classification.DOC_ERROR, m.category(), m.path(),
            "doc error: at " + m.path() + ", " + m.reason() + "; the model cannot read it as " + def.qualifiedName());
      }
      if (ex instanceof InvalidTypeIdException) {
        return new Failure(DiagnosticCode.EXAMPLE_DOC_ERROR, Classification.DOC_ERROR,
            "abstract type without a concrete @odata.type", path,
            "doc error: at " + path + ", the docs give an abstract type; the payload must name a concrete subtype in @odata.type ("
                + firstLine(ex.getOriginalMessage()) + ")");
      }
      return new Failure(DiagnosticCode.EXAMPLE_MISMATCH, Classification.MODEL_DEFECT,
          "read failed (" + ex.getClass().getSimpleName() + ")", path,
          "model defect: cannot read as " + def.qualifiedName() + " at " + path + ": " + firstLine(ex.getOriginalMessage()));
    }

    private ExampleResult failed(ExampleDef e, String typeName, String typedBy, int jsonLine, Failure f) {
      Diagnostic d = diagnostic(f.code(), at(e, jsonLine), f.message() + " [example at line " + e.source().line() + ", "
          + e.blockType() + ", typed by " + typedBy + "]");
      return new ExampleResult(e.source(), e.blockType(), typeName, typedBy, Status.FAILED, f.classification(), f.cause(),
          f.path(), d);
    }
  }

  /** The place in the docs of a line of an example's JSON (1 = its first line). */
  private static SourceLocation at(ExampleDef e, int jsonLine) {
    return SourceLocation.of(e.source().file(), Math.max(1, e.source().line()) + jsonLine - 1);
  }

  /** The mismatch at, inside or around a path, or null. */
  static Mismatch explain(List<Mismatch> mismatches, String path) {
    for (Mismatch m : mismatches) {
      if (related(m.path(), path)) {
        return m;
      }
    }
    return null;
  }

  /** Whether one path is the other or lies inside it. */
  static boolean related(String a, String b) {
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
    return diffs.size() > 1 ? " (and " + (diffs.size() - 1) + " more difference(s))" : "";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
