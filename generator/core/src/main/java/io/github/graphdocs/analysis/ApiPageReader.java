package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocAnnotation;
import io.github.graphdocs.markdown.DocCodeBlock;
import io.github.graphdocs.markdown.DocLink;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.DocParagraph;
import io.github.graphdocs.markdown.DocTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an API page: its HTTP request lines, request-body table, response code and type, and examples. */
final class ApiPageReader {
  private static final Pattern REQUEST_LINE = Pattern.compile("^\\s*(GET|POST|PATCH|PUT|DELETE)\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern STATUS = Pattern.compile("`?\\b([1-5]\\d\\d)\\s+([A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+)*)`?");
  private static final Pattern HTTP_STATUS_LINE = Pattern.compile("^HTTP/\\S+\\s+(\\d{3})");

  /** An operation as the page states it, names unresolved. */
  static final class OperationDraft {
    String name;
    String method;
    final List<String> paths = new ArrayList<>();
    String requestTypeName;
    final Map<String, PropertyDraft> requestProperties = new java.util.LinkedHashMap<>();
    String responseTypeName;
    boolean responseCollection;
    int status;
    String namespace;
    SourceLocation at;
  }

  /** An example block as the page states it, type unresolved. */
  record ExampleDraft(String blockType, String typeName, boolean isCollection, boolean truncated, String json,
      SourceLocation at, OperationDraft operation, String namespace) {}

  private final DiagnosticCollector diagnostics;
  private final PropertyTableReader propertyTables;

  ApiPageReader(DiagnosticCollector diagnostics, PropertyTableReader propertyTables) {
    this.diagnostics = diagnostics;
    this.propertyTables = propertyTables;
  }

  /** Returns the page's operation, or null when it has no HTTP request line. */
  OperationDraft readOperation(DocPage page) {
    OperationDraft op = null;
    for (DocCodeBlock b : page.codeBlocks()) {
      if (!b.section().toLowerCase(Locale.ROOT).contains("http request")) {
        continue;
      }
      if (b.annotation() != null && !"ignored".equals(b.annotation().blockType()) && !b.annotation().blockType().isEmpty()) {
        continue;
      }
      boolean found = false;
      for (String line : b.literal().split("\n")) {
        Matcher m = REQUEST_LINE.matcher(line);
        if (m.find()) {
          found = true;
          if (op == null) {
            op = new OperationDraft();
            op.method = m.group(1).toUpperCase(Locale.ROOT);
            op.at = SourceLocation.of(page.path(), b.line());
          }
          if (op.method.equalsIgnoreCase(m.group(1)) && !op.paths.contains(m.group(2))) {
            op.paths.add(m.group(2));
          }
        }
      }
      if (!found && !b.literal().isBlank()) {
        diagnostics.report(DiagnosticCode.HTTP_REQUEST_INVALID, SourceLocation.of(page.path(), b.line()),
            "HTTP request block has no 'METHOD /path' line");
      }
    }
    if (op == null) {
      return null;
    }
    op.name = page.baseName();
    op.namespace = page.namespace();
    for (DocParagraph p : page.paragraphs()) {
      String section = p.section().toLowerCase(Locale.ROOT);
      String text = p.text().toLowerCase(Locale.ROOT);
      if (section.startsWith("request body") && op.requestTypeName == null
          && (text.contains("representation of") || text.contains("representation for"))) {
        op.requestTypeName = firstResourceLink(p, text.indexOf("representation"));
      } else if (section.equals("response") && op.status == 0) {
        Matcher m = STATUS.matcher(p.text());
        if (m.find()) {
          op.status = Integer.parseInt(m.group(1));
          int after = m.end();
          op.responseTypeName = firstResourceLink(p, after);
          if (op.responseTypeName != null) {
            int linkAt = p.text().indexOf(op.responseTypeName, after);
            String between = p.text().substring(after, Math.max(after, linkAt)).toLowerCase(Locale.ROOT);
            String afterLink = linkAt < 0 ? "" : p.text().substring(linkAt).toLowerCase(Locale.ROOT);
            op.responseCollection = between.contains("collection") || afterLink.matches("^\\S+\\s+(object\\s+)?collection.*");
          }
        }
      }
    }
    for (DocTable t : page.tables()) {
      if (t.section().toLowerCase(Locale.ROOT).startsWith("request body") && propertyTables.isPropertyTable(t, page)) {
        propertyTables.readPropertyRows(t, page, op.requestProperties, null, false);
      }
    }
    for (DocCodeBlock b : page.codeBlocks()) {
      DocAnnotation a = b.annotation();
      if (a != null && "response".equals(a.blockType()) && op.status == 0) {
        Matcher m = HTTP_STATUS_LINE.matcher(b.literal().trim());
        if (m.find()) {
          op.status = Integer.parseInt(m.group(1));
        }
      }
    }
    return op;
  }

  private static String firstResourceLink(DocParagraph p, int fromIndex) {
    for (DocLink l : p.links()) {
      int where = p.text().indexOf(l.text());
      if (where < fromIndex) {
        continue;
      }
      String dest = l.destination().toLowerCase(Locale.ROOT);
      if (dest.contains("resources/") || dest.endsWith(".md") && !dest.contains("/api/") && !dest.startsWith("/graph")) {
        return WrittenTypeNames.linkTypeName(l);
      }
    }
    return null;
  }

  /** Annotated example, request, response and resource blocks of any page. */
  List<ExampleDraft> readExamples(DocPage page, OperationDraft op) {
    List<ExampleDraft> out = new ArrayList<>();
    for (DocCodeBlock b : page.codeBlocks()) {
      DocAnnotation a = b.annotation();
      if (a == null || a.json() == null) {
        continue;
      }
      String bt = a.blockType();
      if (!bt.equals("example") && !bt.equals("request") && !bt.equals("response") && !bt.equals("resource")) {
        continue;
      }
      String literal = b.literal();
      int bodyLine = b.line();
      String body = literal;
      if (b.info().startsWith("http") || looksLikeHttp(literal)) {
        int blank = literal.indexOf("\n\n");
        int blankCrlf = literal.indexOf("\n\r\n");
        if (blank < 0 && blankCrlf < 0) {
          continue;
        }
        int cut = blank >= 0 ? blank + 2 : blankCrlf + 3;
        bodyLine += (int) literal.substring(0, cut).chars().filter(c -> c == '\n').count();
        body = literal.substring(cut);
      }
      if (body.isBlank()) {
        continue;
      }
      String typeName = WrittenTypeNames.stripHash(a.string("@odata.type").isEmpty() ? a.string("@type") : a.string("@odata.type"));
      out.add(new ExampleDraft(bt, typeName.isEmpty() ? null : typeName, a.flag("isCollection"), a.flag("truncated"),
          body, SourceLocation.of(page.path(), bodyLine), op, page.namespace()));
    }
    return out;
  }

  private static boolean looksLikeHttp(String literal) {
    String first = literal.stripLeading();
    return REQUEST_LINE.matcher(first).lookingAt() || first.startsWith("HTTP/");
  }
}
