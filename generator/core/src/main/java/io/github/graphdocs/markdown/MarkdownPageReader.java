package io.github.graphdocs.markdown;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads one Markdown page into a {@link DocPage}. Never throws on content: what cannot be read is
 * reported and left out. This is the only class of graphdocs that knows commonmark.
 */
public final class MarkdownPageReader {
  private static final Parser PARSER = commonmarkOptions()
      .inlineParserFactory(PlainTextInlineParser.factory())
      .build();
  private static final Pattern NAMESPACE = Pattern.compile("^\\s*Namespace\\s*:\\s*([A-Za-z0-9_.]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FRONT_LINE = Pattern.compile("^([A-Za-z0-9_.\\-]+)\\s*:\\s*(.*)$");
  private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]\\[]*)\\](\\[[^\\]]*\\])?");

  private final DiagnosticCollector diagnostics;

  public MarkdownPageReader(DiagnosticCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** commonmark as pages are read with it: GFM tables, source spans of blocks; commonmark's own inline parser. */
  static Parser.Builder commonmarkOptions() {
    return Parser.builder()
        .extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS);
  }

  /** The parser pages are read with: {@link #commonmarkOptions()} with the plain-text shortcut. */
  static Parser parser() {
    return PARSER;
  }

  public DocPage read(String path, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    String[] lines = text.split("\n", -1);
    Map<String, String> front = new LinkedHashMap<>();
    String body = stripFrontMatter(path, text, lines, front);
    PageBuilder page = new PageBuilder(path, lines);
    AnnotationReader annotations = new AnnotationReader(diagnostics, path);
    String fmNamespace = front.getOrDefault("namespace", "");
    if (!fmNamespace.isEmpty()) {
      page.namespace = fmNamespace;
      page.namespaceLine = 1;
    }
    // one part for every page but huge ones, whose node trees are built and dropped part by part
    for (PageParts.Part part : PageParts.of(body)) {
      page.lineOffset = part.firstLine();
      readBlocks(PARSER.parse(part.text()), page, annotations);
    }
    return new DocPage(path, front, page.title, page.titleLine, page.namespace, page.namespaceLine,
        page.headings, page.tables, page.paragraphs, page.codeBlocks, page.annotations);
  }

  private void readBlocks(Node document, PageBuilder page, AnnotationReader annotations) {
    List<Node> blocks = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
    }
    for (int i = 0; i < blocks.size(); i++) {
      Node n = blocks.get(i);
      if (n instanceof Heading h && AnnotationReader.isTabHeader(h)) {
        continue; // a docfx tab of examples (# [HTTP](#tab/http)), not a section
      } else if (n instanceof Heading h) {
        String t = inlineText(h, null).trim();
        page.headings.add(new DocHeading(h.getLevel(), t, page.line(n)));
        if (h.getLevel() == 1 && page.title.isEmpty()) {
          page.title = t;
          page.titleLine = page.line(n);
        }
        page.section = t;
      } else if (n instanceof TableBlock t) {
        page.tables.add(readTable(t, page));
      } else if (n instanceof Paragraph p) {
        readParagraph(p, page, false);
      } else if (n instanceof BulletList || n instanceof OrderedList) {
        readList(n, page);
      } else if (n instanceof HtmlBlock html) {
        readAnnotation(html, blocks, i, page, annotations);
      } else if (n instanceof FencedCodeBlock f && !page.claimed.contains(f)) {
        page.codeBlocks.add(new DocCodeBlock(info(f), f.getLiteral(), page.line(f) + 1, page.section, null));
      }
    }
  }

  /** Front matter lines are read, then blanked so that line numbers stay those of the file. */
  private String stripFrontMatter(String path, String text, String[] lines, Map<String, String> front) {
    if (lines.length == 0 || !lines[0].trim().equals("---")) {
      return text; // its lines joined: the text itself
    }
    int end = -1;
    for (int i = 1; i < Math.min(lines.length, 200); i++) {
      if (lines[i].trim().equals("---")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return text;
    }
    for (int i = 1; i < end; i++) {
      String l = lines[i];
      Matcher m = FRONT_LINE.matcher(l.trim());
      if (m.matches()) {
        front.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).trim()));
      } else if (!l.isBlank() && !l.startsWith(" ") && !l.startsWith("\t") && !l.trim().startsWith("#")
          && !l.trim().startsWith("-")) {
        diagnostics.report(DiagnosticCode.FRONT_MATTER_LINE, SourceLocation.of(path, i + 1),
            "front matter line is not 'key: value'; it is ignored");
      }
    }
    // the text with the front matter's lines emptied: a newline for each, then the body's lines as they are
    int bodyStart = end + 1;
    for (int i = 0; i <= end; i++) {
      bodyStart += lines[i].length();
    }
    return bodyStart > text.length() ? "\n".repeat(end) : "\n".repeat(end + 1) + text.substring(bodyStart);
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1).trim();
    }
    return v;
  }

  private DocTable readTable(TableBlock t, PageBuilder page) {
    List<String> header = new ArrayList<>();
    List<DocTableRow> rows = new ArrayList<>();
    int tableLine = page.line(t);
    int rowIndex = 0;
    for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead head) {
        for (Node row = head.getFirstChild(); row != null; row = row.getNext()) {
          for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            header.add(normalise(inlineText(c, null)).toLowerCase(Locale.ROOT).replace('\u00A0', ' ').trim());
          }
        }
      } else if (part instanceof TableBody tb) {
        for (Node row = tb.getFirstChild(); row != null; row = row.getNext()) {
          if (!(row instanceof TableRow)) {
            continue;
          }
          rowIndex++;
          int rowLine = row.getSourceSpans().isEmpty() ? tableLine + 1 + rowIndex : page.line(row);
          List<DocCell> cells = new ArrayList<>();
          for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
              List<DocLink> links = new ArrayList<>();
              String raw = inlineText(c, links);
              cells.add(new DocCell(normalise(raw), links));
            }
          }
          int sourceCells = rowLine - 1 < page.lines.length ? countCells(page.lines[rowLine - 1]) : cells.size();
          rows.add(new DocTableRow(cells, rowLine, sourceCells));
        }
      }
    }
    return new DocTable(header, rows, tableLine, page.section);
  }

  /**
   * Cells in a raw table line: unescaped pipes, minus the outer ones. As in GFM, a pipe splits cells
   * even inside a code span; only {@code \\|} does not.
   */
  static int countCells(String line) {
    String s = line.trim();
    int pipes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        pipes++;
      }
    }
    int cells = pipes + 1;
    if (s.startsWith("|")) {
      cells--;
    }
    if (s.endsWith("|") && s.length() > 1 && !s.endsWith("\\|")) {
      cells--;
    }
    return Math.max(cells, 0);
  }

  private void readParagraph(Node p, PageBuilder page, boolean listItem) {
    List<DocLink> links = new ArrayList<>();
    String t = inlineText(p, links).trim();
    if (!t.isEmpty()) {
      page.paragraphs.add(new DocParagraph(t, links, page.line(p), page.section, listItem));
    }
    if (page.namespace.isEmpty()) {
      Matcher m = NAMESPACE.matcher(t);
      if (m.find()) {
        page.namespace = m.group(1);
        page.namespaceLine = page.line(p);
      }
    }
  }

  private void readList(Node list, PageBuilder page) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof Paragraph) {
            readParagraph(c, page, true);
          } else if (c instanceof BulletList || c instanceof OrderedList) {
            readList(c, page);
          }
        }
      }
    }
  }

  /** An HTML block may hold an annotation; it claims the fenced code block it annotates, if any. */
  private static void readAnnotation(HtmlBlock html, List<Node> blocks, int index, PageBuilder page,
      AnnotationReader annotations) {
    AnnotationReader.Read read = annotations.read(html, blocks, index, page.line(html));
    if (read == null) {
      return;
    }
    page.annotations.add(read.annotation());
    FencedCodeBlock f = read.fence();
    if (f != null) {
      page.claimed.add(f);
      page.codeBlocks.add(new DocCodeBlock(info(f), f.getLiteral(), page.line(f) + 1, page.section, read.annotation()));
    }
  }

  private static String info(FencedCodeBlock f) {
    String i = f.getInfo() == null ? "" : f.getInfo().trim().toLowerCase(Locale.ROOT);
    int sp = i.indexOf(' ');
    return sp > 0 ? i.substring(0, sp) : i;
  }

  /** Plain text of inline content; links are collected when {@code links} is not null. */
  static String inlineText(Node parent, List<DocLink> links) {
    StringBuilder sb = new StringBuilder();
    appendText(parent, sb, links);
    return sb.toString();
  }

  private static void appendText(Node parent, StringBuilder sb, List<DocLink> links) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n instanceof Code c) {
        sb.append('`').append(c.getLiteral()).append('`');
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        sb.append(' ');
      } else if (n instanceof HtmlInline h) {
        String lit = h.getLiteral().toLowerCase(Locale.ROOT);
        if (lit.startsWith("<br")) {
          sb.append(' ');
        }
      } else if (n instanceof Link l) {
        int from = sb.length();
        appendText(l, sb, links);
        if (links != null) {
          links.add(new DocLink(sb.substring(from).trim(), l.getDestination() == null ? "" : l.getDestination()));
        }
      } else if (n instanceof LinkReferenceDefinition) {
        continue;
      } else {
        appendText(n, sb, links);
      }
    }
  }

  /**
   * Cell normalisation: reference links {@code [x][]} and {@code [x]} become x, code marks, emphasis
   * marks and backslashes go, non-breaking spaces become spaces, white space is collapsed.
   */
  public static String normalise(String s) {
    String t = s.indexOf('[') < 0 ? s : REF_LINK.matcher(s).replaceAll("$1");
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '`' || c == '*' || c == '\\') {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString().replace("&nbsp;", " ").trim();
  }

  /** Mutable state of one page while its blocks are read. */
  private static final class PageBuilder {
    final String path;
    final String[] lines;
    String title = "";
    int titleLine;
    String namespace = "";
    int namespaceLine;
    String section = "";
    final List<DocHeading> headings = new ArrayList<>();
    final List<DocTable> tables = new ArrayList<>();
    final List<DocParagraph> paragraphs = new ArrayList<>();
    final List<DocCodeBlock> codeBlocks = new ArrayList<>();
    final List<DocAnnotation> annotations = new ArrayList<>();
    final java.util.Set<Node> claimed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The 0-based line of the body where the part being read starts. */
    int lineOffset;

    PageBuilder(String path, String[] lines) {
      this.path = path;
      this.lines = lines;
    }

    /** The 1-based line of a node of the part being read, in the page; 0 when commonmark gives none. */
    int line(Node n) {
      List<SourceSpan> spans = n.getSourceSpans();
      return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1 + lineOffset;
    }
  }
}
