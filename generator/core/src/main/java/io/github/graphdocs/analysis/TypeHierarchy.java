package io.github.graphdocs.analysis;

import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built types as a hierarchy: look-up by name, ancestors and descendants, and the properties a
 * path segment can name on a type (declared, inherited, or declared by exactly one derived type).
 */
final class TypeHierarchy {
  private final Map<String, TypeDef> byName = new java.util.LinkedHashMap<>();
  private final Map<String, List<TypeDef>> bySimpleName = new HashMap<>();
  private final Map<String, List<TypeDef>> children = new HashMap<>();
  /** Enums by their lower-case member names, unknownFutureValue aside. */
  private final Map<Set<String>, List<TypeDef>> enumsByMembers = new HashMap<>();
  /** Every type a property of each (lower-case) name has, over all types. */
  private final Map<String, Set<TypeRef>> propertyTypes = new HashMap<>();

  TypeHierarchy(List<TypeDef> types) {
    for (TypeDef t : types) {
      byName.put(t.lowerName(), t);
      bySimpleName.computeIfAbsent(t.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
    }
    for (TypeDef t : types) {
      if (t.kind() == TypeKind.ENUM) {
        enumsByMembers.computeIfAbsent(memberSet(t.members().stream().map(m -> m.name()).toList()), k -> new ArrayList<>()).add(t);
      }
      for (PropertyDef p : t.properties()) {
        propertyTypes.computeIfAbsent(p.name().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(p.type());
      }
      if (t.baseType() != null) {
        children.computeIfAbsent(t.baseType().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
      }
    }
  }

  TypeDef type(String qualifiedName) {
    return qualifiedName == null ? null : byName.get(qualifiedName.toLowerCase(Locale.ROOT));
  }

  /** Structured types whose simple name is this one, ignoring case. */
  List<TypeDef> bySimpleName(String simpleName) {
    return bySimpleName.getOrDefault(simpleName.toLowerCase(Locale.ROOT), List.of()).stream()
        .filter(t -> t.kind() != TypeKind.ENUM).toList();
  }

  private final Map<TypeDef, List<TypeDef>> ancestors = new java.util.IdentityHashMap<>();
  private final Map<TypeDef, List<TypeDef>> descendants = new java.util.IdentityHashMap<>();
  private final Map<TypeDef, Set<String>> propertyNames = new java.util.IdentityHashMap<>();
  private final Map<String, java.util.Optional<PropertyDef>> properties = new HashMap<>();

  /** The base chain, nearest first, without the type itself. */
  List<TypeDef> ancestors(TypeDef t) {
    return ancestors.computeIfAbsent(t, this::computeAncestors);
  }

  private List<TypeDef> computeAncestors(TypeDef t) {
    List<TypeDef> out = new ArrayList<>();
    TypeDef cur = type(t.baseType());
    while (cur != null && !out.contains(cur) && cur != t) {
      out.add(cur);
      cur = type(cur.baseType());
    }
    return out;
  }

  /** Every type that derives from this one, directly or not. */
  List<TypeDef> descendants(TypeDef t) {
    return descendants.computeIfAbsent(t, this::computeDescendants);
  }

  private List<TypeDef> computeDescendants(TypeDef t) {
    Set<TypeDef> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<TypeDef> ordered = new ArrayList<>();
    List<TypeDef> todo = new ArrayList<>(children.getOrDefault(t.lowerName(), List.of()));
    while (!todo.isEmpty()) {
      TypeDef d = todo.remove(todo.size() - 1);
      if (d != t && out.add(d)) {
        ordered.add(d);
        todo.addAll(children.getOrDefault(d.lowerName(), List.of()));
      }
    }
    return ordered;
  }

  /** Whether {@code derived} is {@code base} or derives from it (names compared ignoring case). */
  boolean isSameOrDerived(String derived, String base) {
    TypeDef d = type(derived);
    if (d == null || base == null) {
      return derived != null && derived.equalsIgnoreCase(base);
    }
    if (d.qualifiedName().equalsIgnoreCase(base)) {
      return true;
    }
    return ancestors(d).stream().anyMatch(a -> a.qualifiedName().equalsIgnoreCase(base));
  }

  /** The property a segment names on a type: its own or an inherited one, else the one derived type's. */
  PropertyDef property(String typeName, String propertyName) {
    TypeDef t = type(typeName);
    if (t == null) {
      return null;
    }
    return properties.computeIfAbsent(t.lowerName() + "/" + propertyName.toLowerCase(Locale.ROOT),
        k -> java.util.Optional.ofNullable(findProperty(t, propertyName))).orElse(null);
  }

  private PropertyDef findProperty(TypeDef t, String propertyName) {
    PropertyDef p = declared(t, propertyName);
    if (p != null) {
      return p;
    }
    for (TypeDef a : ancestors(t)) {
      p = declared(a, propertyName);
      if (p != null) {
        return p;
      }
    }
    Map<TypeRef, PropertyDef> onDerived = new HashMap<>();
    for (TypeDef d : descendants(t)) {
      PropertyDef q = declared(d, propertyName);
      if (q != null) {
        onDerived.putIfAbsent(q.type(), q);
      }
    }
    return onDerived.size() == 1 ? onDerived.values().iterator().next() : null;
  }

  /** The type every property of this name has, on whatever type it is declared; null when they differ or none does. */
  TypeRef uniquePropertyType(String propertyName) {
    Set<TypeRef> found = propertyTypes.get(propertyName.toLowerCase(Locale.ROOT));
    return found != null && found.size() == 1 ? found.iterator().next() : null;
  }

  /** The one enum whose members are exactly these values (unknownFutureValue aside, at least two), or null. */
  TypeDef enumWithMembers(List<String> values) {
    Set<String> wanted = memberSet(values);
    if (wanted.size() < 2) {
      return null;
    }
    List<TypeDef> found = enumsByMembers.get(wanted);
    return found != null && found.size() == 1 ? found.get(0) : null;
  }

  private static Set<String> memberSet(List<String> names) {
    Set<String> out = new java.util.HashSet<>();
    for (String n : names) {
      out.add(n.toLowerCase(Locale.ROOT));
    }
    out.remove("unknownfuturevalue");
    return out;
  }

  /**
   * The structured type a table of property names describes: of the types that have all of them (at
   * least two), the one with the fewest properties, when no other has as few; null otherwise.
   */
  TypeDef describedBy(List<String> names) {
    if (names.size() < 2) {
      return null;
    }
    Set<String> wanted = new java.util.HashSet<>();
    names.forEach(n -> wanted.add(n.toLowerCase(Locale.ROOT)));
    TypeDef best = null;
    int bestSize = Integer.MAX_VALUE;
    boolean tie = false;
    for (TypeDef t : byName.values()) {
      if (t.kind() == TypeKind.ENUM) {
        continue;
      }
      Set<String> have = propertyNames(t);
      if (!have.containsAll(wanted)) {
        continue;
      }
      if (have.size() < bestSize) {
        best = t;
        bestSize = have.size();
        tie = false;
      } else if (have.size() == bestSize) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** All property names a type has, its own and inherited, lower case. */
  Set<String> propertyNames(TypeDef t) {
    return propertyNames.computeIfAbsent(t, this::computePropertyNames);
  }

  private Set<String> computePropertyNames(TypeDef t) {
    Set<String> out = new LinkedHashSet<>();
    for (PropertyDef p : t.properties()) {
      out.add(p.name().toLowerCase(Locale.ROOT));
    }
    for (TypeDef a : ancestors(t)) {
      for (PropertyDef p : a.properties()) {
        out.add(p.name().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  Collection<TypeDef> all() {
    return byName.values();
  }

  private static PropertyDef declared(TypeDef t, String name) {
    for (PropertyDef p : t.properties()) {
      if (p.name().equalsIgnoreCase(name)) {
        return p;
      }
    }
    return null;
  }
}
