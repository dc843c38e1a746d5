package io.github.graphdocs.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graphdocs.verify.JsonTreeComparator;
import io.github.graphdocs.verify.JsonTreeComparator.Difference;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a difference between an example's body and the body the generated call sends is the
 * example's fault: a Boolean or number written as a string ({@code "false"}), a placeholder where a
 * typed value belongs ({@code "onBehalfOfUserId-value"}), a date-time where the type is a date, or a
 * member name in another letter case than the documented parameter's.
 */
final class BodyDifferences {
  private static final Pattern PLACEHOLDER = Pattern.compile("(?i).*-value$|^\\{.*\\}$|^<.*>$|.*\\bvalue\\b.*\\bhere\\b.*");
  /** One step of a difference's path: {@code .name}, {@code ['name']} or {@code [3]}. */
  private static final Pattern PATH_STEP = Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$]*)|\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[\\d+\\]");
  private static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.*");

  private BodyDifferences() {}

  private static boolean sameNumber(String text, JsonNode number) {
    try {
      return new java.math.BigDecimal(text.trim()).compareTo(number.decimalValue()) == 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  /**
   * Whether a member the call leaves out of a create or update body is a property its type (or a
   * base, or the type of the structured property that holds it) documents as read-only: request
   * bodies leave those out, so the example contradicts its own type's page.
   */
  static boolean readOnlyMember(Schema schema, TypeRef bodyType, String path) {
    if (bodyType == null) {
      return false;
    }
    Matcher m = PATH_STEP.matcher(path.startsWith("$") ? path.substring(1) : path);
    String type = bodyType.name();
    PropertyDef last = null;
    int end = 0;
    while (m.lookingAt()) {
      end = m.end();
      String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2).replace("\\'", "'") : null;
      if (name != null) {
        if (type == null) {
          return false;
        }
        last = property(schema, type, name);
        if (last == null) {
          return false;
        }
        type = last.type().name();
      }
      m.region(end, m.regionEnd());
    }
    return end == m.regionEnd() && last != null && last.readOnly();
  }

  private static PropertyDef property(Schema schema, String typeName, String name) {
    Set<String> seen = new HashSet<>();
    for (TypeDef t = schema.find(typeName).orElse(null); t != null && seen.add(t.lowerName());
        t = t.baseType() == null ? null : schema.find(t.baseType()).orElse(null)) {
      for (PropertyDef p : t.properties()) {
        if (p.name().equals(name)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The doc error a difference shows, or null when it is none (a graphdocs defect). */
  static String docsCause(Difference d, List<Difference> all) {
    JsonNode e = d.expected();
    JsonNode a = d.actual();
    if (d.kind() == JsonTreeComparator.Kind.CHANGED && e.isTextual() && a != null && a.isValueNode() && !a.isTextual()
        && (e.asText().equals(a.asText()) || a.isNumber() && sameNumber(e.asText(), a))) {
      return "the example writes a Boolean or number as a string";
    }
    if (d.kind() == JsonTreeComparator.Kind.CHANGED && e.isTextual() && PLACEHOLDER.matcher(e.asText()).matches()) {
      return "the example holds a placeholder where the type needs a value";
    }
    if (d.kind() == JsonTreeComparator.Kind.CHANGED && e.isTextual() && a != null && a.isTextual()
        && DATE_TIME.matcher(e.asText()).matches() && e.asText().startsWith(a.asText())) {
      return "the example gives a date-time where the type is a date";
    }
    if (d.kind() == JsonTreeComparator.Kind.LOST || d.kind() == JsonTreeComparator.Kind.ADDED) {
      String name = d.path().substring(d.path().lastIndexOf('.') + 1);
      for (Difference o : all) {
        String other = o.path().substring(o.path().lastIndexOf('.') + 1);
        if (o != d && o.kind() != d.kind() && o.kind() != JsonTreeComparator.Kind.CHANGED && other.equalsIgnoreCase(name)
            && !other.equals(name)) {
          return "the example spells a member in another letter case than its documented name";
        }
      }
    }
    return null;
  }
}
