package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.TypeDraft.BaseClaim;
import io.github.graphdocs.analysis.TypeDraft.BaseSource;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocCell;
import io.github.graphdocs.markdown.DocLink;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.DocTable;
import io.github.graphdocs.markdown.DocTableRow;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads property and relationship tables (and the request-body tables of API pages): each row's name,
 * Type cell, description, possible values and "Inherited from" cell; a property two pages define
 * differently is reported.
 */
final class PropertyTableReader {
  private static final Set<String> PROPERTY_HEADERS = Set.of(
      "property", "property name", "name", "relationship", "relationship name", "properties", "relationships",
      "parameter", "parameter name");
  private static final Set<String> PROPERTY_SECTIONS = Set.of(
      "properties", "relationships", "property", "relationship", "navigation properties",
      "structural properties", "", "properties and relationships", "request body");
  private static final Pattern INHERITED_CELL = Pattern.compile("inherited\\s+from\\s+\\[?`?([A-Za-z_][A-Za-z0-9_.]*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_REMARK =
      Pattern.compile("\\s*\\((deprecated|preview|optional|required|read-only)\\)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROPERTY_NAME = Pattern.compile("@?[A-Za-z_][A-Za-z0-9_.@\\-]*");

  private final DiagnosticCollector diagnostics;

  PropertyTableReader(DiagnosticCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  boolean isPropertyTable(DocTable table, DocPage page) {
    if (table.header().size() < 2 || !PROPERTY_HEADERS.contains(table.headerCell(0))
        || !table.headerCell(1).startsWith("type")) {
      return false;
    }
    String section = table.section().toLowerCase(Locale.ROOT).trim();
    if (section.endsWith(":") || section.endsWith(".")) {
      section = section.substring(0, section.length() - 1).trim();
    }
    return PROPERTY_SECTIONS.contains(section) || section.equals(page.title().toLowerCase(Locale.ROOT));
  }

  void readPropertyTables(DocPage page, TypeDraft t) {
    for (DocTable table : page.tables()) {
      if (!isPropertyTable(table, page) || table.section().equalsIgnoreCase("request body")) {
        continue;
      }
      readPropertyRows(table, page, t.properties, t, true);
      if (table.section().toLowerCase(Locale.ROOT).startsWith("relationship") && !table.rows().isEmpty()) {
        t.hasRelationships = true;
      }
    }
  }

  /** Reads the rows of a property table into {@code into}; inherited-from cells become base claims of {@code owner}. */
  void readPropertyRows(DocTable table, DocPage page, Map<String, PropertyDraft> into, TypeDraft owner, boolean declaring) {
    int columns = table.header().size();
    for (DocTableRow row : table.rows()) {
      SourceLocation at = SourceLocation.of(page.path(), row.line());
      if (row.sourceCellCount() != columns || row.cell(0).isEmpty() || row.cell(1).isEmpty()) {
        diagnostics.report(DiagnosticCode.TABLE_ROW_SHAPE, at, "table row has " + row.sourceCellCount()
            + " cells (the header has " + columns + ")" + (row.cell(0).isEmpty() ? " and no name" : row.cell(1).isEmpty() ? " and no type" : ""));
        if (row.cell(0).isEmpty()) {
          continue;
        }
      }
      String name = cleanPropertyName(row.cell(0).text());
      if (name == null) {
        diagnostics.report(DiagnosticCode.PROPERTY_NAME_INVALID, at,
            "property name '" + row.cell(0).text() + "' is not a plain name; the row is skipped");
        continue;
      }
      if (name.startsWith("@")) {
        continue;
      }
      PropertyDraft p = into.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new PropertyDraft(name, page.namespace()));
      if (p.tableAt != null) {
        if (!p.name.equals(name)) {
          diagnostics.report(DiagnosticCode.NAMES_DIFFER_IN_CASE, at, "property '" + name + "' differs only in letter case from '"
              + p.name + "'; names match ignoring case, so this row is ignored", p.tableAt);
        }
        if (declaring && !p.tableAt.file().equals(page.path())) {
          compareDefinitions(owner, p, TypeCellParser.parseCell(typeCellText(row.cell(1))), row.cell(1).text(), at);
        }
        continue;
      }
      DocCell typeCell = row.cell(1);
      p.tableType = TypeCellParser.parseCell(typeCellText(typeCell));
      p.tableTypeText = typeCell.text();
      p.tableAt = at;
      p.at = at;
      p.namespace = page.namespace();
      String description = columns > 2 ? row.cell(2).text() : "";
      p.description = description;
      p.possibleValues = PossibleValues.fromDescription(description);
      Matcher m = INHERITED_CELL.matcher(description);
      if (m.find()) {
        p.inheritedFrom = WrittenTypeNames.trimDots(m.group(1));
        if (owner != null) {
          owner.baseClaims.add(new BaseClaim(p.inheritedFrom, BaseSource.INHERITED_CELL, page.namespace(), at));
        }
      }
    }
  }

  /**
   * A property that two pages define: value versus object or single versus collection cannot both be
   * true (GD305, an error); two different value or object types are a warning (GD304). The first page
   * read wins either way.
   */
  private void compareDefinitions(TypeDraft owner, PropertyDraft first, TypeCellParser.Parsed other, String otherText,
      SourceLocation at) {
    TypeCellParser.Parsed kept = first.tableType;
    if (kept == null || other == null || kept.name().equals("Edm.Untyped") || other.name().equals("Edm.Untyped")) {
      return;
    }
    boolean keptValue = kept.primitive() && !kept.name().equals("Edm.String");
    boolean otherValue = other.primitive() && !other.name().equals("Edm.String");
    boolean valueVsObject = keptValue && !other.primitive() || otherValue && !kept.primitive();
    String typeName = owner == null ? "" : " of " + owner.name;
    if (kept.collection() != other.collection() || valueVsObject) {
      diagnostics.report(DiagnosticCode.INCOMPATIBLE_PROPERTY, at,
          "property '" + first.name + "'" + typeName + " is '" + otherText + "' here but '" + first.tableTypeText
              + "' on another page; one property cannot be both", first.tableAt);
    } else if (!simpleName(kept.name()).equalsIgnoreCase(simpleName(other.name()))) {
      diagnostics.report(DiagnosticCode.CONFLICTING_PROPERTY_TYPES, at,
          "property '" + first.name + "'" + typeName + " is '" + otherText + "' here but '" + first.tableTypeText
              + "' on another page; the first is used", first.tableAt);
    }
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  /** The type a cell names: a link's text when it is a single link, else the cell text. */
  private static String typeCellText(DocCell cell) {
    String text = cell.text();
    for (DocLink l : cell.links()) {
      String dest = l.destination();
      if (dest.startsWith("#") && !l.text().isEmpty()) {
        // anchor to an in-page enum section: the link text names the enum
        return text;
      }
    }
    return text;
  }

  static String cleanPropertyName(String cell) {
    String n = NAME_REMARK.matcher(cell).replaceFirst("").trim();
    if (n.endsWith(":")) {
      n = n.substring(0, n.length() - 1);
    }
    return PROPERTY_NAME.matcher(n).matches() && n.length() < 200 ? n : null;
  }
}
