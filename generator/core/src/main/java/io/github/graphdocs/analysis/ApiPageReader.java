package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocAnnotation;
import io.github.graphdocs.markdown.DocCodeBlock;
import io.github.graphdocs.markdown.DocHeading;
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
  private static final Pattern RESPONSE_WORDS = Pattern.compile("(?i)^\\s*(?:response\\s+code|status\\s+code|response)?\\s*");

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
    /** The page's H1. */
    String title = "";
    /** Every request line of the HTTP request section, whatever its method, with its parsed path. */
    final List<RequestLine> requests = new ArrayList<>();
    /** Rows of "Function parameters", "Path parameters" and "Parameters" tables. */
    final Map<String, PropertyDraft> functionParameters = new java.util.LinkedHashMap<>();
    /** Rows of "Query parameters" tables: they type function-call arguments of the same name only. */
    final Map<String, PropertyDraft> queryParameters = new java.util.LinkedHashMap<>();
    /** The first response example's annotated {@code @odata.type} (null when none) and isCollection. */
    String responseAnnotationType;
    boolean responseAnnotationCollection;
    SourceLocation responseAnnotationAt;
    /** A primitive the response prose names ("String collection", "a Boolean"), or null. */
    TypeCellParser.Parsed responsePrimitive;
    SourceLocation responseAt;
    /** The names a "Response" section's property table lists (the members of the returned object). */
    final List<String> responseTableNames = new ArrayList<>();
    /** The request example is annotated idempotent: a POST that is a function. */
    boolean idempotent;
    /** The request body is "a JSON representation of" a type: a create or update, not an action. */
    boolean bodyIsRepresentation;
  }

  /** One request line: its method, its text and its parsed path. */
  record RequestLine(String method, PathTemplateParser.PathTemplate path, SourceLocation at) {}

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
    OperationDraft op = new OperationDraft();
    // templates under the "HTTP request" heading; else templates anywhere before the first example; else examples
    for (int pass = 0; pass < 3; pass++) {
      boolean examples = pass == 2;
      for (DocCodeBlock b : page.codeBlocks()) {
        String blockType = b.annotation() == null ? "" : b.annotation().blockType();
        boolean template = blockType.isEmpty() || blockType.equals("ignored") || blockType.equals("samples");
        if (pass == 1 && blockType.equals("request")) {
          break;
        }
        if (examples ? !blockType.equals("request") : !template || pass == 1 && !b.info().startsWith("http")) {
          continue;
        }
        boolean directly = b.section().toLowerCase(Locale.ROOT).contains("http request");
        if (pass == 0 && !directly && !inHttpRequestSection(page, b.line())) {
          continue;
        }
        boolean found = readRequestLines(page, b, op, examples);
        if (!found && directly && pass == 0 && !b.literal().isBlank()) {
          diagnostics.report(DiagnosticCode.HTTP_REQUEST_INVALID, SourceLocation.of(page.path(), b.line()),
              "HTTP request block has no 'METHOD /path' line");
        }
      }
      if (!op.requests.isEmpty()) {
        break;
      }
    }
    if (op.requests.isEmpty()) {
      return null;
    }
    op.name = page.baseName();
    op.namespace = page.namespace();
    op.title = page.title();
    for (DocParagraph p : page.paragraphs()) {
      String section = p.section().toLowerCase(Locale.ROOT);
      String text = p.text().toLowerCase(Locale.ROOT);
      if (section.startsWith("request body") && op.requestTypeName == null
          && (text.contains("representation of") || text.contains("representation for"))) {
        op.requestTypeName = firstResourceLink(p, text.indexOf("representation"));
        op.bodyIsRepresentation = op.requestTypeName != null;
      } else if (section.equals("response") && op.status == 0) {
        Matcher m = STATUS.matcher(p.text());
        if (m.find()) {
          op.status = Integer.parseInt(m.group(1));
          int after = m.end();
          op.responseAt = SourceLocation.of(page.path(), p.line());
          op.responsePrimitive = primitiveNamed(p.text().substring(after));
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
      String section = t.section().toLowerCase(Locale.ROOT).trim();
      if (section.startsWith("request body") && (propertyTables.isPropertyTable(t, page) || isNameValueTable(t))) {
        propertyTables.readPropertyRows(t, page, op.requestProperties, null, false);
      } else if (PARAMETER_SECTIONS.contains(section) && isParameterTable(t)) {
        propertyTables.readPropertyRows(t, page, op.functionParameters, null, false);
      } else if (section.endsWith("query parameters") && isParameterTable(t)) {
        propertyTables.readPropertyRows(t, page, op.queryParameters, null, false);
      } else if (section.equals("response") && isParameterTable(t) && op.responseTableNames.isEmpty()) {
        for (var row : t.rows()) {
          String name = PropertyTableReader.cleanPropertyName(row.cell(0).text());
          if (name != null && !name.startsWith("@")) {
            op.responseTableNames.add(name);
          }
        }
      }
    }
    for (DocCodeBlock b : page.codeBlocks()) {
      DocAnnotation a = b.annotation();
      if (a != null && "request".equals(a.blockType()) && a.flag("idempotent")) {
        op.idempotent = true;
      }
      if (a != null && "response".equals(a.blockType()) && op.responseAnnotationAt == null) {
        op.responseAnnotationAt = SourceLocation.of(page.path(), a.line());
        String type = WrittenTypeNames.stripHash(a.string("@odata.type").isEmpty() ? a.string("@type") : a.string("@odata.type"));
        op.responseAnnotationType = type.isEmpty() ? null : type;
        op.responseAnnotationCollection = a.flag("isCollection");
      }
      if (a != null && "response".equals(a.blockType()) && op.status == 0) {
        Matcher m = HTTP_STATUS_LINE.matcher(b.literal().trim());
        if (m.find()) {
          op.status = Integer.parseInt(m.group(1));
        }
      }
    }
    return op;
  }

  private static final java.util.Set<String> PARAMETER_SECTIONS = java.util.Set.of(
      "function parameters", "path parameters", "parameters", "function parameter", "path parameter");

  /** A request body's "Name | Value | Description" table: the Value column holds the type. */
  private static boolean isNameValueTable(DocTable t) {
    String first = t.headerCell(0);
    return t.header().size() >= 2 && (first.equals("parameter") || first.equals("name") || first.equals("property"))
        && t.headerCell(1).equals("value");
  }

  /** A "Parameter | Type | Description" table. */
  private static boolean isParameterTable(DocTable t) {
    String first = t.headerCell(0);
    return t.header().size() >= 2 && (first.equals("parameter") || first.equals("name") || first.equals("parameter name")
        || first.equals("property")) && t.headerCell(1).startsWith("type");
  }

  private static final Pattern RESPONSE_PRIMITIVE = Pattern.compile(
      "^\\s*(?:and\\s+|with\\s+)?(?:an?\\s+|the\\s+)?(?:collection\\s+of\\s+)?`?(String|Boolean|Int32|Int64|Int16|Double|Single"
          + "|DateTimeOffset|Date|Guid|Binary|Stream|Duration|TimeOfDay|Decimal|Byte)`?(\\s+(?:collection|array))?\\b",
      Pattern.CASE_INSENSITIVE);

  /** "200 OK response code and String collection object": the primitive the prose names right after the status. */
  private static TypeCellParser.Parsed primitiveNamed(String afterStatus) {
    String t = RESPONSE_WORDS.matcher(afterStatus).replaceFirst("");
    Matcher m = RESPONSE_PRIMITIVE.matcher(t);
    if (!m.find()) {
      return null;
    }
    TypeCellParser.Parsed p = TypeCellParser.parseCell(m.group(1));
    boolean collection = m.group(2) != null || m.group().toLowerCase(Locale.ROOT).contains("collection of");
    return p == null || !p.primitive() ? null : new TypeCellParser.Parsed(p.name(), collection);
  }

  /**
   * Adds the request lines of a block (only the first one of an example request) to the page's
   * operation, whose method and place the first line sets; returns whether the block had one.
   */
  private static boolean readRequestLines(DocPage page, DocCodeBlock b, OperationDraft op, boolean firstOnly) {
    String[] lines = b.literal().split("\n");
    boolean found = false;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = REQUEST_LINE.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      String method = m.group(1).toUpperCase(Locale.ROOT);
      if (op.method == null) {
        op.method = method;
        op.at = SourceLocation.of(page.path(), b.line());
      }
      String path = RequestLines.pathText(lines[i].substring(m.start(2)));
      if (op.method.equals(method) && !op.paths.contains(path)) {
        op.paths.add(path);
      }
      op.requests.add(new RequestLine(method, PathTemplateParser.parse(path), SourceLocation.of(page.path(), b.line() + i)));
      found = true;
      if (firstOnly) {
        break;
      }
    }
    return found;
  }

  /** Whether a line stands under an "HTTP request" heading, directly or under one of its sub-headings. */
  private static boolean inHttpRequestSection(DocPage page, int line) {
    DocHeading open = null;
    for (DocHeading h : page.headings()) {
      if (h.line() > line) {
        break;
      }
      if (open != null && h.level() <= open.level()) {
        open = null;
      }
      if (open == null && h.text().toLowerCase(Locale.ROOT).contains("http request")) {
        open = h;
      }
    }
    return open != null;
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
