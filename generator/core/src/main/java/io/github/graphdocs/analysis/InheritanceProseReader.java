package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.TypeDraft.BaseClaim;
import io.github.graphdocs.analysis.TypeDraft.BaseSource;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocCell;
import io.github.graphdocs.markdown.DocLink;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.DocParagraph;
import io.github.graphdocs.markdown.DocTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a page's prose says about inheritance: "inherits from x" (a prose base claim), "x types
 * inherit from this type" and "the following types derive from this type" lists (derived types,
 * applied once all pages are read), and talk of derived types at all.
 */
final class InheritanceProseReader {
  /** What follows "inherit from" when a page says that other types derive from it. */
  private static final Pattern BASE_STATEMENT = Pattern.compile("\\s*(this\\b|it\\b|here\\b|[.;:]|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern INHERITS = Pattern.compile("\\binherits?\\s+from\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> PROSE_STOP = Set.of(
      "the", "a", "an", "base", "this", "class", "type", "resource", "abstract", "entity type", "complex");

  private static final Pattern DERIVED_TALK = Pattern.compile(
      "\\bderived\\s+(resource\\s+|entity\\s+|complex\\s+)?types?\\b|\\bderive\\s+from\\b|\\babstract\\s+(base\\s+)?type\\b|\\bbase\\s+type\\s+for\\b",
      Pattern.CASE_INSENSITIVE);

  private final DiagnosticCollector diagnostics;
  private final List<PendingDerived> derived = new ArrayList<>();

  /** A type a page names as derived from its own type, before names are resolved. */
  record PendingDerived(String child, String parent, String namespace, SourceLocation at) {}

  InheritanceProseReader(DiagnosticCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The derived types all pages read so far name. */
  List<PendingDerived> derived() {
    return derived;
  }

  void readInheritanceProse(DocPage page, TypeDraft t) {
    for (int i = 0; i < page.paragraphs().size(); i++) {
      DocParagraph p = page.paragraphs().get(i);
      if (p.listItem() || !AsciiText.containsIgnoreCase(p.text(), "inherit")) {
        continue;
      }
      Matcher m = INHERITS.matcher(p.text());
      if (!m.find()) {
        continue;
      }
      SourceLocation at = SourceLocation.of(page.path(), p.line());
      int phraseEnd = m.end();
      if (BASE_STATEMENT.matcher(p.text().substring(phraseEnd)).lookingAt()) {
        // "[serviceEndpoint](...) types inherit from this type": this page's type is a base, the links before are derived types
        t.mentionsDerivedTypes = true;
        for (DocLink l : p.links()) {
          int where = p.text().indexOf(l.text());
          String child = WrittenTypeNames.linkTypeName(l);
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
          target = WrittenTypeNames.linkTypeName(l);
          break;
        }
      }
      if (target == null) {
        Matcher w = WrittenTypeNames.WORD.matcher(p.text().substring(phraseEnd));
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
      t.baseClaims.add(new BaseClaim(WrittenTypeNames.trimDots(target), BaseSource.PROSE, page.namespace(), at));
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
        String child = WrittenTypeNames.linkTypeName(p.links().get(0));
        if (child != null) {
          derived.add(new PendingDerived(child, t.qualifiedName(), page.namespace(), SourceLocation.of(page.path(), p.line())));
        }
      }
    }
  }

  /** {@link #DERIVED_TALK} in {@code text}; each of its phrases holds "derive", "abstract" or "base". */
  private static boolean derivedTalk(String text) {
    return AsciiText.containsAnyIgnoreCase(text, "derive", "abstract", "base") && DERIVED_TALK.matcher(text).find();
  }

  static boolean mentionsDerivedTypes(DocPage page) {
    for (DocParagraph p : page.paragraphs()) {
      if (derivedTalk(p.text())) {
        return true;
      }
    }
    for (DocTable t : page.tables()) {
      for (var row : t.rows()) {
        for (DocCell c : row.cells()) {
          if (derivedTalk(c.text())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
