package io.github.graphdocs.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain-text shortcut makes exactly the node trees commonmark's own inline parser makes. */
class PlainTextInlineParserTest {
  private static final Parser COMMONMARK = MarkdownPageReader.commonmarkOptions().build();
  private static final Path CORPUS = Path.of(System.getProperty("graphdocs.corpus", "/work/shared/corpus/graph-docs-v1.0"));

  @ParameterizedTest
  @ValueSource(strings = {
      "| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Read-only. Nullable. |\n",
      "| a | b |\n|-|-|\n| *em* | `code` |\n| &amp; x | a<br>b |\n| [link](user.md) | ![image](i.png) |\n| a\\|b | |\n",
      "| a | b |\n|-|-|\n| foo_bar | a ~ b |\n| café ’ — | tab\there |\n| only one |\n",
      "line one\nline two\nline three\n",
      "line one  \nline two\n",
      "line one \nline two\n",
      "line one\\\nline two\n",
      "line one\n   indented continuation\n",
      "   indented first line\n",
      "# Title  \n\n## Title ##\n\nSetext\n===\n",
      "text with trailing tab\t\n",
      "- item one\n- item *two*\n  continued\n\n> quoted\n> text\n",
      "[ref]: https://example.com\n\n[ref] and plain\n",
      "a\u0000b\n",
  })
  void theShortcutMakesCommonmarksTree(String markdown) {
    assertEquals(tree(COMMONMARK.parse(markdown)), tree(MarkdownPageReader.parser().parse(markdown)));
  }

  @Test
  void plainLinesAreTakenAndAnySpecialCharacterIsLeftToCommonmark() {
    assertTrue(PlainTextInlineParser.isPlain(lines("Read-only. Nullable. Supports $filter (eq, ne).")));
    assertTrue(PlainTextInlineParser.isPlain(lines("first line", "second line")));
    assertTrue(PlainTextInlineParser.isPlain(lines("café — ’quoted’")));
    for (String special : List.of("*", "_", "\\", "`", "&", "<", "[", "]", "!", "~", "\u0001")) {
      assertFalse(PlainTextInlineParser.isPlain(lines("a " + special + " b")), special);
    }
    assertFalse(PlainTextInlineParser.isPlain(lines()));
    assertFalse(PlainTextInlineParser.isPlain(lines("")));
    assertFalse(PlainTextInlineParser.isPlain(lines("trailing space ")));
    assertFalse(PlainTextInlineParser.isPlain(lines("trailing tab\t")));
    assertFalse(PlainTextInlineParser.isPlain(lines("first", " indented second")));
  }

  @Test
  void everyCorpusPageParsesToCommonmarksTree() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      pages = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertTrue(pages.size() > 1000, "pages: " + pages.size());
    for (Path page : pages) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      assertEquals(tree(COMMONMARK.parse(text)), tree(MarkdownPageReader.parser().parse(text)), page.toString());
    }
  }

  private static List<SourceLine> lines(String... lines) {
    return Stream.of(lines).map(l -> SourceLine.of(l, null)).toList();
  }

  /** Every node, its attributes (literals, destinations, levels) and its source spans, one per line. */
  private static String tree(Node document) {
    StringBuilder out = new StringBuilder();
    append(document, 0, out);
    return out.toString();
  }

  private static void append(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node).append(' ').append(node.getSourceSpans()).append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      append(child, depth + 1, out);
    }
  }
}
