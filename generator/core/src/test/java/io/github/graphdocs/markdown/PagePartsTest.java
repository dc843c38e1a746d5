package io.github.graphdocs.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Huge pages are parsed in parts cut before headings only where a heading closes every block. */
class PagePartsTest {
  private static final String SECTION = """
      # title

      - a list item
        # not a heading: inside the item? no, indented
      ```json
      # inside a fence
      {"a": 1}
      ```
      <!--
      # inside a comment
      -->
      <pre>
      # inside pre
      </pre>
      |a|b|
      |-|-|
      |1|2|
      ## next
      text
      """;

  @Test
  void partsStartOnlyAtHeadingsOutsideFencesCommentsAndRawHtml() {
    String body = SECTION.repeat(20);
    List<PageParts.Part> parts = PageParts.of(body, 50);
    assertTrue(parts.size() > 10, "parts: " + parts.size());
    StringBuilder joined = new StringBuilder();
    int line = 0;
    for (PageParts.Part p : parts) {
      assertEquals(line, p.firstLine());
      assertTrue(p == parts.get(0) || p.text().startsWith("#"), p.text());
      assertTrue(!p.text().startsWith("# inside"), p.text());
      joined.append(p.text());
      line += (int) p.text().chars().filter(c -> c == '\n').count();
    }
    assertEquals(body, joined.toString());
  }

  @Test
  void aSmallPageIsOnePart() {
    assertEquals(List.of(new PageParts.Part(SECTION, 0)), PageParts.of(SECTION));
  }

  @Test
  void aPageReadInPartsGivesTheBlocksAndLinesOfThePageReadWhole() {
    String section = """
        ## Properties

        |Property|Type|Description|
        |:---|:---|:---|
        |a|String|d|

        <!-- {
          "blockType": "resource",
          "@odata.type": "microsoft.graph.x"
        }
        -->
        ```json
        # not a heading
        {"a": "String"}
        ```

        """;
    int copies = PageParts.PART_CHARS / section.length() * 3;
    String page = "# x resource type\n\n" + section.repeat(copies);
    DocPage read = new MarkdownPageReader(new DiagnosticCollector()).read("resources/x.md", page);
    assertEquals(copies + 1, read.headings().size());
    assertEquals(copies, read.tables().size());
    assertEquals(copies, read.codeBlocks().size());
    assertTrue(read.codeBlocks().stream().allMatch(c -> c.annotation() != null && c.literal().startsWith("# not a heading")));
    int sectionLines = (int) section.chars().filter(c -> c == '\n').count();
    for (int k : List.of(0, copies / 2, copies - 1)) {
      assertEquals(3 + k * sectionLines, read.headings().get(k + 1).line(), "heading " + k);
      assertEquals(3 + k * sectionLines + 2, read.tables().get(k).line(), "table " + k);
      assertEquals(3 + k * sectionLines + 12, read.codeBlocks().get(k).line(), "code " + k);
    }
  }
}
