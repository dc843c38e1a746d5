package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * The entity container: the entity sets and singletons that the API pages' paths start from.
 *
 * @param namespace the namespace it is declared in
 * @param name its name
 * @param members sorted by name
 */
public record EntityContainerDef(String namespace, String name, List<Member> members) {
  /** An empty container, for docs without API pages. */
  public static final EntityContainerDef EMPTY = new EntityContainerDef("", "", List.of());

  public EntityContainerDef {
    members = List.copyOf(members);
  }

  /** An entity set ({@code /users/{id}}) or a singleton ({@code /me}) of an entity type. */
  public record Member(String name, boolean singleton, String entityType, List<SourceLocation> sources) {
    public Member {
      sources = List.copyOf(sources);
    }
  }

  public Optional<Member> member(String name) {
    return members.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }
}
