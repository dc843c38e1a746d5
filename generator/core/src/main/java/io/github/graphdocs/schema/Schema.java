package io.github.graphdocs.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The checked schema: types sorted by qualified name, operations, and examples. Immutable. */
public record Schema(List<TypeDef> types, List<OperationDef> operations, List<ExampleDef> examples) {

  public Schema {
    types = List.copyOf(types);
    operations = List.copyOf(operations);
    examples = List.copyOf(examples);
  }

  /** Looks up a type by qualified name, ignoring case. */
  public Optional<TypeDef> find(String qualifiedName) {
    return Optional.ofNullable(index().get(qualifiedName.toLowerCase(Locale.ROOT)));
  }

  private Map<String, TypeDef> index() {
    Map<String, TypeDef> m = new HashMap<>();
    for (TypeDef t : types) {
      m.put(t.lowerName(), t);
    }
    return m;
  }

  /** A lookup table of all types by lower-case qualified name. */
  public Map<String, TypeDef> byName() {
    return Map.copyOf(index());
  }
}
