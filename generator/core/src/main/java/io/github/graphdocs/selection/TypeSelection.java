package io.github.graphdocs.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * Which types to generate: the named types and every type of the named namespaces (letter case
 * ignored), each with what it needs, and with their subtypes when {@code withSubtypes}. No type and
 * no namespace named means the whole schema ({@link #ALL}).
 *
 * @param types qualified type names ({@code microsoft.graph.user}), or simple names ({@code user}) that
 *     one namespace alone defines
 * @param namespaces namespaces, exactly ({@code microsoft.graph} holds none of {@code microsoft.graph.callRecords})
 */
public record TypeSelection(List<String> types, List<String> namespaces, boolean withSubtypes) {
  /** Every type of the schema. */
  public static final TypeSelection ALL = new TypeSelection(List.of(), List.of(), false);

  public TypeSelection {
    types = trimmed(types);
    namespaces = trimmed(namespaces);
  }

  /** Names as given, a comma-separated value split ({@code --types a,b}), blanks dropped. */
  private static List<String> trimmed(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      for (String part : n.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether the whole schema is selected. */
  public boolean all() {
    return types.isEmpty() && namespaces.isEmpty();
  }

  /** {@code types=a,b namespaces=c subtypes=true}: how the selection is named in markers and fingerprints. */
  @Override
  public String toString() {
    return all() ? "all types"
        : "types=" + String.join(",", types) + " namespaces=" + String.join(",", namespaces) + " subtypes=" + withSubtypes;
  }
}
