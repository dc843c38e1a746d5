package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.TypeKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which types are addressable by key and which are keyed, then (once bases are resolved) each
 * type's kind: entity, complex type or enum. Fills {@link TypeIndex#kinds}.
 */
final class KindResolver {
  private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
  private final TypeIndex index;
  private final DiagnosticCollector diagnostics;

  KindResolver(TypeIndex index, DiagnosticCollector diagnostics) {
    this.index = index;
    this.diagnostics = diagnostics;
  }

  /** A type that an API reads, updates or deletes by a key segment ({@code .../{id}}) is an entity. */
  void markAddressable(List<OperationDraft> operations) {
    for (OperationDraft op : operations) {
      boolean byKey = op.paths.stream().anyMatch(p -> TRAILING_SLASHES.matcher(p.split("\\?")[0]).replaceAll("").endsWith("}"));
      if (!byKey) {
        continue;
      }
      String name = op.method.equals("GET") ? (op.responseCollection ? null : op.responseTypeName)
          : op.method.equals("PATCH") || op.method.equals("PUT") ? op.requestTypeName : null;
      TypeDraft t = index.resolve(name, op.namespace);
      if (t != null) {
        t.addressable = true;
      }
    }
  }

  /**
   * A type is keyed when its annotation's keyProperty names a property it lists, or when it lists an
   * {@code id} that is a String: Graph keys are strings, while Guid ids belong to complex types.
   */
  void decideKeys() {
    for (TypeDraft d : index.drafts.values()) {
      if (!d.structured) {
        continue;
      }
      PropertyDraft key = d.keyProperty == null ? null : d.properties.get(d.keyProperty.toLowerCase(Locale.ROOT));
      PropertyDraft id = d.properties.get("id");
      boolean stringId = id != null && isStringLike(id.tableType) && (id.tableType != null || isStringLike(id.jsonType));
      d.keyed = key != null || stringId && (d.hasMethods || d.hasRelationships || d.addressable);
    }
  }

  private static boolean isStringLike(TypeCellParser.Parsed t) {
    return t == null || !t.collection() && (t.name().equals("Edm.String") || t.name().equals("Edm.Untyped"));
  }

  void decideKinds() {
    for (TypeDraft d : index.drafts.values()) {
      if (d.structured && d.enumerated) {
        diagnostics.report(DiagnosticCode.CONFLICTING_KINDS, d.enumSource != null ? d.enumSource : TypeIndex.firstSource(d),
            d.name + " is documented as an enum here and as a structured type elsewhere; the structured type is used",
            TypeIndex.firstSource(d));
      }
    }
    for (TypeDraft d : index.drafts.values()) {
      if (!d.structured) {
        if (d.enumerated) {
          index.kinds.put(d.key, TypeKind.ENUM);
        }
        continue;
      }
      TypeDraft root = index.root(d);
      boolean entity = root.keyed || root.hasMethods;
      if (!entity) {
        // a keyed type below a complex root is still an entity when nothing above it is keyed
        entity = false;
      }
      index.kinds.put(d.key, entity ? TypeKind.ENTITY : TypeKind.COMPLEX);
    }
  }
}
