package io.github.graphdocs.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Finds the line of a JSON member, named by a path as {@link JsonTreeComparator} writes it, in JSON text. */
final class JsonLineLocator {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

  private JsonLineLocator() {}

  /**
   * The 1-based line in {@code json} where {@code path} (or the nearest enclosing member that exists)
   * starts; 1 when nothing matches.
   */
  static int lineOf(String json, String path) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonStreamContext ctx = p.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          ctx = ctx.getParent();
        }
        lines.putIfAbsent(pathOf(ctx), p.currentTokenLocation().getLineNr());
      }
    } catch (IOException | RuntimeException e) {
      // a fault stops the scan; the members seen so far still have their lines
    }
    for (String p = path; ; p = parent(p)) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.equals("$") || p.isEmpty()) {
        return 1;
      }
    }
  }

  private static String pathOf(JsonStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "$";
    }
    String parent = pathOf(ctx.getParent());
    if (ctx.inArray()) {
      return parent + "[" + Math.max(0, ctx.getCurrentIndex()) + "]";
    }
    return ctx.getCurrentName() == null ? parent : JsonTreeComparator.child(parent, ctx.getCurrentName());
  }

  /** {@code $.a.b[2]} to {@code $.a.b}, {@code $.a['x.y']} to {@code $.a}. */
  static String parent(String path) {
    int cut = -1;
    boolean quoted = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == '.' || c == '[')) {
        cut = i;
      }
    }
    return cut <= 0 ? "$" : path.substring(0, cut);
  }
}
