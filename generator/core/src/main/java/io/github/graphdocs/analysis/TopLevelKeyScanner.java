package io.github.graphdocs.analysis;

import java.util.ArrayList;
import java.util.List;

/** Finds the depth-1 keys of a JSON-like text that no parser accepts (the fallback for broken blocks). */
final class TopLevelKeyScanner {
  private TopLevelKeyScanner() {}

  static List<String> keys(String text) {
    List<String> keys = new ArrayList<>();
    int depth = 0;
    boolean inString = false;
    StringBuilder current = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 1 && current != null) {
            int j = i + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
              j++;
            }
            if (j < text.length() && text.charAt(j) == ':') {
              keys.add(current.toString());
            }
          }
          current = null;
        } else if (current != null) {
          current.append(c);
        }
      } else if (c == '"') {
        inString = true;
        current = new StringBuilder();
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return keys;
  }
}
