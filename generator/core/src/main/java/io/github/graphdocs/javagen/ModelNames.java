package io.github.graphdocs.javagen;

import com.palantir.javapoet.ClassName;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every Java name of the model, allocated once before anything is emitted: a package per namespace,
 * a class per type (unique ignoring case in its package), and the fields of each structured type
 * (unique over its inheritance chain, never a name the model uses itself), with the properties a type
 * adds over its bases. Reports each type or property that gets another name than the docs give.
 */
final class ModelNames {
  static final String RESOLVER_NAME = "ODataTypes";
  private static final Set<String> RESERVED_FIELDS = Set.of("additionaldata", "odatatype", "class");

  private final Schema schema;
  private final String basePackage;
  private final DiagnosticCollector diagnostics;
  private final Map<String, TypeDef> types = new HashMap<>();
  private final Map<String, ClassName> classNames = new HashMap<>();
  private final Map<String, Map<String, String>> fieldNames = new HashMap<>();
  private final Map<String, List<PropertyDef>> ownProperties = new HashMap<>();
  private final ClassName resolver;

  private ModelNames(Schema schema, String basePackage, DiagnosticCollector diagnostics) {
    this.schema = schema;
    this.basePackage = basePackage;
    this.diagnostics = diagnostics;
    for (TypeDef t : schema.types()) {
      if (types.put(t.lowerName(), t) != null) {
        // The schema matches names case-insensitively and merges such types: two here is a bug upstream.
        throw new IllegalArgumentException("the schema holds two types named " + t.qualifiedName() + " (ignoring case)");
      }
    }
    resolver = ClassName.get(basePackage, RESOLVER_NAME);
  }

  /** Allocates the names of a schema's model: classes first, then the fields of each structured type in schema order. */
  static ModelNames allocate(Schema schema, String basePackage, DiagnosticCollector diagnostics) {
    ModelNames names = new ModelNames(schema, basePackage, diagnostics);
    names.allocateClassNames();
    for (TypeDef t : schema.types()) {
      if (t.kind() != TypeKind.ENUM) {
        names.fieldNamesOf(t);
      }
    }
    return names;
  }

  /** The class of a documented type. */
  ClassName className(TypeDef t) {
    return classNames.get(t.lowerName());
  }

  /** The class of a type by its lower-case qualified name, or null when no type has that name. */
  ClassName className(String lowerName) {
    return classNames.get(lowerName);
  }

  /** The type of a lower-case qualified name, or null. */
  TypeDef type(String lowerName) {
    return types.get(lowerName);
  }

  /** The {@code @odata.type} registry class. */
  ClassName resolver() {
    return resolver;
  }

  /** The Java class of each documented type, by lower-case qualified type name, sorted. */
  Map<String, String> javaClassNames() {
    Map<String, String> m = new TreeMap<>();
    classNames.forEach((k, v) -> m.put(k, v.canonicalName()));
    return Collections.unmodifiableMap(m);
  }

  TypeDef baseOf(TypeDef t) {
    return t.baseType() == null ? null : types.get(t.baseType().toLowerCase(Locale.ROOT));
  }

  private String rootNamespace() {
    Map<String, Integer> counts = new TreeMap<>();
    for (TypeDef t : schema.types()) {
      counts.merge(t.namespace(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  /** The package of a namespace: the base package for the root namespace, a sub-package per further segment. */
  static String packageFor(String basePackage, String namespace, String root) {
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
      String pkg = packageFor(basePackage, t.namespace(), root);
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
  Map<String, String> fieldNamesOf(TypeDef t) {
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
  List<PropertyDef> ownProperties(TypeDef t) {
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
}
