package io.github.graphdocs.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annotation forms of the current (2024-2026) Graph docs, each on a tiny page in test resources
 * {@code pages/current-forms/api/}: read without warnings, each annotation paired with the block it
 * annotates; and, in {@code pages/annotation-without-block/api/}, the annotations that still get a
 * finding. One behaviour per test.
 */
class CurrentDocFormsTest {
  private final DiagnosticCollector diagnostics = new DiagnosticCollector();

  private DocPage page(String name) {
    return page("current-forms", name);
  }

  private DocPage page(String folder, String name) {
    String resource = "/pages/" + folder + "/api/" + name + ".md";
    try (InputStream in = CurrentDocFormsTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, "no test page " + resource);
      return new MarkdownPageReader(diagnostics).read("api/" + name + ".md", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> codes() {
    return diagnostics.all().stream().map(d -> d.code().id()).toList();
  }

  private static DocCodeBlock block(DocPage p, String firstLine) {
    return p.codeBlocks().stream().filter(b -> b.literal().startsWith(firstLine)).findFirst()
        .orElseThrow(() -> new AssertionError("no code block starting " + firstLine));
  }

  @Test
  void permissionsAnnotationBeforeAnIncludeIsReadWithoutWarnings() {
    DocPage p = page("permissions-before-include");
    assertEquals(List.of(), codes());
    assertEquals("permissions", p.annotations().get(0).blockType());
    assertEquals("widget_get", p.annotations().get(0).string("name"));
  }

  @Test
  void multiLinePermissionsAnnotationClaimsNoLaterFence() {
    DocPage p = page("permissions-multiline-before-include-and-note");
    assertEquals(List.of(), codes());
    assertNull(block(p, "PATCH /widgets/{id}").annotation());
    assertEquals("HTTP request", block(p, "PATCH /widgets/{id}").section());
  }

  @Test
  void ignoredAnnotationBeforeAnIncludeIsReadWithoutWarnings() {
    page("ignored-before-include");
    assertEquals(List.of(), codes());
  }

  @Test
  void requestAnnotationBeforeATabHeaderAnnotatesTheFenceInTheTab() {
    DocPage p = page("request-before-tab-header");
    assertEquals(List.of(), codes());
    DocCodeBlock request = block(p, "GET https://graph.microsoft.com/v1.0/print/printers/");
    assertEquals("request", request.annotation().blockType());
    assertEquals(8, request.annotation().line());
  }

  @Test
  void tabHeadersAreNeitherHeadingsNorSections() {
    DocPage p = page("tabs-around-request");
    assertEquals(List.of(), codes());
    assertEquals(List.of("Get widget", "Examples", "Request", "Response"), p.headings().stream().map(DocHeading::text).toList());
    DocCodeBlock request = block(p, "GET https://graph.microsoft.com/v1.0/widgets/1");
    assertEquals("request", request.annotation().blockType());
    assertEquals("Request", request.section());
    assertEquals("response", block(p, "HTTP/1.1 204").annotation().blockType());
  }

  @Test
  void markdownlintCommentsBetweenAnnotationAndFenceAreSkipped() {
    DocPage p = page("markdownlint-before-tab-header");
    assertEquals(List.of(), codes());
    assertEquals("request", block(p, "POST https://graph.microsoft.com/").annotation().blockType());
    assertEquals("response", block(p, "HTTP/1.1 204").annotation().blockType());
    assertEquals(2, p.annotations().size());
  }

  @Test
  void exampleAnnotationBeforeATabHeaderAnnotatesTheJsonInTheTab() {
    DocPage p = page("example-before-tabs");
    assertEquals(List.of(), codes());
    DocCodeBlock json = block(p, "{ \"id\"");
    assertEquals("example", json.annotation().blockType());
    assertEquals("microsoft.graph.widget", json.annotation().string("@odata.type"));
  }

  @Test
  void unreadablePageAnnotationIsReportedOnceAsInvalidJson() {
    page("annotation-without-block", "unreadable-page-annotation");
    assertEquals(List.of("GD200"), codes());
  }

  @Test
  void requestAnnotationFollowedOnlyByProseIsStillReported() {
    page("annotation-without-block", "request-followed-by-prose");
    Diagnostic d = diagnostics.all().get(0);
    assertEquals(List.of("GD201"), codes());
    assertEquals("api/request-followed-by-prose.md", d.location().file());
    assertEquals(7, d.location().line());
    assertTrue(d.message().contains("'request'"), d.message());
  }

  @Test
  void responseAnnotationFollowedByATableIsStillReported() {
    page("annotation-without-block", "response-followed-by-table");
    assertEquals(List.of("GD201"), codes());
    assertEquals(7, diagnostics.all().get(0).location().line());
  }
}
