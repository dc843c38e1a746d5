package io.github.graphdocs.javagen;

import com.palantir.javapoet.ClassName;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The naming pass: every Java name of the model, allocated once before anything is emitted, with
 * every naming finding. A package per namespace; a class per type (unique ignoring case in its
 * package, never the name of a package beside it, of a java.lang type or of a package root the code
 * names in full, at most {@value JavaNames#MAX_NAME_LENGTH} characters); the fields of each structured
 * type (unique over its inheritance chain, never a name the model uses itself) with the properties it
 * adds over its bases; the constants of each enum. Last, the JVM's limits on one class
 * ({@link ModelSizeLimits}). {@code check} runs it too, so that whatever generation would find is
 * reported before it: a name that can be made legal is mapped with a note, and only what cannot be
 * mapped (a wire name too long for a Java string constant) or emitted (a type past a JVM limit) is an error.
 */
public final class ModelNames {
  static final String RESOLVER_NAME = "ODataTypes";
  /** The static fields an enum class declares itself ({@link EnumTypeEmitter}); a member of such a name gets a suffix. */
  private static final Set<String> RESERVED_CONSTANTS = Set.of("MEMBERS", "ODATA_TYPE");

  private final Schema schema;
  private final String basePackage;
  private final DiagnosticCollector diagnostics;
  /** Field and class names that would obscure a package the emitted code names in full. */
  private final Set<String> qualifierRoots;
  private final Map<String, TypeDef> types = new HashMap<>();
  private final Map<String, String> packages = new HashMap<>();
  private final Map<String, ClassName> classNames = new HashMap<>();
  private final Map<String, Map<String, String>> fieldNames = new HashMap<>();
  private final Map<String, List<PropertyDef>> ownProperties = new HashMap<>();
  private final Map<String, List<String>> constantNames = new HashMap<>();
  private final ClassName resolver;
  private boolean withinSizeLimits;

  private ModelNames(Schema schema, String basePackage, DiagnosticCollector diagnostics) {
    this.schema = schema;
    this.basePackage = basePackage;
    this.diagnostics = diagnostics;
    this.qualifierRoots = JavaNames.qualifierRoots(basePackage);
    for (TypeDef t : schema.types()) {
      if (types.put(t.lowerName(), t) != null) {
        // The schema matches names case-insensitively and merges such types: two here is a bug upstream.
        throw new IllegalArgumentException("the schema holds two types named " + t.qualifiedName() + " (ignoring case)");
      }
    }
    resolver = ClassName.get(basePackage, RESOLVER_NAME);
  }

  /**
   * Allocates the names of a schema's model and reports every naming finding to {@code diagnostics}:
   * wire names first, then packages and classes, then the fields or constants of each type in schema
   * order, then the JVM's size limits.
   */
  public static ModelNames allocate(Schema schema, String basePackage, DiagnosticCollector diagnostics) {
    ModelNames names = new ModelNames(schema, basePackage, diagnostics);
    names.checkWireNames();
    names.allocateClassNames();
    new FieldNameWalk(names, diagnostics, names.qualifierRoots).nameAll(names.ownProperties, names.fieldNames);
    for (TypeDef t : schema.types()) {
      if (t.kind() == TypeKind.ENUM) {
        names.constantNamesOf(t);
      }
    }
    names.withinSizeLimits = ModelSizeLimits.check(schema, names, diagnostics);
    return names;
  }

  /**
   * Whether every type fits the JVM's limits on one class ({@link ModelSizeLimits}); when not, an
   * error says which, and nothing is emitted.
   */
  boolean withinSizeLimits() {
    return withinSizeLimits;
  }

  /** The schema these names are of. */
  public Schema schema() {
    return schema;
  }

  /** The base package of the model. */
  public String basePackage() {
    return basePackage;
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
  public Map<String, String> javaClassNames() {
    Map<String, String> m = new TreeMap<>();
    classNames.forEach((k, v) -> m.put(k, v.canonicalName()));
    return Collections.unmodifiableMap(m);
  }

  TypeDef baseOf(TypeDef t) {
    return t.baseType() == null ? null : types.get(t.baseType().toLowerCase(Locale.ROOT));
  }

  /** The getter of a field: {@code get} and the field name with its first letter upper-cased. */
  static String getterName(String field) {
    return "get" + JavaNames.upperFirst(field);
  }

  /** The setter of a field: {@code set} and the field name with its first letter upper-cased. */
  static String setterName(String field) {
    return "set" + JavaNames.upperFirst(field);
  }

  // ---------------------------------------------------------------- wire names

  /** Wire names go into string constants as written: one longer than a class file takes cannot be mapped. */
  private void checkWireNames() {
    for (TypeDef t : schema.types()) {
      if (!JavaNames.fitsStringConstant("#" + t.qualifiedName())) {
        reportTooLong(t.source(), "type name " + abbreviate(t.qualifiedName()));
      }
      for (PropertyDef p : t.properties()) {
        if (!JavaNames.fitsStringConstant(p.name())) {
          reportTooLong(p.source(), "property name " + abbreviate(p.name()) + " of " + abbreviate(t.name()));
        }
      }
      for (EnumMemberDef m : t.members()) {
        if (!JavaNames.fitsStringConstant(m.name())) {
          reportTooLong(m.source(), "member " + abbreviate(m.name()) + " of " + abbreviate(t.name()));
        }
      }
    }
  }

  private void reportTooLong(SourceLocation at, String what) {
    diagnostics.report(DiagnosticCode.NAME_NOT_A_STRING_CONSTANT, at, what + " is longer than a Java string constant holds ("
        + JavaNames.MAX_CONSTANT_BYTES + " bytes of UTF-8); the model cannot carry it");
  }

  /** A name as shown in a message: at most 60 characters. */
  static String abbreviate(String name) {
    return name.length() <= 60 ? "'" + name + "'" : "'" + name.substring(0, 40) + "...' (" + name.length() + " characters)";
  }

  // ---------------------------------------------------------------- packages and classes

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

  /** The package of each type's namespace, reporting each segment that had to be shortened once. */
  private Set<String> allocatePackages(List<TypeDef> sorted) {
    String root = rootNamespace();
    Set<String> packageNames = new HashSet<>();
    for (TypeDef t : sorted) {
      String ns = t.namespace().toLowerCase(Locale.ROOT);
      if (packages.containsKey(ns)) {
        continue;
      }
      String pkg = packageFor(basePackage, t.namespace(), root);
      packages.put(ns, pkg);
      if (pkg.length() + JavaNames.MAX_NAME_LENGTH + ".class".length() + 1 > JavaNames.MAX_RELATIVE_PATH) {
        diagnostics.report(DiagnosticCode.PACKAGE_PATH_TOO_LONG, t.source(), "namespace " + abbreviate(t.namespace())
            + " gives a package of " + pkg.length() + " characters; with its class files that is longer than the "
            + JavaNames.MAX_RELATIVE_PATH + " characters a path below the output folder may take");
      }
      for (String seg : t.namespace().split("\\.")) {
        if (JavaNames.sanitize(seg).length() > JavaNames.MAX_NAME_LENGTH) {
          diagnostics.report(DiagnosticCode.NAME_TOO_LONG, t.source(), "namespace segment " + abbreviate(seg)
              + " is longer than a package folder may be; its package is " + abbreviate(pkg));
        }
      }
      // every package and each of its parents: a class there may not take the name of a sub-package
      for (int dot = pkg.indexOf('.'); dot >= 0; dot = pkg.indexOf('.', dot + 1)) {
        packageNames.add(pkg.substring(0, dot));
      }
      packageNames.add(pkg);
    }
    return packageNames;
  }

  private void allocateClassNames() {
    List<TypeDef> sorted = new ArrayList<>(schema.types());
    sorted.sort(Comparator.comparing(TypeDef::lowerName));
    Set<String> packageNames = allocatePackages(sorted);
    Map<String, Set<String>> usedPerPackage = new HashMap<>();
    usedPerPackage.computeIfAbsent(basePackage, k -> new HashSet<>()).add(RESOLVER_NAME.toLowerCase(Locale.ROOT));
    for (TypeDef t : sorted) {
      String pkg = packages.get(t.namespace().toLowerCase(Locale.ROOT));
      Set<String> used = usedPerPackage.computeIfAbsent(pkg, k -> new HashSet<>());
      String mapped = JavaNames.className(t.name());
      String name = JavaNames.shorten(mapped);
      if (!name.equals(mapped)) {
        diagnostics.report(DiagnosticCode.NAME_TOO_LONG, t.source(), "type " + abbreviate(t.name())
            + " is longer than a class file name may be; it is generated as class " + name);
      } else if (!name.equals(JavaNames.upperFirst(t.name()))) {
        diagnostics.report(DiagnosticCode.RESERVED_NAME, t.source(), "type " + abbreviate(t.name()) + " is generated as class " + name);
      }
      String unclashed = name;
      for (int i = 2; packageNames.contains(pkg + "." + unclashed) || qualifierRoots.contains(unclashed); i++) {
        unclashed = name + "Type" + (i == 2 ? "" : i);
      }
      if (!unclashed.equals(name)) {
        diagnostics.report(DiagnosticCode.CLASS_NAME_CLASH, t.source(), "class " + name + " of type " + t.qualifiedName()
            + " would have the name of a package (" + (packageNames.contains(pkg + "." + name) ? pkg + "." + name : name)
            + "); it is generated as " + unclashed);
      }
      String candidate = unclashed;
      for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)) || packageNames.contains(pkg + "." + candidate); i++) {
        candidate = unclashed + i;
      }
      if (!candidate.equals(unclashed)) {
        diagnostics.report(DiagnosticCode.NAMES_DIFFER_IN_CASE, t.source(),
            "type " + t.qualifiedName() + " clashes with another class name in package " + pkg + "; it is generated as " + candidate);
      }
      classNames.put(t.lowerName(), ClassName.get(pkg, candidate));
    }
  }

  // ---------------------------------------------------------------- fields

  /** Field names of a type by property name, unique over its whole inheritance chain and never a name the model uses itself. */
  Map<String, String> fieldNamesOf(TypeDef t) {
    return fieldNames.getOrDefault(t.lowerName(), Map.of());
  }

  /**
   * The properties a type adds: a wire name its base types already declare, or a second one in the
   * same type, would give Jackson two properties of one name; it is left out and reported.
   */
  List<PropertyDef> ownProperties(TypeDef t) {
    return ownProperties.getOrDefault(t.lowerName(), List.of());
  }

  // ---------------------------------------------------------------- enum constants

  /** The constant of each member of an enum, in member order: UPPER_SNAKE, unique, never a member the enum class uses. */
  List<String> constantNamesOf(TypeDef t) {
    List<String> cached = constantNames.get(t.lowerName());
    if (cached != null) {
      return cached;
    }
    Set<String> used = new HashSet<>(RESERVED_CONSTANTS);
    List<String> constants = new ArrayList<>();
    for (EnumMemberDef m : t.members()) {
      String mapped = JavaNames.constantName(m.name());
      if (qualifierRoots.contains(mapped)) {
        mapped = mapped + "_";
      }
      String n = JavaNames.shorten(mapped);
      if (!n.equals(mapped)) {
        diagnostics.report(DiagnosticCode.NAME_TOO_LONG, m.source(), "member " + abbreviate(m.name()) + " of " + t.name()
            + " is longer than a Java name should be; it is generated as constant " + n);
      }
      String candidate = n;
      for (int i = 2; !used.add(candidate); i++) {
        candidate = n + "_" + i;
      }
      constants.add(candidate);
    }
    List<String> result = List.copyOf(constants);
    constantNames.put(t.lowerName(), result);
    return result;
  }
}
