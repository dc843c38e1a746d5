package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.TypeDraft.BaseClaim;
import io.github.graphdocs.analysis.TypeDraft.BaseSource;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the properties each entity or complex type declares: what its pages list minus what its
 * bases already declare, each typed from its table cell, its JSON placeholder or the API pages that
 * send it (an enum hidden behind String included), with table and JSON checked for agreement; whether
 * each can be null ({@link NullabilityResolver}) and is read-only ({@link DescriptionStatements}).
 */
final class PropertyResolver {
  private final TypeIndex index;
  private final EnumResolver enums;
  private final NullabilityResolver nullability;
  private final DescriptionFacts facts;
  private final DiagnosticCollector diagnostics;

  PropertyResolver(TypeIndex index, EnumResolver enums, NullabilityResolver nullability, DescriptionFacts facts,
      DiagnosticCollector diagnostics) {
    this.index = index;
    this.enums = enums;
    this.nullability = nullability;
    this.facts = facts;
    this.diagnostics = diagnostics;
  }

  /** Create and update API pages document the properties of the type they send. */
  void bindRequestBodies(List<OperationDraft> operations) {
    for (OperationDraft op : operations) {
      if (op.requestTypeName == null || op.method.equals("GET") || op.method.equals("DELETE")) {
        continue;
      }
      TypeDraft t = index.resolve(op.requestTypeName, op.namespace);
      if (t == null || !t.structured) {
        continue;
      }
      for (PropertyDraft p : op.requestProperties.values()) {
        t.apiProperties.putIfAbsent(p.name.toLowerCase(Locale.ROOT), p);
        if (p.inheritedFrom != null) {
          t.baseClaims.add(new BaseClaim(p.inheritedFrom, BaseSource.INHERITED_CELL, op.namespace, p.tableAt));
        }
      }
    }
  }

  /** The declared properties of each entity and complex type, by type key; bases are resolved first. */
  Map<String, List<PropertyDef>> resolveProperties() {
    Map<String, List<PropertyDef>> declared = new HashMap<>();
    // each type's own names only: a set of all inherited names per type would hold types x depth names
    Map<String, Set<String>> ownNames = new HashMap<>();
    enums.indexEnumsByMembers();
    List<TypeDraft> ordered = new ArrayList<>();
    Map<TypeDraft, Integer> depth = new HashMap<>();
    for (TypeDraft d : index.drafts.values()) {
      if (index.kinds.get(d.key) == TypeKind.ENTITY || index.kinds.get(d.key) == TypeKind.COMPLEX) {
        ordered.add(d);
        depth.put(d, index.depth(d));
      }
    }
    ordered.sort(Comparator.comparingInt((TypeDraft d) -> depth.get(d)).thenComparing(d -> d.key));
    for (TypeDraft d : ordered) {
      Set<String> inherited = new HashSet<>();
      TypeDraft base = index.resolvedBase.get(d.key);
      for (TypeDraft b = base; b != null && ownNames.containsKey(b.key); b = index.resolvedBase.get(b.key)) {
        inherited.addAll(ownNames.get(b.key)); // bases come first (ordered by depth), and the analysis broke cycles
      }
      List<PropertyDef> props = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (PropertyDraft p : d.properties.values()) {
        String lower = p.name.toLowerCase(Locale.ROOT);
        if (inherited.contains(lower) || p.inheritedFrom != null && base != null) {
          continue;
        }
        if (p.tableAt == null && p.jsonAt != null) {
          diagnostics.report(DiagnosticCode.PROPERTY_ONLY_IN_JSON, p.jsonAt,
              "property '" + p.name + "' of " + d.name + " is in the JSON representation but not in the property table");
        }
        PropertyDraft apiP = d.apiProperties.get(lower);
        TypeRef type = propertyType(d, p, apiP);
        boolean nav = !type.isPrimitive() && index.kinds.get(type.name().toLowerCase(Locale.ROOT)) == TypeKind.ENTITY;
        boolean nullable = nullability.nullable(d, p, apiP, type);
        boolean readOnly = facts.of(p.description).readOnly()
            || p.description.isBlank() && apiP != null && facts.of(apiP.description).readOnly();
        props.add(new PropertyDef(p.name, type, nav, nullable, readOnly, false, p.description,
            p.at != null ? p.at : TypeIndex.firstSource(d)));
        names.add(lower);
      }
      declared.put(d.key, props);
      ownNames.put(d.key, names);
    }
    return declared;
  }

  private TypeRef propertyType(TypeDraft owner, PropertyDraft p, PropertyDraft api) {
    TypeRef fromTable = p.tableType == null ? null : refFor(p.tableType, p, owner);
    TypeRef fromJson = p.jsonType == null ? null : refFor(p.jsonType, p, owner);
    TypeRef fromApi = api == null || api.tableType == null ? null : refFor(api.tableType, api, owner);
    if (fromTable != null && fromJson != null && p.jsonAt != null) {
      checkAgreement(owner, p, fromTable, fromJson);
    }
    TypeRef chosen = fromTable != null && !fromTable.isUnknown() ? fromTable : fromJson != null ? fromJson : fromApi;
    if (chosen == null) {
      chosen = fromTable != null ? fromTable : TypeRef.UNKNOWN;
    }
    // An enum hidden behind String: a named enum elsewhere, or values that match a known enum.
    if (chosen.name().equals("Edm.String")) {
      List<String> values = !p.possibleValues.isEmpty() ? p.possibleValues
          : !p.placeholderValues.isEmpty() ? p.placeholderValues
          : api != null ? api.possibleValues : List.of();
      if (fromApi != null && !fromApi.isPrimitive() && index.kinds.get(fromApi.name().toLowerCase(Locale.ROOT)) == TypeKind.ENUM) {
        TypeDraft e = index.drafts.get(fromApi.name().toLowerCase(Locale.ROOT));
        for (String v : values) {
          e.addMember(v, null, "", p.at, false);
        }
        return fromApi.asCollection(chosen.collection());
      }
      TypeDraft e = values.isEmpty() ? null : enums.enumWithMembers(values);
      if (e != null) {
        for (String v : values) {
          e.addMember(v, null, "", p.at, false);
        }
        return new TypeRef(e.qualifiedName(), chosen.collection());
      }
    }
    return chosen;
  }

  private TypeRef refFor(TypeCellParser.Parsed parsed, PropertyDraft p, TypeDraft owner) {
    TypeRef ref = index.quietRef(parsed, p.namespace);
    boolean json = parsed.name().substring(parsed.name().lastIndexOf('.') + 1).equalsIgnoreCase("json");
    if (ref.isUnknown() && !parsed.primitive() && !json && p.at != null && (p.tableAt == null || parsed == p.tableType)) {
      diagnostics.report(DiagnosticCode.UNKNOWN_TYPE, p.at,
          "property '" + p.name + "' of " + owner.name + " has type '" + parsed.name() + "', which no page defines; it is kept as untyped JSON");
    }
    return ref;
  }

  private void checkAgreement(TypeDraft owner, PropertyDraft p, TypeRef table, TypeRef json) {
    if (json.isUnknown() || table.isUnknown()) {
      return;
    }
    boolean structuredVsPrimitive = table.isPrimitive() != json.isPrimitive()
        && !(json.name().equals("Edm.String") && !table.isPrimitive());
    boolean booleanMismatch = table.isPrimitive() && json.isPrimitive()
        && (table.name().equals("Edm.Boolean") != json.name().equals("Edm.Boolean"));
    if (table.collection() != json.collection() || structuredVsPrimitive || booleanMismatch) {
      diagnostics.report(DiagnosticCode.CONFLICTING_PROPERTY_TYPES, p.jsonAt,
          "property '" + p.name + "' of " + owner.name + " is " + json.csdl() + " in the JSON representation but "
              + table.csdl() + " in the table; the table is used", p.tableAt);
    }
  }
}
