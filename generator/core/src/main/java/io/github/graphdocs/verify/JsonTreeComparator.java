package io.github.graphdocs.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Compares a JSON value as the docs give it with the same value written back by the model. Equal means:
 * the same members in any order, numbers equal by value ({@code 1.0} = {@code 1}; a fraction also when
 * both are the same IEEE 754 double, as a {@code Double} property keeps it), date-times equal by
 * instant, durations, times of day and GUIDs equal by value; everything else exactly.
 */
public final class JsonTreeComparator {
  private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** What differs where. */
  public enum Kind {
    /** In the docs' JSON, not in the written JSON: data lost. */
    LOST,
    /** In the written JSON only. */
    ADDED,
    /** In both, with different values. */
    CHANGED
  }

  /**
   * One difference.
   *
   * @param path a JSONPath such as {@code $.value[0].status} or {@code $['@odata.type']}
   * @param expected the docs' value (null when {@link Kind#ADDED})
   * @param actual the written value (null when {@link Kind#LOST})
   */
  public record Difference(String path, Kind kind, JsonNode expected, JsonNode actual) {
    public String describe() {
      return switch (kind) {
        case LOST -> "lost " + path + " (was " + shorten(expected) + ")";
        case ADDED -> "added " + path + " (" + shorten(actual) + ")";
        case CHANGED -> "changed " + path + ": " + shorten(expected) + " was written back as " + shorten(actual);
      };
    }

    private static String shorten(JsonNode n) {
      String s = String.valueOf(n);
      return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
  }

  /** Every difference, in document order of the expected value (member names sorted). */
  public List<Difference> compare(JsonNode expected, JsonNode actual) {
    return compare("$", expected, actual);
  }

  /** Every difference, with paths below {@code rootPath} (the place of these values in a larger document). */
  public List<Difference> compare(String rootPath, JsonNode expected, JsonNode actual) {
    List<Difference> out = new ArrayList<>();
    compare(rootPath, expected, actual, out);
    return out;
  }

  private void compare(String path, JsonNode expected, JsonNode actual, List<Difference> out) {
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode a = actual.get(name);
        if (a == null) {
          out.add(new Difference(child(path, name), Kind.LOST, expected.get(name), null));
        } else {
          compare(child(path, name), expected.get(name), a, out);
        }
      }
      TreeSet<String> added = new TreeSet<>();
      for (Map.Entry<String, JsonNode> e : actual.properties()) {
        if (!expected.has(e.getKey())) {
          added.add(e.getKey());
        }
      }
      for (String name : added) {
        out.add(new Difference(child(path, name), Kind.ADDED, null, actual.get(name)));
      }
    } else if (expected.isArray() && actual.isArray()) {
      int n = Math.min(expected.size(), actual.size());
      for (int i = 0; i < n; i++) {
        compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
      for (int i = n; i < expected.size(); i++) {
        out.add(new Difference(path + "[" + i + "]", Kind.LOST, expected.get(i), null));
      }
      for (int i = n; i < actual.size(); i++) {
        out.add(new Difference(path + "[" + i + "]", Kind.ADDED, null, actual.get(i)));
      }
    } else if (!sameValue(expected, actual)) {
      out.add(new Difference(path, Kind.CHANGED, expected, actual));
    }
  }

  /** Whether two scalar (or mismatched) values are the same value. */
  static boolean sameValue(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) == 0) {
        return true;
      }
      // A Double property keeps the nearest IEEE 754 double: 47.640568390488626 may come back as
      // 47.640568390488625, the same double. Integers never take this path unless they are doubles too.
      double e = expected.doubleValue();
      return !expected.isIntegralNumber() && Double.isFinite(e) && e == actual.doubleValue();
    }
    if (expected.isTextual() && actual.isTextual()) {
      String e = expected.textValue();
      String a = actual.textValue();
      return e.equals(a) || sameTemporalOrGuid(e, a);
    }
    return expected.equals(actual);
  }

  private static boolean sameTemporalOrGuid(String e, String a) {
    if (GUID.matcher(e).matches() && GUID.matcher(a).matches()) {
      return UUID.fromString(e).equals(UUID.fromString(a));
    }
    char first = e.isEmpty() ? ' ' : e.charAt(0);
    try {
      if (first == 'P' || first == '-' && e.length() > 1 && e.charAt(1) == 'P') {
        return Duration.parse(e).equals(Duration.parse(a));
      }
      if (Character.isDigit(first)) {
        if (e.indexOf('T') > 0) {
          return OffsetDateTime.parse(e).toInstant().equals(OffsetDateTime.parse(a).toInstant());
        }
        if (e.indexOf(':') > 0) {
          return LocalTime.parse(e).equals(LocalTime.parse(a));
        }
      }
    } catch (DateTimeParseException | ArithmeticException ex) {
      return false;
    }
    return false;
  }

  /** {@code $.name} for plain names, {@code $['@odata.type']} for any other. */
  static String child(String path, String name) {
    if (!name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
        && name.chars().allMatch(Character::isJavaIdentifierPart)) {
      return path + "." + name;
    }
    return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
