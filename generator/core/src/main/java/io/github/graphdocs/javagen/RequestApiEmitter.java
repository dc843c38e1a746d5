package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.JSON_NODE;
import static io.github.graphdocs.javagen.ReferencedClasses.STRING;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.RequestDef;
import io.github.graphdocs.schema.RequestDef.PathPart;
import io.github.graphdocs.schema.RequestDef.QueryPart;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the typed request API: for every documented request line a static method, in one class per
 * first path segment ({@code UsersRequests}, {@code MeRequests}; {@code ServiceRequests} for unbound
 * calls) in the package {@code <base>.requests}. A method takes the path's keys and function
 * arguments, the template's query placeholders and a typed body (the object to create or update, or
 * an action's parameters) and returns an {@code ODataRequest} of the runtime holding the method, the
 * encoded path, the body, the response type and the documented status. Method names are the verb
 * ({@code get}, {@code list}, {@code create}, {@code update}, {@code replace}, {@code delete}) or the
 * operation, with the path's names after the first ({@code listEvents}, {@code messagesForward}).
 */
public final class RequestApiEmitter {
  static final String PACKAGE = "requests";
  private static final String HTTP = "io.github.graphdocs.runtime.http";
  private static final ClassName REQUEST = ClassName.get(HTTP, "ODataRequest");
  private static final ClassName BODY_KIND = ClassName.get(HTTP, "ODataRequest", "BodyKind");
  private static final ClassName REQUESTS = ClassName.get(HTTP, "ODataRequests");
  private static final ClassName METHOD = ClassName.get(HTTP, "ODataMethod");
  private static final ClassName COLLECTION = ClassName.get("io.github.graphdocs.runtime", "ODataCollection");
  private static final ClassName OBJECT = ClassName.get(Object.class);

  /**
   * Where {@link #emit()} put a request's method.
   *
   * @param className the qualified class name
   * @param methodName the method's name; its parameters follow the path's keys, item paths and
   *     arguments, then the query placeholders, then the body (an action's parameters, the object, or the bytes)
   */
  public record EmittedMethod(String className, String methodName, List<String> parameterTypes) {
    public EmittedMethod {
      parameterTypes = List.copyOf(parameterTypes);
    }
  }

  private final Schema schema;
  private final String basePackage;
  private final JavaTypeMapper javaTypes;
  private final Map<RequestDef, EmittedMethod> emitted = new java.util.IdentityHashMap<>();

  /**
   * An emitter for the requests of the schema the model's names were allocated for.
   *
   * @param names the model's names (the request classes go to the {@code requests} package of its base package)
   */
  public RequestApiEmitter(ModelNames names) {
    this.schema = names.schema();
    this.basePackage = names.basePackage();
    this.javaTypes = new JavaTypeMapper(names);
  }

  /**
   * An emitter for a schema's requests, allocating the model's names again (their findings are the
   * model emitter's to report, not this one's).
   *
   * @param schema the checked schema
   * @param basePackage the model's base package
   */
  public RequestApiEmitter(Schema schema, String basePackage) {
    this(ModelNames.allocate(schema, basePackage, new DiagnosticCollector()));
  }

  /** How many request classes {@link #emit()} gives, without building them. */
  public int fileCount() {
    return groups().size();
  }

  /** The requests by first path segment (letter case aside), in their order; a group's first spelling names it. */
  private Map<String, List<RequestDef>> groups() {
    Map<String, List<RequestDef>> groups = new LinkedHashMap<>();
    for (RequestDef r : schema.requests()) {
      groups.computeIfAbsent(r.group().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
    }
    return groups;
  }

  /** The request classes, one per first path segment, in a stable order. */
  public List<JavaFile> emit() {
    Map<String, List<RequestDef>> groups = groups();
    List<JavaFile> files = new ArrayList<>();
    Set<String> classNames = new HashSet<>();
    for (String key : new java.util.TreeSet<>(groups.keySet())) {
      String group = groups.get(key).get(0).group();
      String name = (group.isEmpty() ? "Service" : JavaNames.upperFirst(JavaNames.sanitize(group))) + "Requests";
      while (!classNames.add(name.toLowerCase(Locale.ROOT))) {
        name = name + "_";
      }
      files.add(JavaFile.builder(basePackage + "." + PACKAGE, groupClass(basePackage + "." + PACKAGE + "." + name, name, group,
          groups.get(key))).skipJavaLangImports(true).indent("  ").build());
    }
    return files;
  }

  /**
   * After {@link #emit()}: the {@code package-info.java} text of the requests package, by package
   * name (none when no request was emitted). The package is {@code @NullMarked}: only a body
   * parameter, which the call leaves out when null, is {@code @Nullable}.
   */
  public Map<String, String> packageInfos() {
    if (emitted.isEmpty()) {
      return Map.of();
    }
    String pkg = basePackage + "." + PACKAGE;
    return Map.of(pkg, "/**\n"
        + " * Generated by graphdocs from API reference docs: one class per first path segment, whose static\n"
        + " * methods build the documented requests; send them with an {@code ODataExecutor}.\n"
        + " */\n"
        + "@" + ReferencedClasses.GENERATED.canonicalName() + "(\"io.github.graphdocs\")\n"
        + "@" + ReferencedClasses.NULL_MARKED.canonicalName() + "\n"
        + "package " + pkg + ";\n");
  }

  /** The request classes and the package's {@code package-info}, as source text by qualified name. */
  public Map<String, String> emitSources() {
    Map<String, String> sources = new java.util.TreeMap<>();
    emit().forEach(f -> sources.put(ModelEmitter.qualifiedName(f), f.toString()));
    packageInfos().forEach((pkg, text) -> sources.put(pkg + "." + ModelEmitter.PACKAGE_INFO, text));
    return sources;
  }

  /** After {@link #emit()}: the class and method of each of the schema's requests. */
  public Map<RequestDef, EmittedMethod> emittedMethods() {
    return java.util.Collections.unmodifiableMap(emitted);
  }

  private TypeSpec groupClass(String qualifiedName, String name, String group, List<RequestDef> requests) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The documented requests $L.\n", group.isEmpty() ? "that call unbound operations"
            : "that start at <code>/" + JavadocText.escape(group) + "</code>")
        .addJavadoc("\n<p>Each method builds an {@code ODataRequest}; send it with an {@code ODataExecutor}.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Set<String> signatures = new HashSet<>();
    for (RequestDef r : requests) {
      MethodSpec method = method(r, signatures);
      emitted.put(r, new EmittedMethod(qualifiedName, method.name(),
          method.parameters().stream().map(p -> p.type().withoutAnnotations().toString()).toList()));
      type.addMethod(method);
    }
    return type.build();
  }

  private MethodSpec method(RequestDef r, Set<String> signatures) {
    Set<String> used = new HashSet<>();
    List<String> paramTypes = new ArrayList<>();
    List<ParameterSpec> m = new ArrayList<>();
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("<code>$L $L</code>", r.method(), code(r.text()));
    if (r.callName() != null) {
      doc.add(": the $L <code>$L</code>", r.callKind().name().toLowerCase(Locale.ROOT), JavadocText.escape(r.callName()));
    }
    doc.add(".\nDocumented in $L.\n\n", JavadocText.escape(r.source().toString()));
    if (r.bodyKind() != RequestDef.BodyKind.REPLACE && !r.sentReadOnly().isEmpty()) {
      doc.add("The body also sends $L: read-only on its type, but listed in this request's body.\n\n",
          String.join(", ", r.sentReadOnly().stream().map(n -> "<code>" + JavadocText.escape(n) + "</code>").toList()));
    }

    // the path: one template (literal text, a placeholder per key, item path or argument) and its arguments,
    // expanded and encoded by the runtime's ODataRequests
    StringBuilder template = new StringBuilder();
    CodeBlock.Builder pathArgs = CodeBlock.builder();
    String previous = "";
    for (PathPart p : r.path()) {
      if (p.kind() == PathPart.Kind.LITERAL) {
        template.append(p.text().replace("{", "{{"));
        String[] tokens = p.text().replaceAll("[^A-Za-z0-9_]+", " ").trim().split(" ");
        if (tokens.length > 0 && !tokens[tokens.length - 1].isEmpty()) {
          previous = tokens[tokens.length - 1];
        }
        continue;
      }
      TypeName t = p.kind() == PathPart.Kind.ARGUMENT ? argumentType(p.type()) : STRING;
      String param = parameterName(p.text(), previous, used);
      m.add(ParameterSpec.builder(t, param).build());
      paramTypes.add(t.toString());
      doc.add("@param $L $L\n", param, p.kind() == PathPart.Kind.ARGUMENT
          ? "the argument <code>" + JavadocText.escape(p.text()) + "</code>"
          : p.kind() == PathPart.Kind.ITEM_PATH ? "the item path (its {@code /} kept)"
          : "the key <code>" + code("{" + p.text() + "}") + "</code>");
      template.append(p.kind() == PathPart.Kind.ARGUMENT ? "{'}" : p.kind() == PathPart.Kind.ITEM_PATH ? "{/}" : "{}");
      pathArgs.add(", $L", param);
    }
    if (template.length() == 0) {
      template.append('/');
    }

    CodeBlock.Builder body = CodeBlock.builder();
    body.add("return $T.$L$L($T.$L, $L, $L$L$L)", REQUESTS, typeWitness(r.responseType()), factory(r.responseType()), METHOD,
        r.method(), JavaLiteral.string(template.toString()), r.status(), responseClass(r.responseType()), pathArgs.build());
    for (QueryPart q : r.query()) {
      if (q.value() != null) {
        body.add("\n    .query($L, $L)", JavaLiteral.string(q.name()), JavaLiteral.string(q.value()));
      } else {
        String param = parameterName(q.name(), "", used);
        m.add(ParameterSpec.builder(STRING, param).build());
        paramTypes.add("String");
        doc.add("@param $L the query parameter <code>$L</code>\n", param, JavadocText.escape(q.name()));
        body.add("\n    .query($L, $L)", JavaLiteral.string(q.name()), param);
      }
    }
    switch (r.bodyKind()) {
      case PARAMETERS -> {
        CodeBlock.Builder args = CodeBlock.builder();
        for (ParameterDef p : r.bodyParameters()) {
          TypeName t = javaTypes.javaType(p.type());
          String param = parameterName(p.name(), "", used);
          m.add(ParameterSpec.builder(t.box().annotated(ReferencedClasses.NULLABLE_ANNOTATION), param).build());
          paramTypes.add(t.toString());
          doc.add("@param $L the parameter <code>$L</code>, or null to leave it out\n", param, JavadocText.escape(p.name()));
          args.add(args.isEmpty() ? "$L, $L" : ", $L, $L", JavaLiteral.string(p.name()), param);
        }
        body.add("\n    .withBody($T.PARAMETERS, $T.parameters($L))", BODY_KIND, REQUEST, args.build());
      }
      case CREATE, UPDATE, REPLACE -> {
        TypeName t = r.bodyType() == null ? OBJECT : javaTypes.javaType(r.bodyType());
        String param = parameterName("body", "", used);
        m.add(ParameterSpec.builder(t, param).build());
        paramTypes.add(t.toString());
        doc.add("@param $L the $L\n", param, r.bodyKind() == RequestDef.BodyKind.CREATE ? "object to create (or the body to send)"
            : r.bodyKind() == RequestDef.BodyKind.UPDATE ? "object whose changed properties are sent" : "replacing object");
        body.add("\n    .withBody($T.$L, $L)", BODY_KIND, r.bodyKind().name(), param);
        if (r.bodyKind() != RequestDef.BodyKind.REPLACE && !r.sentReadOnly().isEmpty()) {
          // the request's own body table lists these though its type calls them read-only: its body sends them
          CodeBlock.Builder names = CodeBlock.builder();
          for (String n : r.sentReadOnly()) {
            names.add(names.isEmpty() ? "$L" : ", $L", JavaLiteral.string(n));
          }
          body.add("\n    .sendingReadOnly($L)", names.build());
        }
      }
      case BYTES -> {
        String param = parameterName("content", "", used);
        m.add(ParameterSpec.builder(ArrayTypeName.of(TypeName.BYTE), param).build());
        paramTypes.add("byte[]");
        doc.add("@param $L the bytes to send\n", param);
        body.add("\n    .withBody($T.BYTES, $L)", BODY_KIND, param);
      }
      default -> { }
    }
    doc.add("@return the request; sending it gives $L\n", responseDoc(r.responseType()));
    String name = methodName(r);
    int n = 2;
    String unique = name;
    while (!signatures.add(unique.toLowerCase(Locale.ROOT) + paramTypes)) {
      unique = name + n++;
    }
    return MethodSpec.methodBuilder(unique).addModifiers(Modifier.PUBLIC, Modifier.STATIC).addParameters(m)
        .returns(ParameterizedTypeName.get(REQUEST, returnedType(r.responseType())))
        .addStatement(body.build()).addJavadoc(doc.build()).build();
  }

  /** {@code sendMail}, {@code messagesForward}, {@code get}, {@code listEvents}, {@code updateCallsOperations}. */
  static String methodName(RequestDef r) {
    List<String> names = r.names();
    StringBuilder sb = new StringBuilder();
    int last = r.callName() != null ? names.size() - 1 : names.size();
    for (int i = r.group().isEmpty() ? 0 : 1; i < last; i++) {
      sb.append(pathWord(names.get(i)));
    }
    String verb;
    if (r.callName() != null) {
      sb.append(JavaNames.upperFirst(JavaNames.sanitize(r.callName())));
      verb = "";
    } else {
      verb = switch (r.method()) {
        case "GET" -> r.responseType() != null && r.responseType().collection() ? "list" : "get";
        case "POST" -> "create";
        case "PATCH" -> "update";
        case "PUT" -> "replace";
        case "DELETE" -> "delete";
        default -> "call";
      };
    }
    String name = JavaNames.lowerFirst(verb + sb);
    return JavaNames.KEYWORDS.contains(name) || name.isEmpty() ? name + "_" : name;
  }

  private static String pathWord(String name) {
    if (name.equals(":")) {
      return "ByPath";
    }
    if (name.startsWith("$")) {
      return JavaNames.upperFirst(JavaNames.sanitize(name.substring(1)));
    }
    if (name.contains(".")) {
      return "As" + JavaNames.upperFirst(JavaNames.sanitize(name.substring(name.lastIndexOf('.') + 1)));
    }
    return JavaNames.upperFirst(JavaNames.sanitize(name));
  }

  /** A parameter name: the documented name made a Java name; a second {@code id} takes the name before it. */
  private static String parameterName(String documented, String previous, Set<String> used) {
    String base = JavaNames.fieldName(documented);
    String name = base;
    if (used.contains(name) && !previous.isEmpty()) {
      name = JavaNames.fieldName(JavaNames.lowerFirst(JavaNames.sanitize(previous)) + JavaNames.upperFirst(base));
    }
    int n = 2;
    String unique = name;
    while (!used.add(unique)) {
      unique = name + n++;
    }
    return unique;
  }

  /** A function argument: its Java type, but a collection is given as its literal text. */
  private TypeName argumentType(TypeRef type) {
    if (type == null || type.collection() || type.isUnknown()) {
      return STRING;
    }
    TypeName t = javaTypes.javaType(type);
    return t.equals(JSON_NODE) ? STRING : t;
  }

  private TypeName returnedType(TypeRef ref) {
    if (ref == null) {
      return ClassName.get(Void.class);
    }
    if (ref.name().equals("Edm.Stream") && !ref.collection()) {
      return ArrayTypeName.of(TypeName.BYTE);
    }
    TypeName item = javaTypes.javaType(ref.asCollection(false)).box();
    return ref.collection() ? ParameterizedTypeName.get(COLLECTION, item) : item;
  }

  /** The {@code ODataRequests} factory of a response: {@code none}, {@code bytes}, {@code object}, {@code primitive}, {@code collection}. */
  private String factory(TypeRef ref) {
    if (ref == null) {
      return "none";
    }
    if (ref.name().equals("Edm.Stream") && !ref.collection()) {
      return "bytes";
    }
    if (ref.collection()) {
      return "collection";
    }
    TypeName item = javaTypes.javaType(ref.asCollection(false)).box();
    return ref.isPrimitive() && !item.equals(JSON_NODE) ? "primitive" : "object";
  }

  /** The class argument of the factory ({@code , User.class}), none for {@code none} and {@code bytes}. */
  private CodeBlock responseClass(TypeRef ref) {
    if (ref == null || ref.name().equals("Edm.Stream") && !ref.collection()) {
      return CodeBlock.of("");
    }
    TypeName item = javaTypes.javaType(ref.asCollection(false)).box();
    return CodeBlock.of(", $T.class", item instanceof ParameterizedTypeName p ? p.rawType() : item);
  }

  /**
   * The factory's type argument, stated ({@code <User>}), none for {@code none} and {@code bytes}: the
   * same as javac would infer from the class argument, without the inference, which costs javac more
   * than the rest of the statement.
   */
  private CodeBlock typeWitness(TypeRef ref) {
    if (ref == null || ref.name().equals("Edm.Stream") && !ref.collection()) {
      return CodeBlock.of("");
    }
    TypeName item = javaTypes.javaType(ref.asCollection(false)).box();
    return item instanceof ParameterizedTypeName ? CodeBlock.of("") : CodeBlock.of("<$T>", item);
  }

  private static String responseDoc(TypeRef ref) {
    if (ref == null) {
      return "nothing";
    }
    return (ref.collection() ? "a page of " : "") + "<code>" + JavadocText.escape(ref.name()) + "</code>";
  }

  /** Template text for Javadoc: HTML-escaped, braces as entities (an unbalanced one cannot open a tag). */
  private static String code(String text) {
    return JavadocText.escape(text).replace("{", "&#123;").replace("}", "&#125;");
  }
}
