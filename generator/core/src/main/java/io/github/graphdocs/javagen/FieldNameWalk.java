package io.github.graphdocs.javagen;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of the naming pass that names the members of entity and complex types: the properties each
 * type adds over its bases and their fields, unique over the inheritance chain and never a name the
 * model uses itself ({@code additionalData}, {@code odataType}, ...) or a package root.
 */
final class FieldNameWalk {
  private static final Set<String> RESERVED_FIELDS = Set.of("additionaldata", "odatatype", "class");

  private final ModelNames names;
  private final DiagnosticCollector diagnostics;
  private final Set<String> qualifierRoots;
  private Map<String, List<PropertyDef>> ownProperties;
  private Map<String, Map<String, String>> fieldNames;

  FieldNameWalk(ModelNames names, DiagnosticCollector diagnostics, Set<String> qualifierRoots) {
    this.names = names;
    this.diagnostics = diagnostics;
    this.qualifierRoots = qualifierRoots;
  }

  /**
   * Names the members of every structured type by one walk down each inheritance tree, root first:
   * the wire and field names of a type's bases are the ones on the walk's path, added when the walk
   * enters a type and removed when it leaves, so that the work is linear in the number of properties
   * however deep the chains are. Without recursion: chains are as deep as the docs make them.
   */
  void nameAll(Map<String, List<PropertyDef>> ownProperties, Map<String, Map<String, String>> fieldNames) {
    this.ownProperties = ownProperties;
    this.fieldNames = fieldNames;
    Map<String, List<TypeDef>> derived = new HashMap<>();
    List<TypeDef> roots = new ArrayList<>();
    for (TypeDef t : names.schema().types()) {
      if (t.kind() == TypeKind.ENUM) {
        continue;
      }
      TypeDef base = names.baseOf(t);
      if (base == null || base.kind() == TypeKind.ENUM) {
        roots.add(t);
      } else {
        derived.computeIfAbsent(base.lowerName(), k -> new ArrayList<>()).add(t);
      }
    }
    walk(roots, derived);
    // types on a cycle have no root to be reached from; the analysis breaks cycles, so this only guards
    List<TypeDef> unreached = names.schema().types().stream()
        .filter(t -> t.kind() != TypeKind.ENUM && !fieldNames.containsKey(t.lowerName())).toList();
    for (TypeDef t : unreached) {
      if (!fieldNames.containsKey(t.lowerName())) {
        walk(List.of(t), derived);
      }
    }
  }

  private void walk(List<TypeDef> roots, Map<String, List<TypeDef>> derived) {
    Set<String> wireNames = new HashSet<>(Set.of("@odata.type"));
    Set<String> usedFields = new HashSet<>();
    Deque<TypeDef> entered = new ArrayDeque<>();
    Deque<Iterator<TypeDef>> next = new ArrayDeque<>();
    next.push(roots.iterator());
    while (!next.isEmpty()) {
      if (!next.peek().hasNext()) {
        next.pop();
        if (!entered.isEmpty()) {
          leave(entered.pop(), wireNames, usedFields);
        }
        continue;
      }
      TypeDef t = next.peek().next();
      if (fieldNames.containsKey(t.lowerName())) {
        continue; // named already (a malformed schema reaching one type twice)
      }
      enter(t, wireNames, usedFields);
      entered.push(t);
      next.push(derived.getOrDefault(t.lowerName(), List.of()).iterator());
    }
  }

  /** Names one type's own properties and fields against its bases' names, then adds them for its subtypes. */
  private void enter(TypeDef t, Set<String> wireNames, Set<String> usedFields) {
    List<PropertyDef> own = new ArrayList<>();
    for (PropertyDef p : t.properties()) {
      if (wireNames.add(p.name())) {
        own.add(p);
      } else {
        diagnostics.report(DiagnosticCode.RESERVED_NAME, p.source(), "property '" + p.name() + "' of " + t.name()
            + " is already declared by a base type (or twice); the model keeps one property of that name");
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (PropertyDef p : own) {
      String mapped = JavaNames.fieldName(p.name());
      if (qualifierRoots.contains(mapped)) {
        mapped = mapped + "_";
      }
      String n = JavaNames.shorten(mapped);
      String candidate = n;
      for (int i = 2; RESERVED_FIELDS.contains(candidate.toLowerCase(Locale.ROOT))
          || !usedFields.add(candidate.toLowerCase(Locale.ROOT)); i++) {
        candidate = n + "_" + i;
      }
      if (!n.equals(mapped)) {
        diagnostics.report(DiagnosticCode.NAME_TOO_LONG, p.source(), "property " + ModelNames.abbreviate(p.name()) + " of " + t.name()
            + " is longer than a Java name should be; it is generated as field " + candidate);
      } else if ((!candidate.equals(n) || !n.equals(p.name())) && !n.equals(JavaNames.lowerFirst(p.name()))) {
        diagnostics.report(DiagnosticCode.RESERVED_NAME, p.source(),
            "property '" + p.name() + "' of " + t.name() + " is generated as field " + candidate);
      }
      names.put(p.name(), candidate);
    }
    ownProperties.put(t.lowerName(), List.copyOf(own));
    fieldNames.put(t.lowerName(), Collections.unmodifiableMap(names));
  }

  /** Takes a type's names off the walk's path once its subtypes are named. */
  private void leave(TypeDef t, Set<String> wireNames, Set<String> usedFields) {
    for (PropertyDef p : ownProperties.get(t.lowerName())) {
      wireNames.remove(p.name());
    }
    for (String f : fieldNames.get(t.lowerName()).values()) {
      usedFields.remove(f.toLowerCase(Locale.ROOT));
    }
  }

}
