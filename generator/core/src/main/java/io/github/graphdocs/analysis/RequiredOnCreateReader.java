package io.github.graphdocs.analysis;

import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocLink;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.DocParagraph;
import io.github.graphdocs.markdown.DocTable;
import io.github.graphdocs.markdown.DocTableRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the create pages' statement "The following table shows the properties that are required when
 * you create the X." and the table after it: the names it lists, as a claim about type X, resolved
 * once all pages are read.
 */
final class RequiredOnCreateReader {
  private static final Pattern STATEMENT = Pattern.compile(
      "properties\\s+that\\s+are\\s+required\\s+when\\s+you\\s+create\\s+(?:the\\s+|an?\\s+)?`?\\[?([A-Za-z_][A-Za-z0-9_.]*)",
      Pattern.CASE_INSENSITIVE);

  /** The properties a page says are required when creating a type, as written. */
  record Claim(String typeName, String namespace, Set<String> propertyNames, SourceLocation at) {}

  private final List<Claim> claims = new ArrayList<>();

  List<Claim> claims() {
    return claims;
  }

  void readPage(DocPage page, PropertyTableReader tables) {
    if (!page.isApiPage()) {
      return;
    }
    for (DocParagraph p : page.paragraphs()) {
      if (!AsciiText.containsIgnoreCase(p.text(), "required")) {
        continue; // the statement's word (the pattern allows any white space around it)
      }
      Matcher m = STATEMENT.matcher(p.text());
      if (!m.find()) {
        continue;
      }
      String typeName = linkedName(p, m.group(1));
      DocTable table = nextPropertyTable(page, p, tables);
      if (typeName == null || table == null) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      for (DocTableRow row : table.rows()) {
        String n = PropertyTableReader.cleanPropertyName(row.cell(0).text());
        if (n != null) {
          names.add(n.toLowerCase(Locale.ROOT));
        }
      }
      claims.add(new Claim(typeName, page.namespace(), names, SourceLocation.of(page.path(), p.line())));
    }
  }

  /** The link's type name when the statement links the type, else the word as written. */
  private static String linkedName(DocParagraph p, String written) {
    for (DocLink l : p.links()) {
      if (l.text().replace("`", "").trim().equalsIgnoreCase(written)) {
        String n = WrittenTypeNames.linkTypeName(l);
        return n != null ? n : written;
      }
    }
    return WrittenTypeNames.trimDots(written);
  }

  private static DocTable nextPropertyTable(DocPage page, DocParagraph statement, PropertyTableReader tables) {
    for (DocTable t : page.tables()) {
      if (t.line() > statement.line() && t.section().equals(statement.section())) {
        return tables.isPropertyTable(t, page) ? t : null;
      }
    }
    return null;
  }
}
