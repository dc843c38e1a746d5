package io.github.graphdocs.analysis;

/** How the docs write a request line: {@code METHOD path [HTTP/1.1]}, where the path may hold spaces inside braces. */
public final class RequestLines {
  private RequestLines() {}

  /** The path of a request line: up to the first white space outside braces, parentheses and quotes. */
  public static String pathText(String rest) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == '{' || c == '(')) {
        depth++;
      } else if (!quoted && (c == '}' || c == ')') && depth > 0) {
        depth--;
      } else if (Character.isWhitespace(c) && depth == 0 && !quoted) {
        return rest.substring(0, i);
      }
    }
    return rest.trim();
  }

}
