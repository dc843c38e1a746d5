package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.DescriptionStatements.Nullability;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether null is a possible value of a property, from what the docs state, strongest first:
 * <ol>
 *   <li>the description says so: "Not nullable." (false), "Nullable." (true);
 *   <li>the description says "Optional.", or the resource annotation lists it in {@code optionalProperties}: true;
 *   <li>the description states a range of valid values ("Valid values 4 to 16") for a value: true (the range
 *       limits a value when one is set; the docs write it for settings that may be left unset); and so are the
 *       type's other values of the same primitive type ({@code statesRangeForType}): the range marks them as
 *       settings of the same kind;
 *   <li>a create page lists it among "the properties that are required when you create" the type (or a
 *       type derived from the one that declares it) and its type is a value (a Boolean, a number, a date
 *       or time, a GUID, an enum; not a collection): false;
 *   <li>the same for the value-typed properties of a complex type whose values such a create page requires:
 *       a listed property of that complex type (single or collection), a complex type nested in one, or a
 *       type derived from one ({@link #applyRequiredComplexValues}): false;
 *   <li>otherwise: true.
 * </ol>
 * Key properties are never null; {@link SchemaBuilder} sets that once keys are decided. "Required." in a
 * description is not a rule: on the v1.0 corpus it is as often nullable as not (it speaks of creating).
 */
final class NullabilityResolver {
  private static final Set<String> VALUE_TYPES = Set.of(
      "Edm.Boolean", "Edm.Byte", "Edm.SByte", "Edm.Int16", "Edm.Int32", "Edm.Int64", "Edm.Single", "Edm.Double",
      "Edm.Decimal", "Edm.Date", "Edm.DateTimeOffset", "Edm.TimeOfDay", "Edm.Duration", "Edm.Guid");

  private final TypeIndex index;
  private final DescriptionFacts facts;
  /** Per type key: the primitive types of the properties whose descriptions state a range of valid values. */
  private final Map<String, Set<String>> rangedTypes = new HashMap<>();

  NullabilityResolver(TypeIndex index, DescriptionFacts facts) {
    this.index = index;
    this.facts = facts;
  }

  /** Records each create page's claim on the type it names and on the bases that declare what it lists. */
  void applyRequiredOnCreate(List<RequiredOnCreateReader.Claim> claims) {
    for (RequiredOnCreateReader.Claim c : claims) {
      TypeDraft t = index.resolve(c.typeName(), c.namespace());
      if (t == null) {
        continue;
      }
      t.requiredOnCreate.addAll(c.propertyNames());
      for (TypeDraft base : index.ancestors(t)) {
        base.requiredOnCreate.addAll(c.propertyNames());
      }
    }
  }

  /** Whether {@code p}, declared by {@code owner} with the resolved {@code type}, can be null. */
  boolean nullable(TypeDraft owner, PropertyDraft p, PropertyDraft api, TypeRef type) {
    return nullable(owner, p, api, type, owner.requiredOnCreate.contains(p.name.toLowerCase(Locale.ROOT)));
  }

  private boolean nullable(TypeDraft owner, PropertyDraft p, PropertyDraft api, TypeRef type, boolean required) {
    DescriptionStatements.Facts stated = facts.of(p.description);
    Nullability statedNull = stated.nullability();
    if (statedNull == Nullability.UNSTATED && api != null) {
      statedNull = facts.of(api.description).nullability();
    }
    if (statedNull != Nullability.UNSTATED) {
      return statedNull == Nullability.NULLABLE;
    }
    if (stated.optional() || owner.optionalProperties.contains(p.name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!isValue(type)) {
      return true;
    }
    return stated.valueRange() || statesRangeForType(owner, type) || !required;
  }

  /**
   * Rule 3 on a type's other values: when the type's page states a range of valid values for one property
   * ("Valid values 0 to 24" on an Int32), the type's other single values of that primitive type are settings
   * of the same kind, which may be left unset: nullable too. Only the page's own rows count, never another type's.
   */
  private boolean statesRangeForType(TypeDraft owner, TypeRef type) {
    Set<String> ranged = rangedTypes.computeIfAbsent(owner.key, k -> {
      Set<String> names = new HashSet<>();
      for (PropertyDraft q : owner.properties.values()) {
        if (q.tableType != null && q.tableType.primitive() && !q.tableType.collection()
            && facts.of(q.description).valueRange()) {
          names.add(q.tableType.name());
        }
      }
      return names;
    });
    return type.isPrimitive() && ranged.contains(type.name());
  }

  /**
   * Rule 5: the complex types whose values a create page requires, and their value-typed properties not
   * nullable unless a stronger rule says otherwise. Runs once every type's declared properties are resolved.
   */
  Map<String, List<PropertyDef>> applyRequiredComplexValues(Map<String, List<PropertyDef>> declared) {
    Set<String> required = requiredComplexTypes(declared);
    if (required.isEmpty()) {
      return declared;
    }
    Map<String, List<PropertyDef>> out = new HashMap<>(declared);
    for (String key : required) {
      TypeDraft owner = index.drafts.get(key);
      List<PropertyDef> props = declared.get(key);
      if (owner == null || props == null) {
        continue;
      }
      List<PropertyDef> changed = new ArrayList<>(props.size());
      for (PropertyDef d : props) {
        String lower = d.name().toLowerCase(Locale.ROOT);
        PropertyDraft p = owner.properties.get(lower);
        boolean nullable = d.nullable() && (p == null || nullable(owner, p, owner.apiProperties.get(lower), d.type(), true));
        changed.add(nullable == d.nullable() ? d
            : new PropertyDef(d.name(), d.type(), d.navigation(), false, d.readOnly(), d.bothShapes(), d.description(), d.source()));
      }
      out.put(key, changed);
    }
    return out;
  }

  /**
   * The complex types a create page's required list reaches: the type of each listed property (or its
   * element type), then the complex types their properties (declared or inherited) have, and the types
   * derived from any of them.
   */
  private Set<String> requiredComplexTypes(Map<String, List<PropertyDef>> declared) {
    Map<String, List<String>> derived = new HashMap<>();
    index.resolvedBase.forEach((child, base) -> derived.computeIfAbsent(base.key, k -> new ArrayList<>()).add(child));
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>();
    for (TypeDraft t : index.drafts.values()) {
      if (t.requiredOnCreate.isEmpty()) {
        continue;
      }
      for (PropertyDef p : withInherited(t, declared)) {
        if (t.requiredOnCreate.contains(p.name().toLowerCase(Locale.ROOT))) {
          reach(complexKey(p.type()), reached, work);
        }
      }
    }
    while (!work.isEmpty()) {
      String key = work.pop();
      for (String child : derived.getOrDefault(key, List.of())) {
        reach(child, reached, work);
      }
      for (PropertyDef p : withInherited(index.drafts.get(key), declared)) {
        reach(complexKey(p.type()), reached, work);
      }
    }
    return reached;
  }

  private void reach(String key, Set<String> reached, Deque<String> work) {
    if (key != null && index.kinds.get(key) == TypeKind.COMPLEX && reached.add(key)) {
      work.push(key);
    }
  }

  private List<PropertyDef> withInherited(TypeDraft t, Map<String, List<PropertyDef>> declared) {
    List<PropertyDef> out = new ArrayList<>(declared.getOrDefault(t.key, List.of()));
    for (TypeDraft base : index.ancestors(t)) {
      out.addAll(declared.getOrDefault(base.key, List.of()));
    }
    return out;
  }

  private static String complexKey(TypeRef type) {
    return type.isPrimitive() || type.isUnknown() ? null : type.name().toLowerCase(Locale.ROOT);
  }

  private boolean isValue(TypeRef type) {
    if (type.collection() || type.isUnknown()) {
      return false;
    }
    return type.isPrimitive() ? VALUE_TYPES.contains(type.name())
        : index.kinds.get(type.name().toLowerCase(Locale.ROOT)) == TypeKind.ENUM;
  }
}
