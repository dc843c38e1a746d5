package io.github.graphdocs.model;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The mapper every test uses, exactly as a user of the model would make it (no configuration: the
 * model fixes its own wire format), and a JSON tree comparison that lists what was lost or changed.
 */
final class Json {
  /** {@code new ObjectMapper().findAndRegisterModules()} and nothing else. */
  static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private Json() {}

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("reading as " + type.getSimpleName() + " failed: " + e.getMessage() + "\n" + json, e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError("writing " + value.getClass().getSimpleName() + " failed: " + e.getMessage(), e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
    }
  }

  /** Fails unless {@code actual} holds exactly what {@code expected} holds, listing every difference. */
  static void assertSameData(String expected, String actual) {
    List<String> differences = new ArrayList<>();
    compare("$", tree(expected), tree(actual), differences);
    if (!differences.isEmpty()) {
      fail("written JSON differs from the JSON read:\n  " + String.join("\n  ", differences)
          + "\nread:    " + tree(expected) + "\nwritten: " + tree(actual));
    }
  }

  /**
   * Compares two trees as data: member order does not matter; two date-times are equal when they
   * are the same instant; a number the docs wrote as a string equals that number.
   */
  static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
    if (actual == null || actual.isMissingNode()) {
      differences.add(path + ": lost (was " + expected + ")");
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (!expected.has(name)) {
          differences.add(path + "." + name + ": added (" + actual.get(name) + ")");
        } else {
          compare(path + "." + name, expected.get(name), actual.get(name), differences);
        }
      }
      return;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        differences.add(path + ": " + expected.size() + " elements became " + actual.size());
        return;
      }
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      for (int i = 0; e.hasNext(); i++) {
        compare(path + "[" + i + "]", e.next(), a.next(), differences);
      }
      return;
    }
    if (!sameScalar(expected, actual)) {
      differences.add(path + ": " + expected + " became " + actual);
    }
  }

  private static boolean sameScalar(JsonNode expected, JsonNode actual) {
    if (expected.equals(actual)) {
      return true;
    }
    if (expected.isTextual() && actual.isTextual()) {
      OffsetDateTime e = dateTime(expected.asText());
      OffsetDateTime a = dateTime(actual.asText());
      return e != null && a != null && e.toInstant().equals(a.toInstant());
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isTextual() && actual.isNumber()) {
      try {
        return new BigDecimal(expected.asText()).compareTo(actual.decimalValue()) == 0;
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
    return false;
  }

  private static OffsetDateTime dateTime(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A JSON object written with single quotes, for readable tests. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
