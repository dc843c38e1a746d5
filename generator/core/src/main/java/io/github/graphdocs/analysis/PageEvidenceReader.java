package io.github.graphdocs.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.graphdocs.analysis.TypeDraft.BaseClaim;
import io.github.graphdocs.analysis.TypeDraft.BaseSource;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocAnnotation;
import io.github.graphdocs.markdown.DocCodeBlock;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.DocParagraph;
import io.github.graphdocs.markdown.DocTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First pass of analysis: reads what every page states about types into {@link TypeDraft}s, without
 * resolving anything. Finds each page's own type (its resource blocks, else a "x resource type" title)
 * and runs the evidence readers on it: {@link JsonRepresentationReader}, {@link PropertyTableReader},
 * {@link InheritanceProseReader} and {@link EnumSectionReader}.
 */
final class PageEvidenceReader {
  private static final Pattern RESOURCE_TITLE = Pattern.compile(
      "^`?([A-Za-z_][A-Za-z0-9_.]*)`?\\s+(?:resource|complex)\\s+type$", Pattern.CASE_INSENSITIVE);

  /** Finds or creates the draft for a type name as written on a page. */
  @FunctionalInterface
  interface DraftFinder {
    TypeDraft draft(String typeName, String pageNamespace, DocPage page, int line);
  }

  private final DiagnosticCollector diagnostics;
  private final Map<String, TypeDraft> drafts;
  private final JsonRepresentationReader json;
  private final PropertyTableReader propertyTables;
  private final InheritanceProseReader inheritance;
  private final EnumSectionReader enums;
  private final RequiredOnCreateReader requiredOnCreate = new RequiredOnCreateReader();

  PageEvidenceReader(DiagnosticCollector diagnostics, Map<String, TypeDraft> drafts) {
    this.diagnostics = diagnostics;
    this.drafts = drafts;
    this.json = new JsonRepresentationReader(diagnostics);
    this.propertyTables = new PropertyTableReader(diagnostics);
    this.inheritance = new InheritanceProseReader(diagnostics);
    this.enums = new EnumSectionReader(diagnostics, this::draft);
  }

  /** The derived types that pages name, to apply once all pages are read. */
  List<InheritanceProseReader.PendingDerived> derived() {
    return inheritance.derived();
  }

  /** The create pages' statements of required properties, to apply once all pages are read. */
  List<RequiredOnCreateReader.Claim> requiredOnCreate() {
    return requiredOnCreate.claims();
  }

  /** The property-table reader, which API pages share for their request-body tables. */
  PropertyTableReader propertyTables() {
    return propertyTables;
  }

  /** Reads one page's statements about its own types; API pages' operations are read by {@link ApiPageReader}. */
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
      typeName = WrittenTypeNames.stripHash(typeName);
      SourceLocation at = SourceLocation.of(page.path(), a.line());
      if (typeName.isEmpty() || !WrittenTypeNames.WORD.matcher(typeName).matches() && !typeName.matches("[A-Za-z_]")) {
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
      if (a.json() != null && a.json().get("optionalProperties") instanceof ArrayNode optional) {
        optional.forEach(n -> t.optionalProperties.add(n.asText("").trim().toLowerCase(Locale.ROOT)));
      }
      String base = WrittenTypeNames.stripHash(a.string("baseType"));
      if (!base.isEmpty() && !base.equalsIgnoreCase("null")) {
        t.baseClaims.add(new BaseClaim(base, BaseSource.ANNOTATION, ns, at));
      }
      json.readJsonRepresentation(block, t, page);
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
      propertyTables.readPropertyTables(page, main);
      inheritance.readInheritanceProse(page, main);
      readMethods(page, main);
      main.mentionsDerivedTypes |= InheritanceProseReader.mentionsDerivedTypes(page);
    }
    enums.readEnums(page);
    requiredOnCreate.readPage(page, propertyTables);
  }

  /** A page without a resource block still documents a type when its title says "x resource type" and it has a property table. */
  private TypeDraft typeFromTitle(DocPage page) {
    Matcher m = RESOURCE_TITLE.matcher(page.title());
    if (!m.matches() || page.isApiPage()) {
      return null;
    }
    boolean hasTable = page.tables().stream().anyMatch(t -> propertyTables.isPropertyTable(t, page));
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

  private void readMethods(DocPage page, TypeDraft t) {
    for (DocTable table : page.tables()) {
      if (table.headerCell(0).startsWith("method") && table.rows().stream().anyMatch(r -> !r.cell(0).links().isEmpty())) {
        t.hasMethods = true;
      }
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
}
