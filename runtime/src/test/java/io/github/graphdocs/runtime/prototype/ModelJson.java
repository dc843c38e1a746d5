package io.github.graphdocs.runtime.prototype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The two mappers a user may make, with no configuration, and JSON helpers. */
final class ModelJson {
  static final ObjectMapper BARE = new ObjectMapper();
  static final ObjectMapper MODULES = new ObjectMapper().findAndRegisterModules();
  static final List<ObjectMapper> MAPPERS = List.of(BARE, MODULES);

  private ModelJson() {}

  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static JsonNode tree(String json) {
    try {
      return BARE.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  static void assertSameJson(String expected, String actual) {
    assertEquals(tree(expected), tree(actual), () -> "expected " + expected + "\nbut was  " + actual);
  }
}
