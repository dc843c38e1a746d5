package io.github.graphdocs.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graphdocs.javagen.ModelEmitter;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against the type the docs give it, without the model: a string where the docs
 * say Int32, a date-time without an offset, a GUID that is not one. Such a value is a doc error; a
 * value that fits its documented type but does not survive the model is a model defect. Members the
 * docs do not describe are not checked (the model keeps them as read).
 */
public final class DocumentedTypeChecker {
  private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final int MAX_DEPTH = 64;

  /**
   * A value that does not fit its documented type.
   *
   * @param category the reason without the value, to count causes: {@code string for Edm.Int32}
   * @param value the value as the docs give it
   */
  public record Mismatch(String path, String reason, String category, JsonNode value) {
    /**
     * Whether the value is a doc template's placeholder rather than data: {@code "datetime-value"},
     * {@code "String (timestamp)"}, {@code "Boolean"} where the docs give a typed (non-string) value.
     */
    public boolean isPlaceholder() {
      return value.isTextual() && PLACEHOLDER.matcher(value.textValue().trim()).matches();
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)[a-z0-9_.@ -]*-value|(edm\\.)?(string|boolean|bool|int16|int32|int64|integer|number|double|single|decimal|date|datetime"
          + "|datetimeoffset|timestamp|timeofday|time|duration|guid|uuid|binary|byte|bytes|stream)( ?\\(.*\\))?");

  private final Map<String, TypeDef> types;

  public DocumentedTypeChecker(Schema schema) {
    this.types = schema.byName();
  }

  /** Every mismatch inside {@code value}, documented as {@code type}, with paths below {@code path}. */
  public List<Mismatch> check(TypeRef type, JsonNode value, String path) {
    List<Mismatch> out = new ArrayList<>();
    check(type, value, path, out, 0);
    return out;
  }

  /** The structured type a JSON object is read as: its {@code @odata.type} when that names a subtype. */
  public TypeDef effectiveType(TypeDef declared, JsonNode object) {
    JsonNode id = object.get("@odata.type");
    if (id == null || !id.isTextual()) {
      return declared;
    }
    String name = id.textValue().startsWith("#") ? id.textValue().substring(1) : id.textValue();
    TypeDef named = types.get(name.toLowerCase(Locale.ROOT));
    return named != null && named.kind() != TypeKind.ENUM && isSubtype(named, declared) ? named : declared;
  }

  /** Whether {@code t} is {@code base} or derives from it. */
  public boolean isSubtype(TypeDef t, TypeDef base) {
    Set<String> seen = new HashSet<>();
    for (TypeDef c = t; c != null && seen.add(c.lowerName()); c = baseOf(c)) {
      if (c.lowerName().equals(base.lowerName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A collection page, {@code {"@odata.context": ..., "value": [...], "@odata.nextLink": ...}}: an object
   * whose only member besides {@code value} (an array) is control information, for a type that has no
   * {@code value} property itself.
   */
  public boolean isCollectionEnvelope(JsonNode root, TypeDef def) {
    if (!root.isObject() || !root.path("value").isArray() || property(def, "value") != null) {
      return false;
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!name.equals("value") && !name.startsWith("@")) {
        return false;
      }
    }
    return true;
  }

  /** The property a structured type (or a base of it) declares under this exact wire name, or null. */
  public PropertyDef property(TypeDef t, String wireName) {
    Set<String> seen = new HashSet<>();
    for (TypeDef c = t; c != null && seen.add(c.lowerName()); c = baseOf(c)) {
      for (PropertyDef p : c.properties()) {
        if (p.name().equals(wireName)) {
          return p;
        }
      }
    }
    return null;
  }

  TypeDef find(String qualifiedName) {
    return types.get(qualifiedName.toLowerCase(Locale.ROOT));
  }

  private TypeDef baseOf(TypeDef t) {
    return t.baseType() == null ? null : types.get(t.baseType().toLowerCase(Locale.ROOT));
  }

  private void check(TypeRef type, JsonNode value, String path, List<Mismatch> out, int depth) {
    if (value.isNull() || type.isUnknown() || depth > MAX_DEPTH) {
      return;
    }
    if (type.collection()) {
      if (!value.isArray()) {
        out.add(new Mismatch(path, kindOf(value) + " where the docs give " + type.csdl(), shortKind(value) + " for a collection", value));
        return;
      }
      TypeRef element = type.asCollection(false);
      for (int i = 0; i < value.size(); i++) {
        check(element, value.get(i), path + "[" + i + "]", out, depth + 1);
      }
      return;
    }
    if (!type.isPrimitive()) {
      TypeDef def = find(type.name());
      if (def == null || ModelEmitter.isFreeFormJson(def)) {
        return; // the model keeps a value of an undefined or free-form type as raw JSON
      }
      if (def.kind() == TypeKind.ENUM) {
        if (!value.isTextual()) {
          out.add(new Mismatch(path, kindOf(value) + " where the docs give the enum " + type.name(), shortKind(value) + " for an enum", value));
        }
        return;
      }
      if (!value.isObject()) {
        out.add(new Mismatch(path, kindOf(value) + " where the docs give the object type " + type.name(),
            shortKind(value) + " for an object type", value));
        return;
      }
      TypeDef actual = effectiveType(def, value);
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        PropertyDef p = property(actual, member.getKey());
        if (p != null) {
          // a property the examples show in both shapes takes either: the shape the value has
          TypeRef shape = p.bothShapes() ? p.type().asCollection(member.getValue().isArray()) : p.type();
          check(shape, member.getValue(), JsonTreeComparator.child(path, member.getKey()), out, depth + 1);
        }
      }
      return;
    }
    String reason = primitiveMismatch(type.name(), value);
    if (reason != null) {
      out.add(new Mismatch(path, reason, shortKind(value) + " for " + type.name(), value));
    }
  }

  /** Why a JSON value is not a valid value of an Edm primitive type, or null when it is. */
  static String primitiveMismatch(String edm, JsonNode v) {
    String where = kindOf(v) + " where the docs give " + edm;
    switch (edm) {
      case "Edm.String", "Edm.Stream":
        return v.isTextual() ? null : where;
      case "Edm.Boolean":
        return v.isBoolean() ? null : where;
      case "Edm.Int16":
        return integral(v, Short.MIN_VALUE, Short.MAX_VALUE) ? null : where;
      case "Edm.Int32":
        return integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE) ? null : where;
      case "Edm.Int64":
        return integral(v, Long.MIN_VALUE, Long.MAX_VALUE) ? null : where;
      case "Edm.Byte":
        return integral(v, 0, 255) ? null : where;
      case "Edm.SByte":
        return integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE) ? null : where;
      case "Edm.Double", "Edm.Single", "Edm.Decimal":
        return v.isNumber() ? null : where;
      case "Edm.Guid":
        return v.isTextual() && GUID.matcher(v.textValue()).matches() ? null : where;
      case "Edm.DateTimeOffset":
        return v.isTextual() && parses(() -> OffsetDateTime.parse(v.textValue())) ? null
            : where + " (an ISO 8601 date-time with an offset, such as 2024-01-31T12:00:00Z)";
      case "Edm.Date":
        return v.isTextual() && parses(() -> LocalDate.parse(v.textValue())) ? null : where + " (yyyy-mm-dd)";
      case "Edm.TimeOfDay":
        return v.isTextual() && parses(() -> LocalTime.parse(v.textValue())) ? null : where + " (hh:mm:ss)";
      case "Edm.Duration":
        return v.isTextual() && parses(() -> Duration.parse(v.textValue())) ? null
            : where + " (an ISO 8601 day-time duration, such as PT1H30M)";
      case "Edm.Binary":
        return v.isTextual() && canonicalBase64(v.textValue()) ? null : where + " (base64)";
      default:
        return null;
    }
  }

  private static boolean integral(JsonNode v, long min, long max) {
    if (!v.isNumber()) {
      return false;
    }
    BigDecimal d = v.decimalValue();
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      return false;
    }
    return d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException | ArithmeticException e) {
      return false;
    }
  }

  private static boolean canonicalBase64(String s) {
    try {
      return Base64.getEncoder().encodeToString(Base64.getDecoder().decode(s)).equals(s);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String shortKind(JsonNode v) {
    return v.isNumber() ? "number" : v.getNodeType().name().toLowerCase(Locale.ROOT).replace("pojo", "value");
  }

  static String kindOf(JsonNode v) {
    if (v.isTextual()) {
      String s = v.textValue();
      return "the string \"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\"";
    }
    if (v.isNumber()) {
      return "the number " + v;
    }
    if (v.isBoolean()) {
      return "the boolean " + v;
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isObject()) {
      return "an object";
    }
    return "a " + v.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
