package io.github.graphdocs.markdown;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.graphdocs.diagnostics.JsonErrorText;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads JSON the way doc authors write it: comments, trailing commas, single quotes, unquoted names,
 * leading zeros and non-ASCII white space are accepted. What still fails is reported in plain words
 * ({@link JsonErrorText}) with the line and column of the fault, relative to the text given.
 */
public final class LenientJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(200).maxStringLength(5_000_000).maxNumberLength(1000).build());
  }

  private LenientJson() {}

  /** The outcome: a node, or an error message with a 1-based line and column. */
  public record Result(JsonNode node, String error, int line, int column) {
    public boolean ok() {
      return node != null;
    }
  }

  public static Result parse(String text) {
    String cleaned = clean(text);
    try (JsonParser p = MAPPER.getFactory().createParser(cleaned)) {
      JsonNode node = MAPPER.readTree(p);
      if (node == null || node.isMissingNode()) {
        return new Result(null, "no JSON value", 1, 1);
      }
      if (p.nextToken() != null) {
        JsonLocation loc = p.currentLocation();
        return new Result(null, "unexpected text after the JSON value", loc.getLineNr(), loc.getColumnNr());
      }
      return new Result(node, null, 0, 0);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      return new Result(null, JsonErrorText.of(e),
          loc == null ? 1 : Math.max(1, loc.getLineNr()), loc == null ? 1 : Math.max(1, loc.getColumnNr()));
    } catch (IOException | RuntimeException e) {
      return new Result(null, "the JSON cannot be read", 1, 1);
    }
  }

  /**
   * The 1-based line of each name of the top-level object, where it first stands, read as {@link #parse}
   * reads the text (quoted, single-quoted or bare names, escapes decoded): one pass over the text, so that
   * locating every key of a large block costs no more than reading it. Names before a syntax error are kept.
   */
  public static Map<String, Integer> topLevelKeyLines(String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = MAPPER.getFactory().createParser(clean(text))) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
          if (depth == 0) {
            break;
          }
        } else if (t == JsonToken.FIELD_NAME && depth == 1) {
          lines.putIfAbsent(p.currentName(), p.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException | RuntimeException e) {
      // the names read so far are the answer: callers fall back to the block's first line
    }
    return lines;
  }

  /** Non-ASCII spaces become ASCII spaces; nothing else changes, so lines and columns still match. */
  static String clean(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u200B' || c == '\uFEFF'
          || (c >= '\u2000' && c <= '\u200A')) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, ' ');
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** The shared lenient mapper, for callers that need to write or convert trees. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
