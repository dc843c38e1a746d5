package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Enums that pages do not document as such: a Type cell that names an undefined type and lists
 * possible values creates the enum (or extends a known one); and an index of enums by their member
 * names, so that a String property whose values are exactly an enum's members can be typed by it.
 */
final class EnumResolver {
  private final TypeIndex index;
  /** Enums by their member names (lower case, unknownFutureValue aside); built when properties are resolved. */
  private final Map<Set<String>, List<TypeDraft>> enumsByMembers = new HashMap<>();

  EnumResolver(TypeIndex index) {
    this.index = index;
  }

  /** Named enum types in Type cells, with their possible values, create or extend enums. */
  void createEnumsFromReferences() {
    List<PropertyDraft> all = new ArrayList<>();
    for (TypeDraft d : new ArrayList<>(index.drafts.values())) {
      all.addAll(d.properties.values());
      all.addAll(d.apiProperties.values());
    }
    for (PropertyDraft p : all) {
      if (p.tableType == null || p.tableType.primitive() || p.possibleValues.isEmpty()) {
        continue;
      }
      TypeDraft target = index.resolve(p.tableType.name(), p.namespace);
      if (target == null) {
        String ns = p.tableType.name().contains(".")
            ? p.tableType.name().substring(0, p.tableType.name().lastIndexOf('.')) : p.namespace;
        String simple = p.tableType.name().substring(p.tableType.name().lastIndexOf('.') + 1);
        if (!TypeIndex.TYPE_NAME.matcher(simple).matches()) {
          continue;
        }
        String key = (ns + "." + simple).toLowerCase(Locale.ROOT);
        target = new TypeDraft(key, index.canonicalNamespace(ns), simple);
        target.enumerated = true;
        target.enumSource = p.tableAt;
        index.addEnum(key, target);
      }
      if (index.kinds.get(target.key) == TypeKind.ENUM) {
        for (String v : p.possibleValues) {
          target.addMember(v, null, "", p.tableAt, false);
        }
      }
    }
  }

  void indexEnumsByMembers() {
    enumsByMembers.clear();
    for (TypeDraft d : index.drafts.values()) {
      if (index.kinds.get(d.key) == TypeKind.ENUM) {
        Set<String> have = new HashSet<>(d.members.keySet());
        have.remove("unknownfuturevalue");
        enumsByMembers.computeIfAbsent(have, k -> new ArrayList<>()).add(d);
      }
    }
  }

  /** The one enum whose members are exactly these values (unknownFutureValue aside), or null. */
  TypeDraft enumWithMembers(List<String> values) {
    Set<String> wanted = PossibleValues.lower(values);
    wanted.remove("unknownfuturevalue");
    if (wanted.size() < 2) {
      return null;
    }
    List<TypeDraft> found = enumsByMembers.get(wanted);
    return found != null && found.size() == 1 ? found.get(0) : null;
  }
}
