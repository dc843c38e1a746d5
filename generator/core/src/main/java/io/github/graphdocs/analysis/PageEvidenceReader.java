package io.github.graphdocs.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graphdocs.analysis.TypeDraft.BaseClaim;
import io.github.graphdocs.analysis.TypeDraft.BaseSource;
import io.github.graphdocs.analysis.TypeDraft.MemberDraft;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocAnnotation;
import io.github.graphdocs.markdown.DocCell;
import io.github.graphdocs.markdown.DocCodeBlock;
import io.github.graphdocs.markdown.DocHeading;
import io.github.graphdocs.markdown.DocLink;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.DocParagraph;
import io.github.graphdocs.markdown.DocTable;
import io.github.graphdocs.markdown.DocTableRow;
import io.github.graphdocs.markdown.LenientJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First pass of analysis: reads what every page states about types (resource blocks, property and
 * relationship tables, JSON placeholders, inheritance prose, derived-type lists, enum sections and
 * enum pages, API request-body tables) into {@link TypeDraft}s, without resolving anything.
 */
final class PageEvidenceReader {
  private static final Set<String> PROPERTY_HEADERS = Set.of(
      "property", "property name", "name", "relationship", "relationship name", "properties", "relationships",
      "parameter", "parameter name");
  private static final Set<String> PROPERTY_SECTIONS = Set.of(
      "properties", "relationships", "property", "relationship", "navigation properties",
      "structural properties", "", "properties and relationships", "request body");
  private static final Set<String> MEMBER_HEADERS = Set.of("member", "members", "value", "name", "enum value", "member name");
  private static final Pattern ENUM_HEADING = Pattern.compile(
      "^`?([A-Za-z_][A-Za-z0-9_.]*)`?\\s+(?:enum(?:eration)?\\s+)?(?:type\\s+)?values?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENUM_TITLE = Pattern.compile(
      "^`?([A-Za-z_][A-Za-z0-9_.]*)`?\\s+enum(?:eration)?(?:\\s+type)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern RESOURCE_TITLE = Pattern.compile(
      "^`?([A-Za-z_][A-Za-z0-9_.]*)`?\\s+(?:resource|complex)\\s+type$", Pattern.CASE_INSENSITIVE);
  /** What follows "inherit from" when a page says that other types derive from it. */
  private static final Pattern BASE_STATEMENT = Pattern.compile("\\s*(this\\b|it\\b|here\\b|[.;:]|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern INHERITS = Pattern.compile("\\binherits?\\s+from\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INHERITED_CELL = Pattern.compile("inherited\\s+from\\s+\\[?`?([A-Za-z_][A-Za-z0-9_.]*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9_]");
  private static final Pattern NAME_REMARK =
      Pattern.compile("\\s*\\((deprecated|preview|optional|required|read-only)\\)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_FILE_SUFFIX = Pattern.compile("(\\.md)?(#.*)?$");
  private static final Pattern PROPERTY_NAME = Pattern.compile("@?[A-Za-z_][A-Za-z0-9_.@\\-]*");
  private static final Set<String> PROSE_STOP = Set.of(
      "the", "a", "an", "base", "this", "class", "type", "resource", "abstract", "entity type", "complex");

  private final DiagnosticCollector diagnostics;
  private final Map<String, TypeDraft> drafts;
  private final List<PendingDerived> derived = new ArrayList<>();

  record PendingDerived(String child, String parent, String namespace, SourceLocation at) {}

  PageEvidenceReader(DiagnosticCollector diagnostics, Map<String, TypeDraft> drafts) {
    this.diagnostics = diagnostics;
    this.drafts = drafts;
  }

  List<PendingDerived> derived() {
    return derived;
  }

  /** Reads one page's statements about its own types; API pages are read by {@link #readApiPage}. */
  void readPage(DocPage page) {
    String ns = page.namespace();
    TypeDraft main = null;
    for (DocCodeBlock block : page.codeBlocks()) {
      DocAnnotation a = block.annotation();
      if (a == null || !"resource".equals(a.blockType())) {
        continue;
      }
      String typeName = a.string("@odata.type");
      if (typeName.isEmpty()) {
        typeName = a.string("@type");
      }
      typeName = stripHash(typeName);
      SourceLocation at = SourceLocation.of(page.path(), a.line());
      if (typeName.isEmpty() || !WORD.matcher(typeName).matches() && !typeName.matches("[A-Za-z_]")) {
        diagnostics.report(DiagnosticCode.RESOURCE_WITHOUT_TYPE, at,
            typeName.isEmpty() ? "resource annotation has no @odata.type" : "resource annotation type '" + typeName + "' is not a type name");
        if (typeName.isEmpty()) {
          continue;
        }
      }
      TypeDraft t = draft(typeName, ns, page, a.line());
      t.structured = true;
      t.sources.add(at);
      if (!a.string("keyProperty").isEmpty() && t.keyProperty == null) {
        t.keyProperty = a.string("keyProperty");
      }
      if (a.flag("abstract") || a.flag("isAbstract")) {
        t.isAbstract = true;
      }
      if (a.flag("openType")) {
        t.open = true;
      }
      String base = stripHash(a.string("baseType"));
      if (!base.isEmpty() && !base.equalsIgnoreCase("null")) {
        t.baseClaims.add(new BaseClaim(base, BaseSource.ANNOTATION, ns, at));
      }
      readJsonRepresentation(block, t, page);
      if (main == null) {
        main = t;
      }
    }
    if (main == null) {
      main = typeFromTitle(page);
    }
    if (main != null) {
      if (main.description.isEmpty()) {
        main.description = firstDescription(page);
      }
      readPropertyTables(page, main);
      readInheritanceProse(page, main);
      readMethods(page, main);
      main.mentionsDerivedTypes |= mentionsDerivedTypes(page);
    }
    readEnums(page);
  }

  /** A page without a resource block still documents a type when its title says "x resource type" and it has a property table. */
  private TypeDraft typeFromTitle(DocPage page) {
    Matcher m = RESOURCE_TITLE.matcher(page.title());
    if (!m.matches() || page.isApiPage()) {
      return null;
    }
    boolean hasTable = page.tables().stream().anyMatch(t -> isPropertyTable(t, page));
    if (!hasTable) {
      return null;
    }
    TypeDraft t = draft(singularByFileName(m.group(1), page), page.namespace(), page, page.titleLine());
    t.structured = true;
    t.sources.add(SourceLocation.of(page.path(), page.titleLine()));
    return t;
  }

  /** "# accounts resource type" on {@code dynamics-account.md} documents {@code account}: the file name decides the number. */
  static String singularByFileName(String titleName, DocPage page) {
    String base = page.baseName();
    base = base.substring(base.lastIndexOf('-') + 1);
    String lower = titleName.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") && !base.endsWith("s") && lower.substring(0, lower.length() - 1).equals(base)) {
      return titleName.substring(0, titleName.length() - 1);
    }
    return titleName;
  }

  private String firstDescription(DocPage page) {
    for (DocParagraph p : page.paragraphs()) {
      String t = p.text();
      if (p.listItem() || t.startsWith("Namespace") || t.startsWith("[!") || t.startsWith("Inherits")
          || !p.section().equals(page.title())) {
        continue;
      }
      return t;
    }
    return page.frontMatter().getOrDefault("description", "");
  }

  private void readJsonRepresentation(DocCodeBlock block, TypeDraft t, DocPage page) {
    LenientJson.Result r = LenientJson.parse(block.literal());
    if (!r.ok() || !r.node().isObject()) {
      if (!r.ok()) {
        diagnostics.report(DiagnosticCode.JSON_BLOCK_INVALID,
            new SourceLocation(page.path(), block.line() + r.line() - 1, r.column()),
            "JSON representation of " + t.name + " is not valid JSON: " + r.error() + "; its keys were read by a scanner");
      }
      for (String key : TopLevelKeyScanner.keys(block.literal())) {
        jsonProperty(t, key, null, SourceLocation.of(page.path(), block.line()), page.namespace());
      }
      return;
    }
    for (Map.Entry<String, JsonNode> e : r.node().properties()) {
      int line = block.line() + lineOfKey(block.literal(), e.getKey());
      jsonProperty(t, e.getKey(), e.getValue(), SourceLocation.of(page.path(), line), page.namespace());
    }
  }

  private static int lineOfKey(String literal, String key) {
    int i = literal.indexOf("\"" + key + "\"");
    if (i < 0) {
      return 0;
    }
    int n = 0;
    for (int k = 0; k < i; k++) {
      if (literal.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }

  private void jsonProperty(TypeDraft t, String key, JsonNode value, SourceLocation at, String ns) {
    if (key.startsWith("@") || key.isBlank() || key.contains("@odata.")) {
      return;
    }
    PropertyDraft p = t.properties.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new PropertyDraft(key, ns));
    if (p.jsonAt != null) {
      return;
    }
    p.jsonAt = at;
    if (p.at == null) {
      p.at = at;
    }
    if (value == null) {
      return;
    }
    JsonNode v = value;
    boolean collection = false;
    if (v.isArray()) {
      collection = true;
      v = v.size() > 0 ? v.get(0) : null;
      if (v == null) {
        p.jsonType = new TypeCellParser.Parsed("Edm.Untyped", true);
        return;
      }
    }
    TypeCellParser.Parsed parsed = null;
    if (v.isTextual()) {
      String s = v.asText();
      List<String> alts = PossibleValues.fromPlaceholder(s);
      if (!alts.isEmpty()) {
        p.placeholderValues = alts;
        parsed = new TypeCellParser.Parsed("Edm.String", collection);
      } else {
        parsed = TypeCellParser.parsePlaceholder(s);
        if (parsed == null) {
          parsed = new TypeCellParser.Parsed("Edm.String", collection);
        }
      }
    } else if (v.isBoolean()) {
      parsed = new TypeCellParser.Parsed("Edm.Boolean", collection);
    } else if (v.isIntegralNumber()) {
      parsed = new TypeCellParser.Parsed(v.canConvertToInt() ? "Edm.Int32" : "Edm.Int64", collection);
    } else if (v.isNumber()) {
      parsed = new TypeCellParser.Parsed("Edm.Double", collection);
    } else if (v.isObject()) {
      JsonNode odt = v.get("@odata.type");
      if (odt == null) {
        odt = v.get("@type");
      }
      if (odt != null && odt.isTextual() && !stripHash(odt.asText()).isEmpty()) {
        parsed = new TypeCellParser.Parsed(stripHash(odt.asText()), collection);
      } else {
        parsed = new TypeCellParser.Parsed("Edm.Untyped", collection);
      }
    }
    if (parsed != null) {
      p.jsonType = new TypeCellParser.Parsed(parsed.name(), collection);
    }
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

  private void readPropertyTables(DocPage page, TypeDraft t) {
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
        p.inheritedFrom = trimDots(m.group(1));
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

  private void readInheritanceProse(DocPage page, TypeDraft t) {
    for (int i = 0; i < page.paragraphs().size(); i++) {
      DocParagraph p = page.paragraphs().get(i);
      Matcher m = INHERITS.matcher(p.text());
      if (!m.find() || p.listItem()) {
        continue;
      }
      SourceLocation at = SourceLocation.of(page.path(), p.line());
      int phraseEnd = m.end();
      if (BASE_STATEMENT.matcher(p.text().substring(phraseEnd)).lookingAt()) {
        // "[serviceEndpoint](...) types inherit from this type": this page's type is a base, the links before are derived types
        t.mentionsDerivedTypes = true;
        for (DocLink l : p.links()) {
          int where = p.text().indexOf(l.text());
          String child = linkTypeName(l);
          if (where >= 0 && where < m.start() && child != null) {
            derived.add(new PendingDerived(child, t.qualifiedName(), page.namespace(), at));
          }
        }
        continue;
      }
      String target = null;
      for (DocLink l : p.links()) {
        int where = p.text().indexOf(l.text(), phraseEnd);
        if (where >= phraseEnd) {
          target = linkTypeName(l);
          break;
        }
      }
      if (target == null) {
        Matcher w = WORD.matcher(p.text().substring(phraseEnd));
        while (w.find()) {
          String word = w.group();
          if (PROSE_STOP.contains(word.toLowerCase(Locale.ROOT))) {
            continue;
          }
          target = word;
          break;
        }
        // "base policy type" and similar: a word followed by "type" that names no type is left for resolution to judge
      }
      if (target == null || target.isEmpty()) {
        diagnostics.report(DiagnosticCode.INHERITS_WITHOUT_TYPE, at, "'inherits from' names no type");
        continue;
      }
      t.baseClaims.add(new BaseClaim(trimDots(target), BaseSource.PROSE, page.namespace(), at));
      return;
    }
    // "The following types derive from this object:" followed by a list of links
    boolean inDerivedList = false;
    for (DocParagraph p : page.paragraphs()) {
      if (!p.listItem()) {
        String lower = p.text().toLowerCase(Locale.ROOT);
        inDerivedList = lower.contains("derive") && (lower.contains("following") || lower.contains("types"));
        continue;
      }
      if (inDerivedList && !p.links().isEmpty()) {
        String child = linkTypeName(p.links().get(0));
        if (child != null) {
          derived.add(new PendingDerived(child, t.qualifiedName(), page.namespace(), SourceLocation.of(page.path(), p.line())));
        }
      }
    }
  }

  /** The type a link names: its text when that is a name, else the file name of its destination. */
  static String linkTypeName(DocLink l) {
    String text = l.text().replace("`", "").trim();
    if (WORD.matcher(text).matches() || text.matches("[A-Za-z]")) {
      return text;
    }
    String dest = l.destination();
    int slash = dest.lastIndexOf('/');
    String file = LINK_FILE_SUFFIX.matcher(dest.substring(slash + 1)).replaceFirst("");
    return WORD.matcher(file).matches() ? file : null;
  }

  private static final Pattern DERIVED_TALK = Pattern.compile(
      "\\bderived\\s+(resource\\s+|entity\\s+|complex\\s+)?types?\\b|\\bderive\\s+from\\b|\\babstract\\s+(base\\s+)?type\\b|\\bbase\\s+type\\s+for\\b",
      Pattern.CASE_INSENSITIVE);

  private static boolean mentionsDerivedTypes(DocPage page) {
    for (DocParagraph p : page.paragraphs()) {
      if (DERIVED_TALK.matcher(p.text()).find()) {
        return true;
      }
    }
    for (DocTable t : page.tables()) {
      for (var row : t.rows()) {
        for (DocCell c : row.cells()) {
          if (DERIVED_TALK.matcher(c.text()).find()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void readMethods(DocPage page, TypeDraft t) {
    for (DocTable table : page.tables()) {
      if (table.headerCell(0).startsWith("method") && table.rows().stream().anyMatch(r -> !r.cell(0).links().isEmpty())) {
        t.hasMethods = true;
      }
    }
  }

  /** Enum sections ("### x values"), enum pages ("# x enum type") and their member tables. */
  private void readEnums(DocPage page) {
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
      TypeDraft e = draft(enumName, page.namespace(), page, line);
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
        addMember(e, name, value, descColumn > 0 ? row.cell(descColumn).text() : "",
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

  static void addMember(TypeDraft e, String name, Long value, String description, SourceLocation at, boolean fromTable) {
    MemberDraft existing = e.members.get(name.toLowerCase(Locale.ROOT));
    if (existing == null) {
      e.members.put(name.toLowerCase(Locale.ROOT), new MemberDraft(name, value, description, at, fromTable));
      return;
    }
    if (existing.value == null) {
      existing.value = value;
    }
    if (existing.description.isEmpty()) {
      existing.description = description;
    }
    // Graph members are camelCase: prefer a spelling that starts in lower case.
    if (!existing.fromTable && Character.isUpperCase(existing.name.charAt(0)) && Character.isLowerCase(name.charAt(0))) {
      existing.name = name;
    }
  }

  /** Finds or creates the draft for a type name as written on a page. */
  TypeDraft draft(String typeName, String pageNamespace, DocPage page, int line) {
    String qualified = typeName;
    if (!typeName.contains(".")) {
      if (pageNamespace.isEmpty()) {
        diagnostics.report(DiagnosticCode.TYPE_WITHOUT_NAMESPACE, SourceLocation.of(page.path(), line),
            "type '" + typeName + "' is not qualified and the page has no Namespace line");
      }
      qualified = (pageNamespace.isEmpty() ? "" : pageNamespace + ".") + typeName;
    }
    String key = qualified.toLowerCase(Locale.ROOT);
    TypeDraft d = drafts.get(key);
    if (d == null) {
      int dot = qualified.lastIndexOf('.');
      d = new TypeDraft(key, dot < 0 ? "" : qualified.substring(0, dot), qualified.substring(dot + 1));
      drafts.put(key, d);
    }
    return d;
  }

  static String stripHash(String s) {
    String t = s.trim();
    while (t.startsWith("#")) {
      t = t.substring(1);
    }
    return t;
  }

  static String trimDots(String s) {
    String t = s;
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
