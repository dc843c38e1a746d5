package io.github.graphdocs.verify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** How the docs' example JSON is read: exactly (numbers by value), or leniently as doc authors write it. */
final class ExampleJson {
  /** Reads the docs' JSON keeping every number exactly, so that numbers compare by value. */
  static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * Reads what doc authors write that JSON does not allow, as the Markdown stage reads annotations:
   * comments, trailing commas, single quotes and raw line breaks inside strings.
   */
  static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  private ExampleJson() {}

  /** The JSON read leniently, or null when it cannot be read at all. */
  static JsonNode parseQuietly(String json) {
    try {
      return json == null ? null : LENIENT.readTree(json);
    } catch (JsonProcessingException ex) {
      return null;
    }
  }

  /** The line of a parse error in the example (1 = its first line). */
  static int line(JsonProcessingException ex) {
    JsonLocation loc = ex.getLocation();
    return loc == null ? 1 : Math.max(1, loc.getLineNr());
  }
}
