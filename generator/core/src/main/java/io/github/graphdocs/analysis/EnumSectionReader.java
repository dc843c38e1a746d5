package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.TypeDraft.MemberDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocHeading;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.DocTable;
import io.github.graphdocs.markdown.DocTableRow;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads enum sections ("### x values"), enum pages ("# x enum type") and their member tables. */
final class EnumSectionReader {
  private static final Set<String> MEMBER_HEADERS = Set.of("member", "members", "value", "name", "enum value", "member name");
  private static final Pattern ENUM_HEADING = Pattern.compile(
      "^`?([A-Za-z_][A-Za-z0-9_.]*)`?\\s+(?:enum(?:eration)?\\s+)?(?:type\\s+)?values?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENUM_TITLE = Pattern.compile(
      "^`?([A-Za-z_][A-Za-z0-9_.]*)`?\\s+enum(?:eration)?(?:\\s+type)?$", Pattern.CASE_INSENSITIVE);

  private final DiagnosticCollector diagnostics;
  private final PageEvidenceReader.DraftFinder drafts;

  EnumSectionReader(DiagnosticCollector diagnostics, PageEvidenceReader.DraftFinder drafts) {
    this.diagnostics = diagnostics;
    this.drafts = drafts;
  }

  void readEnums(DocPage page) {
    Matcher title = ENUM_TITLE.matcher(page.title());
    String pageEnum = title.matches() ? title.group(1) : null;
    for (DocTable table : page.tables()) {
      if (table.header().isEmpty() || !MEMBER_HEADERS.contains(table.headerCell(0))) {
        continue;
      }
      String enumName = null;
      Matcher m = ENUM_HEADING.matcher(table.section());
      if (m.matches()) {
        enumName = m.group(1);
      } else if (pageEnum != null && (table.section().equals(page.title()) || table.section().isEmpty()
          || table.section().toLowerCase(Locale.ROOT).startsWith("member"))) {
        enumName = pageEnum;
      }
      if (enumName == null || table.headerCell(1).startsWith("type")) {
        continue;
      }
      int line = headingLine(page, table);
      TypeDraft e = drafts.draft(enumName, page.namespace(), page, line);
      e.enumerated = true;
      SourceLocation at = SourceLocation.of(page.path(), line);
      if (e.enumSource == null) {
        e.enumSource = at;
      }
      int valueColumn = -1;
      int descColumn = -1;
      for (int i = 1; i < table.header().size(); i++) {
        String h = table.headerCell(i);
        if (valueColumn < 0 && h.contains("value")) {
          valueColumn = i;
        } else if (descColumn < 0 && h.startsWith("description")) {
          descColumn = i;
        }
      }
      for (DocTableRow row : table.rows()) {
        String name = row.cell(0).text().replace("`", "").trim();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          if (!name.isEmpty()) {
            diagnostics.report(DiagnosticCode.PROPERTY_NAME_INVALID, SourceLocation.of(page.path(), row.line()),
                "enum member '" + name + "' is not a plain name; the row is skipped");
          }
          continue;
        }
        Long value = null;
        if (valueColumn > 0) {
          try {
            value = Long.decode(row.cell(valueColumn).text().trim());
          } catch (NumberFormatException ex) {
            value = null;
          }
        }
        MemberDraft same = e.members.get(name.toLowerCase(Locale.ROOT));
        if (same != null && same.fromTable && !same.name.equals(name)) {
          diagnostics.report(DiagnosticCode.NAMES_DIFFER_IN_CASE, SourceLocation.of(page.path(), row.line()),
              "enum member '" + name + "' differs only in letter case from '" + same.name
                  + "'; members match ignoring case, so this row is ignored", same.at);
        }
        e.addMember(name, value, descColumn > 0 ? row.cell(descColumn).text() : "",
            SourceLocation.of(page.path(), row.line()), true);
      }
    }
  }

  private static int headingLine(DocPage page, DocTable table) {
    int best = table.line();
    for (DocHeading h : page.headings()) {
      if (h.line() <= table.line() && h.text().equals(table.section())) {
        best = h.line();
      }
    }
    return best;
  }
}
