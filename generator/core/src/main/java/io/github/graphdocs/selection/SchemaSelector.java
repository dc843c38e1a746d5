package io.github.graphdocs.selection;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema of a {@link TypeSelection}: a schema-to-schema step between analysis and emission, so
 * that the emitters see an ordinary (smaller) schema. The selected types (named, or in a named
 * namespace, and with {@code withSubtypes} every type derived from them, at any depth) are closed
 * over what they need: base types, property types (enums included), recursively. Operations are kept
 * when every type they name is kept, examples when their type is. The {@code @odata.type} registry
 * is emitted from the result, so it resolves every generated subtype and only those.
 *
 * <p>A name that matches no type or namespace, or a simple name that several namespaces define, is an
 * error (GD130-GD132) located at {@code at}; the schema is then empty and nothing is generated.
 */
public final class SchemaSelector {
  private final Schema schema;
  private final Map<String, TypeDef> byName = new HashMap<>();
  private final Map<String, List<TypeDef>> bySimpleName = new HashMap<>();
  private final Map<String, List<TypeDef>> byNamespace = new HashMap<>();
  private final Map<String, List<TypeDef>> derived = new HashMap<>();

  public SchemaSelector(Schema schema) {
    this.schema = schema;
    for (TypeDef t : schema.types()) {
      byName.put(t.lowerName(), t);
      bySimpleName.computeIfAbsent(t.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
      byNamespace.computeIfAbsent(t.namespace().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
      if (t.baseType() != null) {
        derived.computeIfAbsent(t.baseType().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
      }
    }
  }

  /**
   * The selected part of the schema (its types, the API operations and examples of those types); the
   * schema itself for {@link TypeSelection#ALL}. A selection keeps no actions, functions, container or
   * request lines, so no request API is generated for it.
   */
  public Schema select(TypeSelection selection, SourceLocation at, DiagnosticCollector diagnostics) {
    if (selection.all()) {
      return schema;
    }
    Set<TypeDef> roots = new LinkedHashSet<>();
    boolean unknown = false;
    for (String name : selection.types()) {
      TypeDef t = type(name, at, diagnostics);
      unknown |= t == null;
      if (t != null) {
        roots.add(t);
      }
    }
    for (String ns : selection.namespaces()) {
      List<TypeDef> types = byNamespace.get(ns.toLowerCase(Locale.ROOT));
      if (types == null) {
        unknown = true;
        diagnostics.report(DiagnosticCode.SELECTED_NAMESPACE_UNKNOWN, at, "the selected namespace '" + ns
            + "' is not a namespace of the docs (namespaces: " + String.join(", ", namespaces()) + ")");
      } else {
        roots.addAll(types);
      }
    }
    if (unknown) {
      return new Schema(List.of(), List.of(), List.of());
    }
    Set<String> kept = closure(roots, selection.withSubtypes());
    List<TypeDef> types = schema.types().stream().filter(t -> kept.contains(t.lowerName())).toList();
    List<OperationDef> operations = schema.operations().stream().filter(o -> keeps(kept, o)).toList();
    List<ExampleDef> examples = schema.examples().stream()
        .filter(e -> e.type() != null && kept.contains(e.type().name().toLowerCase(Locale.ROOT))).toList();
    return new Schema(types, operations, examples);
  }

  /** The type a selected name names: qualified, else a simple name that one namespace alone defines. */
  private TypeDef type(String name, SourceLocation at, DiagnosticCollector diagnostics) {
    String lower = name.toLowerCase(Locale.ROOT);
    TypeDef t = byName.get(lower);
    if (t != null) {
      return t;
    }
    List<TypeDef> simple = bySimpleName.getOrDefault(lower, List.of());
    if (simple.size() == 1) {
      return simple.get(0);
    }
    if (simple.size() > 1) {
      diagnostics.report(DiagnosticCode.SELECTED_TYPE_AMBIGUOUS, at, "the selected type '" + name + "' is defined in "
          + simple.size() + " namespaces: name one of " + String.join(", ", simple.stream().map(TypeDef::qualifiedName).toList()));
    } else {
      diagnostics.report(DiagnosticCode.SELECTED_TYPE_UNKNOWN, at, "the selected type '" + name
          + "' is not a type of the docs" + suggestion(lower));
    }
    return null;
  }

  /** "; did you mean x?" for a name that matches a type's name ignoring its namespace, or "". */
  private String suggestion(String lower) {
    String simple = lower.substring(lower.lastIndexOf('.') + 1);
    List<TypeDef> same = bySimpleName.getOrDefault(simple, List.of());
    return same.isEmpty() ? "" : "; did you mean " + String.join(" or ", same.stream().map(TypeDef::qualifiedName).toList()) + "?";
  }

  private Set<String> namespaces() {
    Set<String> out = new TreeSet<>();
    for (TypeDef t : schema.types()) {
      out.add(t.namespace());
    }
    return out;
  }

  /** The roots, their subtypes when asked, and everything any of them needs, by lower-case qualified name. */
  private Set<String> closure(Set<TypeDef> roots, boolean withSubtypes) {
    Set<String> kept = new LinkedHashSet<>();
    Deque<TypeDef> work = new ArrayDeque<>(roots);
    if (withSubtypes) {
      Deque<TypeDef> bases = new ArrayDeque<>(roots);
      Set<String> seen = new LinkedHashSet<>();
      while (!bases.isEmpty()) {
        TypeDef b = bases.pop();
        if (seen.add(b.lowerName())) {
          for (TypeDef d : derived.getOrDefault(b.lowerName(), List.of())) {
            work.add(d);
            bases.add(d);
          }
        }
      }
    }
    while (!work.isEmpty()) {
      TypeDef t = work.pop();
      if (!kept.add(t.lowerName())) {
        continue;
      }
      if (t.baseType() != null) {
        need(t.baseType(), work);
      }
      for (PropertyDef p : t.properties()) {
        need(p.type(), work);
      }
    }
    return kept;
  }

  private void need(TypeRef ref, Deque<TypeDef> work) {
    if (ref != null && !ref.isPrimitive()) {
      need(ref.name(), work);
    }
  }

  private void need(String qualifiedName, Deque<TypeDef> work) {
    TypeDef t = byName.get(qualifiedName.toLowerCase(Locale.ROOT));
    if (t != null) {
      work.add(t); // a name no page defines was reported by the analysis; the emitters treat it as it is
    }
  }

  /** Whether every type an operation names (request, response, request-body properties) is kept. */
  private boolean keeps(Set<String> kept, OperationDef o) {
    List<TypeRef> refs = new ArrayList<>();
    refs.add(o.requestType());
    refs.add(o.responseType());
    for (PropertyDef p : o.requestProperties()) {
      refs.add(p.type());
    }
    for (TypeRef r : refs) {
      if (r != null && !r.isPrimitive() && byName.containsKey(r.name().toLowerCase(Locale.ROOT))
          && !kept.contains(r.name().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
