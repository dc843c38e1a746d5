package io.github.graphdocs.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownPageReaderTest {
  private final DiagnosticCollector diagnostics = new DiagnosticCollector();

  private DocPage read(String text) {
    return new MarkdownPageReader(diagnostics).read("resources/x.md", text);
  }

  @Test
  void frontMatterIsReadAndLinesKeepTheirNumbers() {
    DocPage p = read("---\ntitle: \"x resource type\"\ndoc_type: 'resourcePageType'\n---\n\n# x resource type\n");
    assertEquals("x resource type", p.frontMatter().get("title"));
    assertEquals("resourcePageType", p.frontMatter().get("doc_type"));
    assertEquals(6, p.titleLine());
  }

  @Test
  void frontMatterWithCarriageReturnsOrNothingAfterItKeepsLineNumbers() {
    DocPage p = read("---\r\ntitle: x\r\n---\r\n# x\r\n\r\nNamespace: microsoft.graph.a\r\n");
    assertEquals("x", p.frontMatter().get("title"));
    assertEquals(4, p.titleLine());
    assertEquals("microsoft.graph.a", p.namespace());
    assertEquals(6, p.namespaceLine());
    DocPage only = read("---\ntitle: y\n---");
    assertEquals("y", only.frontMatter().get("title"));
    assertTrue(only.headings().isEmpty());
  }

  @Test
  void absentFrontMatter() {
    DocPage p = read("# x resource type\n\nNamespace: microsoft.graph\n");
    assertTrue(p.frontMatter().isEmpty());
    assertEquals("microsoft.graph", p.namespace());
    assertEquals(3, p.namespaceLine());
  }

  @Test
  void strayFrontMatterLinesAreNotesNotFailures() {
    DocPage p = read("---\ntitle: x\nthis is not yaml\nNamespace: microsoft.graph.callRecords\n---\n# x\n");
    assertEquals("microsoft.graph.callRecords", p.namespace());
    List<Diagnostic> all = diagnostics.all();
    assertEquals(1, all.size());
    assertEquals("GD107", all.get(0).code().id());
    assertEquals(3, all.get(0).location().line());
  }

  @Test
  void tableRowsCarryTheirSourceLines() {
    DocPage p = read("# t\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n|a|String|A.|\n|b|[y](y.md) collection|B.|\n");
    DocTable t = p.tables().get(0);
    assertEquals(List.of("property", "type", "description"), t.header());
    assertEquals("Properties", t.section());
    assertEquals(7, t.rows().get(0).line());
    assertEquals(8, t.rows().get(1).line());
    assertEquals("y collection", t.rows().get(1).cell(1).text());
    assertEquals("y.md", t.rows().get(1).cell(1).links().get(0).destination());
  }

  @Test
  void rowCellCountsComeFromTheSource() {
    DocPage p = read("|Property|Type|Description|\n|--|--|--|\n|a|String|\n|b|Int32|B.|extra|\n|c|`a|b`|C.|\n|d|x `y. \\| z|D.|\n");
    List<DocTableRow> rows = p.tables().get(0).rows();
    assertEquals(2, rows.get(0).sourceCellCount());
    assertEquals(4, rows.get(1).sourceCellCount());
    // as in GFM, a pipe inside a code span still splits cells; an escaped one does not
    assertEquals(4, rows.get(2).sourceCellCount());
    assertEquals(3, rows.get(3).sourceCellCount());
  }

  @Test
  void annotationClaimsTheNextFenceAndIsReadLeniently() {
    DocPage p = read("# t\n\n<!-- {\n  \"blockType\": \"resource\",\n  // a comment\n  \"@odata.type\": \"microsoft.graph.t\",\n}-->\n```json\n{ \"a\": \"String\" }\n```\n");
    DocCodeBlock b = p.codeBlocks().get(0);
    assertNotNull(b.annotation());
    assertEquals("resource", b.annotation().blockType());
    assertEquals("microsoft.graph.t", b.annotation().string("@odata.type"));
    assertEquals(3, b.annotation().line());
    assertEquals(9, b.line());
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void invalidAnnotationIsLocated() {
    DocPage p = read("# t\n\n<!-- { \"blockType\": \"resource\" \"x\": 1 } -->\n```json\n{}\n```\n");
    assertNull(p.annotations().get(0).json());
    Diagnostic d = diagnostics.all().get(0);
    assertEquals("GD200", d.code().id());
    assertEquals(3, d.location().line());
  }

  @Test
  void annotationWithoutFenceIsReported() {
    read("# t\n\n<!-- { \"blockType\": \"response\" } -->\n\n## Next\n");
    assertEquals("GD201", diagnostics.all().get(0).code().id());
  }

  @Test
  void permissionsAnnotationClaimsNoFenceEvenWhenOneFollows() {
    DocPage p = read("# t\n\n<!-- { \"blockType\": \"permissions\" } -->\nSome text.\n\n```http\nGET /x\n```\n");
    assertNull(p.codeBlocks().get(0).annotation());
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void annotationBeforeAnIncludeAnnotatesTheIncludedContent() {
    DocPage p = read("# t\n\n<!-- { \"blockType\": \"request\" } -->\n[!include [sample](../includes/x.md)]\n\nText.\n\n```http\nGET /x\n```\n");
    assertNull(p.codeBlocks().get(0).annotation());
    assertEquals(1, p.annotations().size());
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void skippedCommentsAndTabHeadersDoNotCountAsProse() {
    DocPage p = read("# t\n\n<!-- { \"blockType\": \"request\" } -->\nOne.\n\nTwo.\n\n<!-- a -->\n# [HTTP](#tab/http)\nThree.\n\n```http\nGET /x\n```\n");
    assertEquals("request", p.codeBlocks().get(0).annotation().blockType());
  }

  @Test
  void moreProseThanAnExampleIntroductionEndsTheSearch() {
    DocPage p = read("# t\n\n<!-- { \"blockType\": \"request\" } -->\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n```http\nGET /x\n```\n");
    assertNull(p.codeBlocks().get(0).annotation());
    assertEquals("GD201", diagnostics.all().get(0).code().id());
  }

  @Test
  void aNextAnnotationEndsTheSearch() {
    DocPage p = read("# t\n\n<!-- { \"blockType\": \"request\" } -->\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 204 No Content\n```\n");
    assertEquals("response", p.codeBlocks().get(0).annotation().blockType());
    assertEquals(List.of("GD201"), diagnostics.all().stream().map(d -> d.code().id()).toList());
    assertEquals(3, diagnostics.all().get(0).location().line());
  }

  @Test
  void pageAnnotationsClaimNothing() {
    DocPage p = read("<!-- { \"type\": \"#page.annotation\", \"description\": \"x\" } -->\n```json\n{}\n```\n");
    assertNull(p.codeBlocks().get(0).annotation());
  }

  @Test
  void inheritsFromBrokenOverLinesIsOneParagraph() {
    DocPage p = read("# t\n\nInherits from\nthe [userAgent](useragent.md) type.\n");
    assertEquals("Inherits from the userAgent type.", p.paragraphs().get(0).text());
    assertEquals("userAgent", p.paragraphs().get(0).links().get(0).text());
  }

  @Test
  void listItemsAreParagraphsMarkedAsSuch() {
    DocPage p = read("The following types derive from this object:\n\n- [a](a.md)\n- [b](b.md)\n");
    assertEquals(3, p.paragraphs().size());
    assertTrue(p.paragraphs().get(1).listItem());
  }

  @Test
  void normaliseStripsMarkupAndKeepsCase() {
    assertEquals("identitySet", MarkdownPageReader.normalise("[identitySet][]"));
    assertEquals("String collection", MarkdownPageReader.normalise("`String`  **collection**"));
    assertEquals("a b", MarkdownPageReader.normalise("a&nbsp;b"));
  }

  @Test
  void lenientJsonLocatesWhatStillFails() {
    LenientJson.Result r = LenientJson.parse("{\n  \"a\": 1,\n  \"b\": }\n");
    assertEquals(3, r.line());
    assertTrue(LenientJson.parse("{ 'a': 007, /* c */ \"b\": [1,2,], }").ok());
  }
}
