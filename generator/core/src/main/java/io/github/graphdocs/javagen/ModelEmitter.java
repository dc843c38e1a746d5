package io.github.graphdocs.javagen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Emits the Java model of a checked schema with JavaPoet: one class per type, in a package per
 * namespace; Jackson annotations fix the wire format (names, dates, {@code @odata.type} polymorphism
 * through a generated registry, unknown properties and enum values kept). The only package that
 * knows JavaPoet.
 */
public final class ModelEmitter {
  static final String RESOLVER_NAME = "ODataTypeIdResolver";
  private static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANNOTATION, "JsonProperty");
  private static final ClassName JSON_INCLUDE = ClassName.get(JACKSON_ANNOTATION, "JsonInclude");
  private static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON_ANNOTATION, "JsonAutoDetect");
  private static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON_ANNOTATION, "JsonTypeInfo");
  private static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON_ANNOTATION, "JsonAnyGetter");
  private static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON_ANNOTATION, "JsonAnySetter");
  private static final ClassName JSON_CREATOR = ClassName.get(JACKSON_ANNOTATION, "JsonCreator");
  private static final ClassName JSON_VALUE = ClassName.get(JACKSON_ANNOTATION, "JsonValue");
  private static final ClassName JSON_FORMAT = ClassName.get(JACKSON_ANNOTATION, "JsonFormat");
  private static final ClassName JSON_TYPE_ID_RESOLVER = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonTypeIdResolver");
  private static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  private static final ClassName JAVA_TYPE = ClassName.get("com.fasterxml.jackson.databind", "JavaType");
  private static final ClassName DATABIND_CONTEXT = ClassName.get("com.fasterxml.jackson.databind", "DatabindContext");
  private static final ClassName TYPE_ID_RESOLVER_BASE = ClassName.get("com.fasterxml.jackson.databind.jsontype.impl", "TypeIdResolverBase");
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName OBJECT = ClassName.get(Object.class);
  private static final ClassName OBJECTS = ClassName.get(java.util.Objects.class);
  private static final ClassName ARRAYS = ClassName.get(java.util.Arrays.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName SET = ClassName.get(Set.class);
  private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
  private static final ClassName LINKED_HASH_SET = ClassName.get(java.util.LinkedHashSet.class);
  private static final ClassName HASH_MAP = ClassName.get(HashMap.class);
  private static final ClassName LOCALE = ClassName.get(Locale.class);
  private static final TypeName MAP_STRING_OBJECT = ParameterizedTypeName.get(MAP, STRING, OBJECT);
  private static final Set<String> RESERVED_FIELDS = Set.of("additionaldata", "odatatype", "nullproperties", "class");
  private static final Map<String, TypeName> PRIMITIVES = Map.ofEntries(
      Map.entry("Edm.String", STRING),
      Map.entry("Edm.Boolean", ClassName.get(Boolean.class)),
      Map.entry("Edm.Int32", ClassName.get(Integer.class)),
      Map.entry("Edm.Int64", ClassName.get(Long.class)),
      Map.entry("Edm.Int16", ClassName.get(Short.class)),
      Map.entry("Edm.Byte", ClassName.get(Short.class)),
      Map.entry("Edm.SByte", ClassName.get(Byte.class)),
      Map.entry("Edm.Double", ClassName.get(Double.class)),
      Map.entry("Edm.Single", ClassName.get(Float.class)),
      Map.entry("Edm.Decimal", ClassName.get(java.math.BigDecimal.class)),
      Map.entry("Edm.DateTimeOffset", ClassName.get(java.time.OffsetDateTime.class)),
      Map.entry("Edm.Date", ClassName.get(java.time.LocalDate.class)),
      Map.entry("Edm.TimeOfDay", ClassName.get(java.time.LocalTime.class)),
      Map.entry("Edm.Duration", ClassName.get(java.time.Duration.class)),
      Map.entry("Edm.Guid", ClassName.get(java.util.UUID.class)),
      Map.entry("Edm.Binary", ArrayTypeName.of(TypeName.BYTE)),
      Map.entry("Edm.Stream", STRING));
  private static final Set<String> TEMPORAL = Set.of("Edm.DateTimeOffset", "Edm.Date", "Edm.TimeOfDay", "Edm.Duration");

  private final Schema schema;
  private final String basePackage;
  private final DiagnosticCollector diagnostics;
  private final Map<String, TypeDef> types = new HashMap<>();
  private final Map<String, ClassName> classNames = new HashMap<>();
  private final Map<String, Map<String, String>> fieldNames = new HashMap<>();
  private final Map<String, List<PropertyDef>> ownProperties = new HashMap<>();
  private final Map<String, List<TypeDef>> subtypes = new HashMap<>();
  private ClassName resolver;

  /** Whether a word cannot be a package segment or identifier (a Java keyword or literal). */
  public static boolean isReservedWord(String word) {
    return JavaNames.KEYWORDS.contains(word);
  }

  /**
   * Whether a type stands for any JSON value (Graph's {@code Json}: a complex type without properties
   * or base that holds strings, numbers, arrays or objects). Properties of such a type are {@code JsonNode}.
   */
  public static boolean isFreeFormJson(TypeDef t) {
    return t.kind() == TypeKind.COMPLEX && t.properties().isEmpty() && t.baseType() == null
        && t.name().equalsIgnoreCase("json");
  }

  public ModelEmitter(Schema schema, String basePackage, DiagnosticCollector diagnostics) {
    this.schema = schema;
    this.basePackage = basePackage;
    this.diagnostics = diagnostics;
  }

  /** All source files of the model, in a stable order. */
  public List<JavaFile> emit() {
    for (TypeDef t : schema.types()) {
      if (types.put(t.lowerName(), t) != null) {
        // The schema matches names case-insensitively and merges such types: two here is a bug upstream.
        throw new IllegalArgumentException("the schema holds two types named " + t.qualifiedName() + " (ignoring case)");
      }
    }
    resolver = ClassName.get(basePackage, RESOLVER_NAME);
    allocateClassNames();
    for (TypeDef t : schema.types()) {
      if (t.baseType() != null) {
        TypeDef base = types.get(t.baseType().toLowerCase(Locale.ROOT));
        if (base != null) {
          subtypes.computeIfAbsent(base.lowerName(), k -> new ArrayList<>()).add(t);
        }
      }
    }
    List<JavaFile> files = new ArrayList<>();
    for (TypeDef t : schema.types()) {
      TypeSpec spec = t.kind() == TypeKind.ENUM ? enumClass(t) : structuredClass(t);
      files.add(javaFile(classNames.get(t.lowerName()).packageName(), spec));
    }
    files.add(javaFile(basePackage, resolverClass()));
    return files;
  }

  /**
   * The model as source text by qualified class name, sorted: what {@link #emit()} gives, rendered.
   * Rendering runs in parallel; the result does not depend on it.
   */
  public Map<String, String> emitSources() {
    List<JavaFile> files = emit();
    Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    files.parallelStream().forEach(f -> texts.put(qualifiedName(f), f.toString()));
    return java.util.Collections.unmodifiableMap(new TreeMap<>(texts));
  }

  /**
   * After {@link #emit()}: the Java class of each documented type, by lower-case qualified type name
   * (as {@link TypeDef#lowerName()}); enums included.
   */
  public Map<String, String> javaClassNames() {
    Map<String, String> m = new TreeMap<>();
    classNames.forEach((k, v) -> m.put(k, v.canonicalName()));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The qualified name of the class a file declares. */
  public static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }

  private static JavaFile javaFile(String pkg, TypeSpec spec) {
    return JavaFile.builder(pkg, spec).skipJavaLangImports(true).indent("  ").build();
  }

  // ------------------------------------------------------------------ names

  private String rootNamespace() {
    Map<String, Integer> counts = new TreeMap<>();
    for (TypeDef t : schema.types()) {
      counts.merge(t.namespace(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  String packageFor(String namespace, String root) {
    String rest;
    if (namespace.equalsIgnoreCase(root)) {
      return basePackage;
    } else if (namespace.toLowerCase(Locale.ROOT).startsWith(root.toLowerCase(Locale.ROOT) + ".")) {
      rest = namespace.substring(root.length() + 1);
    } else {
      rest = namespace;
    }
    StringBuilder pkg = new StringBuilder(basePackage);
    for (String seg : rest.split("\\.")) {
      if (!seg.isEmpty()) {
        pkg.append('.').append(JavaNames.packageSegment(seg));
      }
    }
    return pkg.toString();
  }

  private void allocateClassNames() {
    String root = rootNamespace();
    Map<String, Set<String>> usedPerPackage = new HashMap<>();
    usedPerPackage.computeIfAbsent(basePackage, k -> new HashSet<>()).add(RESOLVER_NAME.toLowerCase(Locale.ROOT));
    List<TypeDef> sorted = new ArrayList<>(schema.types());
    sorted.sort(Comparator.comparing(TypeDef::lowerName));
    for (TypeDef t : sorted) {
      String pkg = packageFor(t.namespace(), root);
      Set<String> used = usedPerPackage.computeIfAbsent(pkg, k -> new HashSet<>());
      String name = JavaNames.className(t.name());
      if (!name.equals(JavaNames.upperFirst(t.name()))) {
        diagnostics.report(DiagnosticCode.RESERVED_NAME, t.source(),
            "type " + t.name() + " is generated as class " + name);
      }
      String candidate = name;
      for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
        candidate = name + i;
      }
      if (!candidate.equals(name)) {
        diagnostics.report(DiagnosticCode.NAMES_DIFFER_IN_CASE, t.source(),
            "type " + t.qualifiedName() + " clashes with another class name in package " + pkg + "; it is generated as " + candidate);
      }
      classNames.put(t.lowerName(), ClassName.get(pkg, candidate));
    }
  }

  /** Field names of a type, unique over its whole inheritance chain and never a name the model uses itself. */
  private Map<String, String> fieldNamesOf(TypeDef t) {
    Map<String, String> cached = fieldNames.get(t.lowerName());
    if (cached != null) {
      return cached;
    }
    Set<String> used = new HashSet<>(RESERVED_FIELDS);
    TypeDef base = baseOf(t);
    Set<TypeDef> seen = new HashSet<>();
    for (TypeDef b = base; b != null && seen.add(b); b = baseOf(b)) {
      for (String f : fieldNamesOf(b).values()) {
        used.add(f.toLowerCase(Locale.ROOT));
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (PropertyDef p : ownProperties(t)) {
      String n = JavaNames.fieldName(p.name());
      String candidate = n;
      for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
        candidate = n + "_" + i;
      }
      if (!candidate.equals(n) || !n.equals(p.name())) {
        if (!n.equals(JavaNames.lowerFirst(p.name()))) {
          diagnostics.report(DiagnosticCode.RESERVED_NAME, p.source(),
              "property '" + p.name() + "' of " + t.name() + " is generated as field " + candidate);
        }
      }
      names.put(p.name(), candidate);
    }
    fieldNames.put(t.lowerName(), names);
    return names;
  }

  /**
   * The properties a type adds: a wire name its base types already declare, or a second one in the
   * same type, would give Jackson two properties of one name; it is left out and reported.
   */
  private List<PropertyDef> ownProperties(TypeDef t) {
    List<PropertyDef> cached = ownProperties.get(t.lowerName());
    if (cached != null) {
      return cached;
    }
    Set<String> inherited = new HashSet<>(Set.of("@odata.type"));
    Set<TypeDef> seen = new HashSet<>();
    for (TypeDef b = baseOf(t); b != null && seen.add(b); b = baseOf(b)) {
      for (PropertyDef p : b.properties()) {
        inherited.add(p.name());
      }
    }
    List<PropertyDef> own = new ArrayList<>();
    for (PropertyDef p : t.properties()) {
      if (inherited.add(p.name())) {
        own.add(p);
      } else {
        diagnostics.report(DiagnosticCode.RESERVED_NAME, p.source(), "property '" + p.name() + "' of " + t.name()
            + " is already declared by a base type (or twice); the model keeps one property of that name");
      }
    }
    ownProperties.put(t.lowerName(), own);
    return own;
  }

  private TypeDef baseOf(TypeDef t) {
    return t.baseType() == null ? null : types.get(t.baseType().toLowerCase(Locale.ROOT));
  }

  private TypeName javaType(TypeRef ref) {
    TypeName element;
    TypeName prim = PRIMITIVES.get(ref.name());
    if (prim != null) {
      element = prim;
    } else {
      TypeDef def = types.get(ref.name().toLowerCase(Locale.ROOT));
      ClassName cn = classNames.get(ref.name().toLowerCase(Locale.ROOT));
      element = cn != null && !(def != null && isFreeFormJson(def)) ? cn : JSON_NODE;
    }
    return ref.collection() ? ParameterizedTypeName.get(LIST, element.box()) : element;
  }

  // ------------------------------------------------------------------ structured types

  private TypeSpec structuredClass(TypeDef t) {
    ClassName self = classNames.get(t.lowerName());
    TypeDef base = baseOf(t);
    boolean root = base == null;
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC);
    if (t.isAbstract()) {
      type.addModifiers(Modifier.ABSTRACT);
    }
    if (!root) {
      type.superclass(classNames.get(base.lowerName()));
    }
    type.addJavadoc(classJavadoc(t));
    type.addAnnotation(AnnotationSpec.builder(JSON_AUTO_DETECT)
        .addMember("fieldVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
        .addMember("getterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
        .addMember("isGetterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
        .addMember("setterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
        .addMember("creatorVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT).build());
    type.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build());
    AnnotationSpec.Builder typeInfo = AnnotationSpec.builder(JSON_TYPE_INFO)
        .addMember("use", "$T.Id.CUSTOM", JSON_TYPE_INFO)
        .addMember("include", "$T.As.EXISTING_PROPERTY", JSON_TYPE_INFO)
        .addMember("property", "$S", "@odata.type")
        .addMember("visible", "true");
    if (!t.isAbstract()) {
      typeInfo.addMember("defaultImpl", "$T.class", self);
    }
    type.addAnnotation(typeInfo.build());
    type.addAnnotation(AnnotationSpec.builder(JSON_TYPE_ID_RESOLVER).addMember("value", "$T.class", resolver).build());

    Map<String, String> names = fieldNamesOf(t);
    type.addField(FieldSpec.builder(STRING, "ODATA_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("This type's {@code @odata.type}: give it to {@code setODataType} when you send an object of a\n"
            + "derived type where its base is declared, so that the service knows which type it is.\n")
        .initializer("$S", "#" + t.qualifiedName()).build());
    if (root) {
      addRootMembers(type);
    }
    for (PropertyDef p : ownProperties(t)) {
      type.addField(FieldSpec.builder(javaType(p.type()), names.get(p.name()), Modifier.PRIVATE).build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(t.isAbstract() ? Modifier.PROTECTED : Modifier.PUBLIC)
        .addJavadoc("Creates an empty $L.\n", JavadocText.escape(t.name())).build());
    for (PropertyDef p : ownProperties(t)) {
      addAccessors(type, p, names.get(p.name()));
    }
    addEquality(type, t, self, root, names);
    return type.build();
  }

  private CodeBlock classJavadoc(TypeDef t) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String description = JavadocText.escape(t.description());
    doc.add("$L\n", description.isEmpty() ? "The " + JavadocText.escape(t.name()) + " type." : description);
    doc.add("\n<p>OData type {@code $L}", JavadocText.escape(t.qualifiedName()).replace("}", "&#125;"));
    if (t.kind() == TypeKind.ENTITY) {
      doc.add(" (entity type)");
    } else if (t.kind() == TypeKind.COMPLEX) {
      doc.add(" (complex type)");
    }
    doc.add(". Documented in $L.\n", JavadocText.escape(t.source().file()));
    return doc.build();
  }

  private void addRootMembers(TypeSpec.Builder type) {
    type.addField(FieldSpec.builder(STRING, "odataType", Modifier.PRIVATE).build());
    type.addField(FieldSpec.builder(MAP_STRING_OBJECT, "additionalData", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", LINKED_HASH_MAP).build());
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(SET, STRING), "nullProperties", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", LINKED_HASH_SET).build());
    type.addMethod(MethodSpec.methodBuilder("getODataType").addModifiers(Modifier.PUBLIC)
        .addJavadoc("The {@code @odata.type} this object was read with or will be written with, or null.\n")
        .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", "@odata.type").build())
        .returns(STRING).addStatement("return odataType").build());
    type.addMethod(MethodSpec.methodBuilder("setODataType").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Sets the {@code @odata.type} to write, such as {@code #microsoft.graph.user}.\n")
        .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", "@odata.type").build())
        .addParameter(STRING, "odataType").addStatement("this.odataType = odataType").build());
    type.addMethod(MethodSpec.methodBuilder("getAdditionalData").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Properties the docs do not describe, kept as read so that nothing is lost; the live map.\n")
        .returns(MAP_STRING_OBJECT).addStatement("return additionalData").build());
    type.addMethod(MethodSpec.methodBuilder("setAdditionalData").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Keeps a property the docs do not describe.\n")
        .addAnnotation(JSON_ANY_SETTER)
        .addParameter(STRING, "name").addParameter(OBJECT, "value")
        .addStatement("additionalData.put(name, value)").build());
    type.addMethod(MethodSpec.methodBuilder("jsonAnyProperties").addModifiers(Modifier.PRIVATE)
        .addAnnotation(JSON_ANY_GETTER)
        .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE).addMember("content", "$T.Include.ALWAYS", JSON_INCLUDE).build())
        .returns(MAP_STRING_OBJECT)
        .beginControlFlow("if (nullProperties.isEmpty())").addStatement("return additionalData").endControlFlow()
        .addStatement("$T all = new $T<>(additionalData)", MAP_STRING_OBJECT, LINKED_HASH_MAP)
        .beginControlFlow("for ($T name : nullProperties)", STRING).addStatement("all.putIfAbsent(name, null)").endControlFlow()
        .addStatement("return all").build());
    type.addMethod(MethodSpec.methodBuilder("markNull").addModifiers(Modifier.PROTECTED, Modifier.FINAL)
        .addJavadoc("Remembers a property explicitly set to null, so that it is written as null.\n")
        .addParameter(STRING, "wireName").addParameter(TypeName.BOOLEAN, "isNull")
        .beginControlFlow("if (isNull)").addStatement("nullProperties.add(wireName)")
        .nextControlFlow("else").addStatement("nullProperties.remove(wireName)").endControlFlow().build());
  }

  private void addAccessors(TypeSpec.Builder type, PropertyDef p, String field) {
    TypeName jt = javaType(p.type());
    String accessor = JavaNames.upperFirst(field);
    String doc = JavadocText.escape(p.description());
    AnnotationSpec wire = AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", p.name()).build();
    MethodSpec.Builder getter = MethodSpec.methodBuilder("get" + accessor).addModifiers(Modifier.PUBLIC)
        .returns(jt).addAnnotation(wire).addStatement("return this.$N", field);
    MethodSpec.Builder setter = MethodSpec.methodBuilder("set" + accessor).addModifiers(Modifier.PUBLIC)
        .addParameter(jt, field).addAnnotation(wire)
        .addStatement("this.$N = $N", field, field)
        .addStatement("markNull($S, $N == null)", p.name(), field);
    getter.addJavadoc("$L\n\n@return the {@code $L} property, or null when absent\n",
        doc.isEmpty() ? "The " + JavadocText.escape(p.name()) + " property." : doc, JavadocText.escape(p.name()).replace("}", "&#125;"));
    setter.addJavadoc("Sets the {@code $L} property; null is written as an explicit null.\n\n@param $N the new value\n",
        JavadocText.escape(p.name()).replace("}", "&#125;"), field);
    if (TEMPORAL.contains(p.type().name())) {
      AnnotationSpec format = AnnotationSpec.builder(JSON_FORMAT)
          .addMember("shape", "$T.Shape.STRING", JSON_FORMAT)
          .addMember("without", "$T.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE", JSON_FORMAT).build();
      getter.addAnnotation(format);
      setter.addAnnotation(format);
    }
    type.addMethod(getter.build());
    type.addMethod(setter.build());
  }

  private void addEquality(TypeSpec.Builder type, TypeDef t, ClassName self, boolean root, Map<String, String> names) {
    MethodSpec.Builder equals = MethodSpec.methodBuilder("equals").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN).addParameter(OBJECT, "o")
        .beginControlFlow("if (this == o)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (o == null || getClass() != o.getClass())").addStatement("return false").endControlFlow();
    if (!root) {
      equals.beginControlFlow("if (!super.equals(o))").addStatement("return false").endControlFlow();
    }
    CodeBlock.Builder cmp = CodeBlock.builder();
    List<String> fields = new ArrayList<>();
    Map<String, Boolean> isArray = new LinkedHashMap<>();
    if (root) {
      isArray.put("odataType", false);
      isArray.put("additionalData", false);
      isArray.put("nullProperties", false);
    }
    for (PropertyDef p : ownProperties(t)) {
      isArray.put(names.get(p.name()), p.type().name().equals("Edm.Binary") && !p.type().collection());
    }
    fields.addAll(isArray.keySet());
    if (fields.isEmpty()) {
      equals.addStatement("return true");
    } else {
      equals.addStatement("$T other = ($T) o", self, self);
      for (int i = 0; i < fields.size(); i++) {
        String f = fields.get(i);
        cmp.add(i == 0 ? "" : "\n    && ");
        cmp.add("$T.equals(this.$N, other.$N)", isArray.get(f) ? ARRAYS : OBJECTS, f, f);
      }
      equals.addStatement("return $L", cmp.build());
    }
    type.addMethod(equals.build());

    MethodSpec.Builder hash = MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT).addStatement("int h = $L", root ? "1" : "super.hashCode()");
    for (String f : fields) {
      hash.addStatement("h = 31 * h + $T.hashCode(this.$N)", isArray.get(f) ? ARRAYS : OBJECTS, f);
    }
    type.addMethod(hash.addStatement("return h").build());

    MethodSpec.Builder append = MethodSpec.methodBuilder("appendFields").addModifiers(Modifier.PROTECTED)
        .addJavadoc("Appends this object's fields to a {@code toString} text.\n\n@param sb the text\n")
        .addParameter(StringBuilder.class, "sb");
    if (!root) {
      append.addStatement("super.appendFields(sb)");
    }
    for (String f : fields) {
      if (f.equals("nullProperties")) {
        continue;
      }
      append.addStatement("sb.append(sb.charAt(sb.length() - 1) == '{' ? $S : $S).append($S).append($L)",
          "", ", ", f + "=", isArray.get(f) ? CodeBlock.of("$T.toString(this.$N)", ARRAYS, f) : CodeBlock.of("this.$N", f));
    }
    type.addMethod(append.build());
    if (root) {
      type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .returns(STRING)
          .addStatement("$T sb = new $T(getClass().getSimpleName()).append('{')", StringBuilder.class, StringBuilder.class)
          .addStatement("appendFields(sb)")
          .addStatement("return sb.append('}').toString()").build());
    }
  }

  // ------------------------------------------------------------------ enums

  /**
   * An extensible enum: a final class with a constant per documented member and a factory that keeps
   * any other value as read, so that a value the docs do not list is read and written back unchanged.
   */
  private TypeSpec enumClass(TypeDef t) {
    ClassName self = classNames.get(t.lowerName());
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    CodeBlock.Builder doc = CodeBlock.builder().add(classJavadoc(t));
    if (t.flags()) {
      doc.add("\n<p>A flags enum: a value may combine members, comma-separated; see {@link #has}.\n");
    }
    type.addJavadoc(doc.build());
    Set<String> used = new HashSet<>(Set.of("KNOWN", "value"));
    List<String> constants = new ArrayList<>();
    for (EnumMemberDef m : t.members()) {
      String n = JavaNames.constantName(m.name());
      String candidate = n;
      for (int i = 2; !used.add(candidate); i++) {
        candidate = n + "_" + i;
      }
      constants.add(candidate);
      String mdoc = JavadocText.escape(m.description());
      type.addField(FieldSpec.builder(self, candidate, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n", mdoc.isEmpty() ? "The {@code " + JavadocText.escape(m.name()).replace("}", "&#125;") + "} member." : mdoc)
          .initializer("new $T($S)", self, m.name()).build());
    }
    CodeBlock.Builder known = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < constants.size(); i++) {
      known.add(i == 0 ? "$N" : ", $N", constants.get(i));
    }
    known.add(")");
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, self), "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(known.build()).build());
    type.addField(FieldSpec.builder(STRING, "value", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(STRING, "value")
        .addStatement("this.value = value").build());
    type.addMethod(MethodSpec.methodBuilder("fromValue").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The member with this wire value, or a new value kept exactly as given when the docs do not list it.\n\n"
            + "@param value the wire value\n@return the value, or null for null\n")
        .addAnnotation(AnnotationSpec.builder(JSON_CREATOR).addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR).build())
        .returns(self).addParameter(STRING, "value")
        .beginControlFlow("if (value == null)").addStatement("return null").endControlFlow()
        .beginControlFlow("for ($T known : KNOWN)", self)
        .beginControlFlow("if (known.value.equals(value))").addStatement("return known").endControlFlow()
        .endControlFlow()
        .addStatement("return new $T(value)", self).build());
    type.addMethod(MethodSpec.methodBuilder("values").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The documented members, in doc order.\n\n@return the members\n")
        .returns(ParameterizedTypeName.get(LIST, self)).addStatement("return KNOWN").build());
    type.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).addAnnotation(JSON_VALUE)
        .addJavadoc("The wire value, exactly as read or documented.\n\n@return the value\n")
        .returns(STRING).addStatement("return value").build());
    type.addMethod(MethodSpec.methodBuilder("isKnown").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Whether the docs list this value (letter case ignored).\n\n@return true for a documented member\n")
        .returns(TypeName.BOOLEAN)
        .beginControlFlow("for ($T known : KNOWN)", self)
        .beginControlFlow("if (known.value.equalsIgnoreCase(value))").addStatement("return true").endControlFlow()
        .endControlFlow().addStatement("return false").build());
    if (t.flags()) {
      type.addMethod(MethodSpec.methodBuilder("has").addModifiers(Modifier.PUBLIC)
          .addJavadoc("Whether this combined value includes a member.\n\n@param member the member\n@return true when included\n")
          .returns(TypeName.BOOLEAN).addParameter(self, "member")
          .beginControlFlow("for ($T part : value.split($S))", STRING, ",")
          .beginControlFlow("if (part.trim().equalsIgnoreCase(member.value))").addStatement("return true").endControlFlow()
          .endControlFlow().addStatement("return false").build());
    }
    type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(OBJECT, "o")
        .addStatement("return o instanceof $T && (($T) o).value.equals(value)", self, self).build());
    type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT).addStatement("return value.hashCode()").build());
    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(STRING).addStatement("return value").build());
    return type.build();
  }

  // ------------------------------------------------------------------ @odata.type registry

  /**
   * The only way a class is chosen from the wire: a fixed table of generated structured types, and
   * only subtypes of the declared type are accepted. No class names, no default typing.
   */
  private TypeSpec resolverClass() {
    TypeName classWildcard = ParameterizedTypeName.get(ClassName.get(Class.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(OBJECT));
    TypeName byName = ParameterizedTypeName.get(MAP, STRING, classWildcard);
    TypeName byClass = ParameterizedTypeName.get(MAP, classWildcard, STRING);
    TypeSpec.Builder type = TypeSpec.classBuilder(resolver).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(TYPE_ID_RESOLVER_BASE)
        .addJavadoc("Resolves {@code @odata.type} values to generated model classes, and only to subtypes of the\n"
            + "declared type; names match without a leading '#' and ignoring letter case.\n");
    type.addField(FieldSpec.builder(byName, "BY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>()", HASH_MAP).build());
    type.addField(FieldSpec.builder(byClass, "BY_CLASS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>()", HASH_MAP).build());
    List<TypeDef> structured = schema.types().stream().filter(t -> t.kind() != TypeKind.ENUM).toList();
    int chunk = 400;
    CodeBlock.Builder staticInit = CodeBlock.builder();
    for (int start = 0, n = 0; start < structured.size(); start += chunk, n++) {
      MethodSpec.Builder register = MethodSpec.methodBuilder("register" + n).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
      for (TypeDef t : structured.subList(start, Math.min(structured.size(), start + chunk))) {
        register.addStatement("add($S, $T.class)", t.qualifiedName(), classNames.get(t.lowerName()));
      }
      type.addMethod(register.build());
      staticInit.addStatement("register$L()", n);
    }
    type.addStaticBlock(staticInit.build());
    type.addMethod(MethodSpec.methodBuilder("add").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(STRING, "name").addParameter(classWildcard, "type")
        .addStatement("BY_NAME.put(name.toLowerCase($T.ROOT), type)", LOCALE)
        .addStatement("BY_CLASS.put(type, $S + name)", "#").build());
    type.addField(FieldSpec.builder(JAVA_TYPE, "declared", Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Created by Jackson for each declared type.\n").build());
    type.addMethod(MethodSpec.methodBuilder("init").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(JAVA_TYPE, "baseType").addStatement("this.declared = baseType").build());
    type.addMethod(MethodSpec.methodBuilder("idFromValue").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(STRING).addParameter(OBJECT, "value")
        .addStatement("return value == null ? null : BY_CLASS.get(value.getClass())").build());
    type.addMethod(MethodSpec.methodBuilder("idFromValueAndType").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(STRING).addParameter(OBJECT, "value").addParameter(classWildcard, "suggestedType")
        .addStatement("return BY_CLASS.get(suggestedType)").build());
    type.addMethod(MethodSpec.methodBuilder("getMechanism").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(JSON_TYPE_INFO.nestedClass("Id")).addStatement("return $T.Id.CUSTOM", JSON_TYPE_INFO).build());
    type.addMethod(MethodSpec.methodBuilder("typeFromId").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(JAVA_TYPE).addParameter(DATABIND_CONTEXT, "context").addParameter(STRING, "id")
        .beginControlFlow("if (id == null || declared == null)").addStatement("return null").endControlFlow()
        .addStatement("$T name = id.startsWith($S) ? id.substring(1) : id", STRING, "#")
        .addStatement("$T type = BY_NAME.get(name.toLowerCase($T.ROOT))", classWildcard, LOCALE)
        .beginControlFlow("if (type == null || !declared.getRawClass().isAssignableFrom(type))")
        .addStatement("return null").endControlFlow()
        .beginControlFlow("if (type == declared.getRawClass())").addStatement("return declared").endControlFlow()
        .addStatement("return context.constructSpecializedType(declared, type)").build());
    type.addMethod(MethodSpec.methodBuilder("getDescForKnownTypeIds").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(STRING).addStatement("return $S", "generated subtypes of the declared type").build());
    return type.build();
  }
}
