package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.DescriptionStatements.Nullability;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether null is a possible value of a property, from what the docs state, strongest first:
 * <ol>
 *   <li>the description says so: "Not nullable." (false), "Nullable." (true);
 *   <li>the description says "Optional.", or the resource annotation lists it in {@code optionalProperties}: true;
 *   <li>a create page lists it among "the properties that are required when you create" the type (or a
 *       type derived from the one that declares it) and its type is a value (a Boolean, a number, a date
 *       or time, a GUID, an enum; not a collection): false;
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

  NullabilityResolver(TypeIndex index) {
    this.index = index;
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
    String lower = p.name.toLowerCase(Locale.ROOT);
    Nullability stated = DescriptionStatements.nullability(p.description);
    if (stated == Nullability.UNSTATED && api != null) {
      stated = DescriptionStatements.nullability(api.description);
    }
    if (stated != Nullability.UNSTATED) {
      return stated == Nullability.NULLABLE;
    }
    if (DescriptionStatements.optional(p.description) || owner.optionalProperties.contains(lower)) {
      return true;
    }
    return !(owner.requiredOnCreate.contains(lower) && isValue(type));
  }

  private boolean isValue(TypeRef type) {
    if (type.collection() || type.isUnknown()) {
      return false;
    }
    return type.isPrimitive() ? VALUE_TYPES.contains(type.name())
        : index.kinds.get(type.name().toLowerCase(Locale.ROOT)) == TypeKind.ENUM;
  }
}
