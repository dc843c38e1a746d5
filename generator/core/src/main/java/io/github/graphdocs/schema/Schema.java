package io.github.graphdocs.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checked schema: types sorted by qualified name, the HTTP-level operation of each API page, the
 * actions and functions those pages document, the entity container their paths start from, examples,
 * and every documented request line with what a typed call of it needs. Immutable.
 */
public record Schema(
    List<TypeDef> types,
    List<OperationDef> operations,
    List<ExampleDef> examples,
    List<ServiceOperationDef> serviceOperations,
    EntityContainerDef container,
    List<RequestDef> requests) {

  public Schema {
    types = List.copyOf(types);
    operations = List.copyOf(operations);
    examples = List.copyOf(examples);
    serviceOperations = List.copyOf(serviceOperations);
    container = container == null ? EntityContainerDef.EMPTY : container;
    requests = List.copyOf(requests);
  }

  /** A schema without documented requests. */
  public Schema(List<TypeDef> types, List<OperationDef> operations, List<ExampleDef> examples,
      List<ServiceOperationDef> serviceOperations, EntityContainerDef container) {
    this(types, operations, examples, serviceOperations, container, List.of());
  }

  /** A schema of types, API operations and examples only: no actions, functions or container. */
  public Schema(List<TypeDef> types, List<OperationDef> operations, List<ExampleDef> examples) {
    this(types, operations, examples, List.of(), EntityContainerDef.EMPTY, List.of());
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
