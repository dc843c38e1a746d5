package io.github.graphdocs.markdown;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An HTML comment holding a JSON object ({@code <!-- { "blockType": ... } -->}). {@code json} is null
 * when the comment could not be read even leniently.
 */
public record DocAnnotation(ObjectNode json, int line) {

  /** A string member, or "" when absent or not a string. */
  public String string(String key) {
    if (json == null || json.get(key) == null || !json.get(key).isValueNode() || json.get(key).isNull()) {
      return "";
    }
    return json.get(key).asText("").trim();
  }

  public boolean flag(String key) {
    return json != null && json.get(key) != null
        && (json.get(key).asBoolean(false) || "true".equalsIgnoreCase(json.get(key).asText()));
  }

  public String blockType() {
    return string("blockType").toLowerCase(java.util.Locale.ROOT);
  }
}
