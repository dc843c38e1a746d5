package io.github.graphdocs.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the JSON annotation comments of a page ({@code <!-- { "blockType": ... } -->}) and finds the
 * fenced code block each one annotates, in the forms the Graph docs use:
 * <ul>
 *   <li>the fence right after the comment, or after a few blocks of prose;</li>
 *   <li>the fence after docfx tab headers ({@code # [HTTP](#tab/http)}) and after comments that are not
 *       annotations ({@code <!-- markdownlint-disable MD025 -->}); neither counts as prose;</li>
 *   <li>an {@code [!INCLUDE ...]} line instead of a fence: the annotated content is in the included
 *       file, which graphdocs does not read, so the annotation has no block in this page;</li>
 *   <li>{@code "blockType": "permissions"} (before the permissions-table include) and
 *       {@code "ignored"}, which describe no code block of their own.</li>
 * </ul>
 * An annotation that describes a block but is followed by none of these gets GD201.
 */
final class AnnotationReader {
  /** Blocks of prose that may stand between an annotation and its fence. */
  private static final int MAX_PROSE_BLOCKS = 3;
  /** Block types that never need a fence after them. */
  private static final Set<String> WITHOUT_BLOCK = Set.of("ignored", "permissions");
  /** Block types that annotate no fence even when one follows (the permissions table is an include). */
  private static final Set<String> NEVER_CLAIM = Set.of("permissions");

  /** One annotation and the fence it claims (null when none). */
  record Read(DocAnnotation annotation, FencedCodeBlock fence) {}

  private final DiagnosticCollector diagnostics;
  private final String path;

  AnnotationReader(DiagnosticCollector diagnostics, String path) {
    this.diagnostics = diagnostics;
    this.path = path;
  }

  /**
   * Reads the annotation of the HTML block at {@code index} of the top-level {@code blocks}; null when
   * that block is no JSON comment.
   */
  Read read(HtmlBlock html, List<Node> blocks, int index, int line) {
    String lit = html.getLiteral();
    int start = lit.indexOf("<!--");
    if (start < 0) {
      return null;
    }
    int end = lit.indexOf("-->", start + 4);
    String inner = (end < 0 ? lit.substring(start + 4) : lit.substring(start + 4, end)).trim();
    if (!inner.startsWith("{")) {
      return null;
    }
    int baseLine = line + (int) lit.substring(0, start).chars().filter(c -> c == '\n').count();
    LenientJson.Result r = LenientJson.parse(inner);
    ObjectNode json = null;
    if (r.ok() && r.node() instanceof ObjectNode o) {
      json = o;
    } else {
      diagnostics.report(DiagnosticCode.ANNOTATION_INVALID_JSON,
          new SourceLocation(path, baseLine + Math.max(0, r.line() - 1), Math.max(1, r.column())),
          "annotation is not valid JSON: " + (r.ok() ? "not an object" : r.error()));
    }
    DocAnnotation annotation = new DocAnnotation(json, baseLine);
    JsonNode type = json == null ? null : json.get("type");
    boolean pageAnnotation = type != null && type.asText("").startsWith("#page.annotation");
    String blockType = annotation.blockType();
    if (pageAnnotation || blockType.isEmpty() && json != null || NEVER_CLAIM.contains(blockType)) {
      return new Read(annotation, null);
    }
    Target target = target(blocks, index);
    if (target.fence != null) {
      return new Read(annotation, target.fence);
    }
    // an unreadable annotation has its GD200 already; an include holds the annotated content
    if (!target.include && json != null && !WITHOUT_BLOCK.contains(blockType)) {
      diagnostics.report(DiagnosticCode.ANNOTATION_WITHOUT_CODE, SourceLocation.of(path, baseLine),
          "annotation (blockType '" + blockType + "') is not followed by a fenced code block");
    }
    return new Read(annotation, null);
  }

  /** What follows an annotation: its fence, an include line, or nothing usable. */
  private record Target(FencedCodeBlock fence, boolean include) {}

  private static Target target(List<Node> blocks, int index) {
    int prose = 0;
    for (int j = index + 1; j < blocks.size(); j++) {
      Node next = blocks.get(j);
      if (next instanceof FencedCodeBlock f) {
        return new Target(f, false);
      }
      if (next instanceof Heading h && isTabHeader(h) || next instanceof HtmlBlock hb && !isAnnotation(hb)) {
        continue;
      }
      if (next instanceof Paragraph p && isInclude(p)) {
        return new Target(null, true);
      }
      if (next instanceof IndentedCodeBlock || next instanceof Heading || next instanceof TableBlock
          || next instanceof HtmlBlock || ++prose > MAX_PROSE_BLOCKS) {
        break;
      }
    }
    return new Target(null, false);
  }

  /**
   * A docfx tab header: a heading whose only content is a link to {@code #tab/...}, as in
   * {@code # [HTTP](#tab/http)}. It opens a tab of examples, not a section of the page.
   */
  static boolean isTabHeader(Heading h) {
    Node only = h.getFirstChild();
    return only instanceof Link l && only.getNext() == null && l.getDestination() != null
        && l.getDestination().toLowerCase(Locale.ROOT).startsWith("#tab/");
  }

  /** An HTML block that is a JSON annotation comment (not {@code <!-- markdownlint-disable -->} and the like). */
  private static boolean isAnnotation(HtmlBlock html) {
    String lit = html.getLiteral().trim();
    return lit.startsWith("<!--") && lit.substring(4).trim().startsWith("{");
  }

  /** A docfx include line, {@code [!INCLUDE [name](path)]}, as its paragraph's first text. */
  private static boolean isInclude(Paragraph p) {
    return MarkdownPageReader.inlineText(p, null).stripLeading().toUpperCase(Locale.ROOT).startsWith("[!INCLUDE");
  }
}
