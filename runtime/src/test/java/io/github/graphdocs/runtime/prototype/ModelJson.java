package io.github.graphdocs.runtime.prototype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The two mappers a user may make, with no configuration, and JSON helpers. */
public final class ModelJson {
  public static final ObjectMapper BARE = new ObjectMapper();
  public static final ObjectMapper MODULES = new ObjectMapper().findAndRegisterModules();
  public static final List<ObjectMapper> MAPPERS = List.of(BARE, MODULES);

  private ModelJson() {}

  public static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  public static JsonNode tree(String json) {
    try {
      return BARE.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  public static void assertSameJson(String expected, String actual) {
    assertEquals(tree(expected), tree(actual), () -> "expected " + expected + "\nbut was  " + actual);
  }
}
