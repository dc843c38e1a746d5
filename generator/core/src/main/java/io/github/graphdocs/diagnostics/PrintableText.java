package io.github.graphdocs.diagnostics;

import java.util.Locale;

/**
 * Makes text from the docs or the file system safe to print on one line of a report: every character
 * that could start a new line, move the cursor, or reorder what a reader sees (C0 and C1 controls,
 * DEL, U+2028/U+2029, bidi controls, unpaired surrogates) becomes a visible escape: {@code \n},
 * {@code \r}, {@code \t}, or a backslash, {@code u} and four hex digits. A file named
 * {@code "a.md\n1:1: error: [GD302] forged"} then prints as one line and cannot forge a diagnostic.
 */
public final class PrintableText {
  private PrintableText() {}

  /** {@code text} with every unsafe character escaped; the same string when there is none. */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !needsEscape(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i)) {
        sb.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
          sb.append('\\').append('u').append("0".repeat(4 - hex.length())).append(hex);
        }
      }
    }
    return sb.toString();
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
  }

  private static boolean isBidiControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
