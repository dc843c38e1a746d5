package io.github.graphdocs.markdown;

import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's inline parser with a shortcut for the commonest inline content of reference pages:
 * plain text. Most table cells ({@code String}, {@code Read-only. Nullable.}) and headings hold no
 * character that inline parsing treats specially, yet commonmark sets up a scanner, its inline content
 * parsers and a delimiter stack for each one. Content whose every line is plain, as {@link #isPlain}
 * says, becomes here the nodes commonmark makes of it: one {@link Text} per line with the line as its
 * literal, and a {@link SoftLineBreak} between lines. Anything else, and content that carries source
 * spans (inline spans are not asked for), goes to commonmark's own parser, which is kept whole.
 *
 * <p>The shortcut is exact by construction (the plain characters are a strict subset of what
 * commonmark passes through as text) and checked against commonmark's own output by the tests, on
 * every page of the corpus where it is beside the project.
 */
final class PlainTextInlineParser implements InlineParser {
  /** ASCII characters that inline parsing never treats specially; all non-ASCII ones are plain too. */
  private static final boolean[] PLAIN_ASCII = plainAscii();

  private final InlineParser commonmark;

  private PlainTextInlineParser(InlineParser commonmark) {
    this.commonmark = commonmark;
  }

  /** Makes, for every document, this shortcut in front of commonmark's own parser for that document. */
  static InlineParserFactory factory() {
    return context -> new PlainTextInlineParser(new InlineParserImpl(context));
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    List<SourceLine> list = lines.getLines();
    if (!isPlain(list) || !lines.getSourceSpans().isEmpty()) {
      commonmark.parse(lines, block);
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        block.appendChild(new SoftLineBreak());
      }
      block.appendChild(new Text(list.get(i).getContent().toString()));
    }
  }

  /**
   * Whether inline parsing would turn these lines into text alone, unchanged: at least one line, none
   * empty, none ending in white space (commonmark trims it, or makes a hard break of it), none but the
   * first starting with it, and no character outside the plain ones: no emphasis marks ({@code * _}),
   * code marks, backslashes, entities ({@code &}), autolinks or HTML ({@code <}), brackets or
   * {@code !}, strike-through marks ({@code ~}) or control characters.
   */
  static boolean isPlain(List<SourceLine> lines) {
    if (lines.isEmpty()) {
      return false;
    }
    for (int l = 0; l < lines.size(); l++) {
      CharSequence s = lines.get(l).getContent();
      int n = s.length();
      if (n == 0 || isBlank(s.charAt(n - 1)) || (l > 0 && isBlank(s.charAt(0)))) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80 && !PLAIN_ASCII[c]) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean[] plainAscii() {
    boolean[] plain = new boolean[0x80];
    for (char c = ' '; c < 0x7F; c++) {
      plain[c] = true;
    }
    plain['\t'] = true;
    for (char c : "*_\\`&<[]!~".toCharArray()) {
      plain[c] = false;
    }
    return plain;
  }
}
