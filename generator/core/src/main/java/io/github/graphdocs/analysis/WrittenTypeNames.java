package io.github.graphdocs.analysis;

import io.github.graphdocs.markdown.DocLink;
import java.util.regex.Pattern;

/** Type names as pages write them: in annotations ({@code #microsoft.graph.x}), prose, links and cells. */
final class WrittenTypeNames {
  /** A name as it stands in text: letters, digits, '_' and inner dots. */
  static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9_]");
  private static final Pattern LINK_FILE_SUFFIX = Pattern.compile("(\\.md)?(#.*)?$");

  private WrittenTypeNames() {}

  /** The type a link names: its text when that is a name, else the file name of its destination. */
  static String linkTypeName(DocLink l) {
    String text = l.text().replace("`", "").trim();
    if (WORD.matcher(text).matches() || text.matches("[A-Za-z]")) {
      return text;
    }
    String dest = l.destination();
    int slash = dest.lastIndexOf('/');
    String file = LINK_FILE_SUFFIX.matcher(dest.substring(slash + 1)).replaceFirst("");
    return WORD.matcher(file).matches() ? file : null;
  }

  static String stripHash(String s) {
    String t = s.trim();
    while (t.startsWith("#")) {
      t = t.substring(1);
    }
    return t;
  }

  static String trimDots(String s) {
    String t = s;
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
