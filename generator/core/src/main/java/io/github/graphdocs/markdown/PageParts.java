package io.github.graphdocs.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a large page body into parts that commonmark can parse one at a time, so that a page of
 * hundreds of thousands of blocks never needs its whole node tree in memory (an 8 MB page of headings
 * takes some 260 MB as one tree). A part ends only before an ATX heading at the start of a line outside
 * a fenced code block, an HTML comment or a raw HTML block: such a line closes every open block (lists,
 * quotes, tables, paragraphs), so the parts read as the whole page does, except that a link reference
 * definition serves only its own part. Pages up to {@link #PART_CHARS} characters are one part: every
 * real page is.
 */
final class PageParts {
  /** Parts are at least this long; a body up to this long is one part. */
  static final int PART_CHARS = 1 << 20;

  private static final List<String> RAW_TAGS = List.of("script", "pre", "style", "textarea");

  /** One part: its text and the 0-based line of the body it starts at. */
  record Part(String text, int firstLine) {}

  private PageParts() {}

  static List<Part> of(String body) {
    return of(body, PART_CHARS);
  }

  static List<Part> of(String body, int partChars) {
    if (body.length() <= partChars) {
      return List.of(new Part(body, 0));
    }
    List<Part> parts = new ArrayList<>();
    int partStart = 0;
    int partLine = 0;
    int line = 0;
    char fence = 0;
    int fenceLength = 0;
    boolean inComment = false;
    String rawTag = null;
    for (int i = 0; i < body.length(); line++) {
      int eol = body.indexOf('\n', i);
      if (eol < 0) {
        eol = body.length();
      }
      String text = body.substring(i, eol);
      boolean open = fence != 0 || inComment || rawTag != null;
      if (!open && i - partStart >= partChars && isAtxHeading(text)) {
        parts.add(new Part(body.substring(partStart, i), partLine));
        partStart = i;
        partLine = line;
      }
      // the state after this line
      String trimmed = text.stripLeading();
      int indent = text.length() - trimmed.length();
      if (fence != 0) {
        if (indent <= 3 && run(trimmed, fence) >= fenceLength && trimmed.substring(run(trimmed, fence)).isBlank()) {
          fence = 0;
        }
      } else if (inComment) {
        inComment = !text.contains("-->");
      } else if (rawTag != null) {
        if (text.toLowerCase(Locale.ROOT).contains("</" + rawTag + ">")) {
          rawTag = null;
        }
      } else if (indent <= 3 && (run(trimmed, '`') >= 3 || run(trimmed, '~') >= 3)) {
        fence = trimmed.charAt(0);
        fenceLength = run(trimmed, fence);
      } else {
        int comment = text.lastIndexOf("<!--");
        inComment = comment >= 0 && text.indexOf("-->", comment + 4) < 0;
        rawTag = inComment ? null : rawTagOpened(trimmed);
      }
      i = eol + 1;
    }
    parts.add(new Part(body.substring(partStart), partLine));
    return parts;
  }

  /** "#" to "######" at the start of the line, then a space, a tab or the end of the line. */
  static boolean isAtxHeading(String line) {
    int n = run(line, '#');
    return n >= 1 && n <= 6 && (n == line.length() || line.charAt(n) == ' ' || line.charAt(n) == '\t');
  }

  private static int run(String s, char c) {
    int n = 0;
    while (n < s.length() && s.charAt(n) == c) {
      n++;
    }
    return n;
  }

  /** The tag of a raw HTML block (script, pre, style, textarea) that this line opens and does not close, or null. */
  private static String rawTagOpened(String trimmed) {
    String lower = trimmed.toLowerCase(Locale.ROOT);
    for (String tag : RAW_TAGS) {
      if (lower.startsWith("<" + tag) && (lower.length() == tag.length() + 1 || " >\t".indexOf(lower.charAt(tag.length() + 1)) >= 0)
          && !lower.contains("</" + tag + ">")) {
        return tag;
      }
    }
    return null;
  }
}
