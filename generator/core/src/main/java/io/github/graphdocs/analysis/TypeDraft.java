package io.github.graphdocs.analysis;

import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Everything the pages say about one type, before it is resolved. Mutable; lives only in analysis. */
final class TypeDraft {
  /** How sure a statement of the base type is; higher wins. */
  enum BaseSource { INHERITED_CELL, DERIVED_LIST, PROSE, ANNOTATION }

  record BaseClaim(String target, BaseSource source, String contextNamespace, SourceLocation at) {}

  final String key;
  String namespace;
  String name;
  boolean structured;
  boolean enumerated;
  /** Has a key: a keyProperty the type really lists, or a String {@code id}. Decided after all pages are read. */
  boolean keyed;
  String keyProperty;
  boolean hasMethods;
  boolean hasRelationships;
  /** An API page reads or updates it by key. */
  boolean addressable;
  boolean isAbstract;
  boolean open;
  boolean flags;
  /** Its page speaks of derived types or of being a base type. */
  boolean mentionsDerivedTypes;
  String description = "";
  final List<BaseClaim> baseClaims = new ArrayList<>();
  final Map<String, PropertyDraft> properties = new LinkedHashMap<>();
  final Map<String, PropertyDraft> apiProperties = new LinkedHashMap<>();
  final Map<String, MemberDraft> members = new LinkedHashMap<>();
  /** Lower-case names its resource annotations list in {@code optionalProperties}. */
  final Set<String> optionalProperties = new HashSet<>();
  /** Lower-case names a create page says are required when creating it. */
  final Set<String> requiredOnCreate = new HashSet<>();
  final List<SourceLocation> sources = new ArrayList<>();
  SourceLocation enumSource;

  TypeDraft(String key, String namespace, String name) {
    this.key = key;
    this.namespace = namespace;
    this.name = name;
  }

  String qualifiedName() {
    return namespace + "." + name;
  }

  /** Adds an enum member, or completes the one of that name (ignoring case) with its value and description. */
  void addMember(String name, Long value, String description, SourceLocation at, boolean fromTable) {
    MemberDraft existing = members.get(name.toLowerCase(Locale.ROOT));
    if (existing == null) {
      members.put(name.toLowerCase(Locale.ROOT), new MemberDraft(name, value, description, at, fromTable));
      return;
    }
    if (existing.value == null) {
      existing.value = value;
    }
    if (existing.description.isEmpty()) {
      existing.description = description;
    }
    // Graph members are camelCase: prefer a spelling that starts in lower case.
    if (!existing.fromTable && Character.isUpperCase(existing.name.charAt(0)) && Character.isLowerCase(name.charAt(0))) {
      existing.name = name;
    }
  }

  /** One property as one page states it. */
  static final class PropertyDraft {
    final String name;
    String namespace;
    TypeCellParser.Parsed tableType;
    String tableTypeText = "";
    SourceLocation tableAt;
    TypeCellParser.Parsed jsonType;
    String jsonTypeName;
    SourceLocation jsonAt;
    String description = "";
    List<String> possibleValues = List.of();
    /** Members of an "a | b | c" JSON placeholder. */
    List<String> placeholderValues = List.of();
    String inheritedFrom;
    SourceLocation at;

    PropertyDraft(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }
  }

  /** One enum member. */
  static final class MemberDraft {
    String name;
    Long value;
    String description = "";
    final SourceLocation at;
    final boolean fromTable;

    MemberDraft(String name, Long value, String description, SourceLocation at, boolean fromTable) {
      this.name = name;
      this.value = value;
      this.description = description;
      this.at = at;
      this.fromTable = fromTable;
    }
  }
}
