package io.github.graphdocs.analysis;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the analysis passes share: the type drafts by lower-case qualified name, the namespace
 * spellings, name resolution as pages write names, and the resolved bases and kinds that the passes
 * fill in. Mutable; lives for one {@link SchemaAnalyzer#analyze} run.
 */
final class TypeIndex {
  static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  final Map<String, TypeDraft> drafts = new LinkedHashMap<>();
  private final Map<String, List<TypeDraft>> bySimpleName = new HashMap<>();
  private final Map<String, String> namespaceSpelling = new HashMap<>();
  /** The namespace of pages that state none: the root the others extend, else the one most pages state. */
  private String defaultNamespace = "";
  private String rootNamespace = "";
  final Map<String, TypeDraft> resolvedBase = new HashMap<>();
  /** Types whose base an annotation, prose or a derived-type list states (not cells, inference or the key rule). */
  final Set<String> statedBase = new HashSet<>();
  final Map<String, TypeKind> kinds = new HashMap<>();

  // ---------------------------------------------------------------- namespaces

  /** Chooses one spelling per namespace (the most used) and the namespace of pages that state none. */
  void chooseNamespaceSpellings(List<DocPage> pages) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (DocPage p : pages) {
      if (!p.namespace().isEmpty()) {
        counts.computeIfAbsent(p.namespace().toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(p.namespace(), 1, Integer::sum);
      }
    }
    counts.forEach((lower, spellings) -> namespaceSpelling.put(lower,
        spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).get().getKey()));
    Map<String, Integer> pagesPerNamespace = new TreeMap<>();
    counts.forEach((lower, spellings) -> pagesPerNamespace.put(namespaceSpelling.get(lower),
        spellings.values().stream().mapToInt(Integer::intValue).sum()));
    defaultNamespace = pagesPerNamespace.keySet().stream()
        .filter(ns -> pagesPerNamespace.keySet().stream().allMatch(o -> o.equals(ns) || o.startsWith(ns + ".")))
        .findFirst()
        .orElseGet(() -> pagesPerNamespace.entrySet().stream().max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey).orElse(""));
  }

  String canonicalNamespace(String ns) {
    return namespaceSpelling.getOrDefault(ns.toLowerCase(Locale.ROOT), ns);
  }

  DocPage withCanonicalNamespace(DocPage p) {
    String ns = p.namespace();
    if (ns.isEmpty()) {
      ns = defaultNamespace;
    } else {
      ns = canonicalNamespace(ns);
    }
    if (ns.equals(p.namespace())) {
      return p;
    }
    return new DocPage(p.path(), p.frontMatter(), p.title(), p.titleLine(), ns, p.namespaceLine(), p.headings(),
        p.tables(), p.paragraphs(), p.codeBlocks(), p.annotations());
  }

  /** After all pages are read: canonical namespaces on the drafts, the root namespace, the simple-name index. */
  void indexDrafts() {
    for (TypeDraft d : drafts.values()) {
      d.namespace = canonicalNamespace(d.namespace);
    }
    rootNamespace = mostCommonNamespace();
    bySimpleName.clear();
    for (TypeDraft d : drafts.values()) {
      bySimpleName.computeIfAbsent(d.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(d);
    }
  }

  /** The namespace most types are in (set by {@link #indexDrafts}): the entity container's. */
  String rootNamespace() {
    return rootNamespace;
  }

  private String mostCommonNamespace() {
    Map<String, Integer> counts = new TreeMap<>();
    for (TypeDraft d : drafts.values()) {
      counts.merge(d.namespace, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  /** Adds an enum that only a Type cell names, under its lower-case qualified key. */
  void addEnum(String key, TypeDraft e) {
    drafts.put(key, e);
    bySimpleName.computeIfAbsent(e.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
    kinds.put(key, TypeKind.ENUM);
  }

  // ---------------------------------------------------------------- names

  /** Resolves a type name as written (simple, qualified, aliased) in the context of a namespace. */
  TypeDraft resolve(String written, String contextNamespace) {
    if (written == null) {
      return null;
    }
    String n = WrittenTypeNames.stripHash(written).trim();
    if (n.isEmpty()) {
      return null;
    }
    String lower = n.toLowerCase(Locale.ROOT);
    TypeDraft d = drafts.get(lower);
    if (d != null) {
      return d;
    }
    int dot = lower.lastIndexOf('.');
    if (dot > 0) {
      String prefix = lower.substring(0, dot);
      String simple = lower.substring(dot + 1);
      if (!rootNamespace.isEmpty()) {
        String alias = rootNamespace.substring(rootNamespace.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (prefix.equals(alias)) {
          d = drafts.get(rootNamespace.toLowerCase(Locale.ROOT) + "." + simple);
          if (d != null) {
            return d;
          }
        }
      }
      lower = simple;
    }
    List<TypeDraft> candidates = bySimpleName.get(lower);
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    for (TypeDraft c : candidates) {
      if (c.namespace.equalsIgnoreCase(contextNamespace)) {
        return c;
      }
    }
    for (TypeDraft c : candidates) {
      if (c.namespace.equalsIgnoreCase(rootNamespace)) {
        return c;
      }
    }
    return candidates.get(0);
  }

  /** A parsed type as a reference: a primitive, a documented type, or untyped JSON when no page defines it. */
  TypeRef quietRef(TypeCellParser.Parsed parsed, String ns) {
    if (parsed.primitive()) {
      return new TypeRef(parsed.name(), parsed.collection());
    }
    TypeDraft t = resolve(parsed.name(), ns);
    return t != null && kinds.containsKey(t.key) ? new TypeRef(t.qualifiedName(), parsed.collection())
        : new TypeRef(TypeRef.UNKNOWN.name(), parsed.collection());
  }

  /** Reports every type whose name or namespace cannot become a Java name. */
  void checkNames(DiagnosticCollector diagnostics) {
    for (TypeDraft d : drafts.values()) {
      if (!TYPE_NAME.matcher(d.name).matches() || !d.namespace.isEmpty() && !isNamespaceName(d.namespace)) {
        diagnostics.report(DiagnosticCode.INVALID_TYPE_NAME, firstSource(d),
            "type name '" + d.qualifiedName() + "' cannot become a Java type name");
      }
    }
  }

  /** Dot-separated identifiers, checked segment by segment: a regex repeating a group recurses once per segment. */
  private static boolean isNamespaceName(String ns) {
    if (ns.startsWith(".") || ns.endsWith(".")) {
      return false;
    }
    for (String seg : ns.split("\\.", -1)) {
      if (!TYPE_NAME.matcher(seg).matches()) {
        return false;
      }
    }
    return true;
  }

  static SourceLocation firstSource(TypeDraft d) {
    if (!d.sources.isEmpty()) {
      return d.sources.get(0);
    }
    return d.enumSource != null ? d.enumSource : SourceLocation.ofFile("");
  }

  // ---------------------------------------------------------------- resolved bases

  /** Whether {@code maybeAncestor} is a base, direct or not, of {@code of}: one walk up, safe on cycles. */
  boolean isAncestor(TypeDraft maybeAncestor, TypeDraft of) {
    Set<TypeDraft> seen = new HashSet<>();
    TypeDraft cur = resolvedBase.get(of.key);
    while (cur != null && seen.add(cur)) {
      if (cur == maybeAncestor) {
        return true;
      }
      cur = resolvedBase.get(cur.key);
    }
    return false;
  }

  private final Map<TypeDraft, Integer> depths = new HashMap<>();
  private final Map<TypeDraft, TypeDraft> roots = new HashMap<>();

  /** How many bases a type has, once bases are final (cycles broken): each type's from its base's, so all in linear time. */
  int depth(TypeDraft d) {
    chainFacts(d);
    return depths.get(d);
  }

  /** The topmost base of a type, or the type itself, once bases are final. */
  TypeDraft root(TypeDraft d) {
    chainFacts(d);
    return roots.get(d);
  }

  private void chainFacts(TypeDraft d) {
    List<TypeDraft> path = new ArrayList<>();
    Set<TypeDraft> seen = new HashSet<>();
    TypeDraft cur = d;
    while (cur != null && !depths.containsKey(cur) && seen.add(cur)) {
      path.add(cur);
      cur = resolvedBase.get(cur.key);
    }
    boolean known = cur != null && depths.containsKey(cur);
    int depth = known ? depths.get(cur) : -1;
    TypeDraft root = known ? roots.get(cur) : path.get(path.size() - 1);
    for (int i = path.size() - 1; i >= 0; i--) {
      depths.put(path.get(i), ++depth);
      roots.put(path.get(i), root);
    }
  }

  /** The bases of a type, nearest first; stops where a cycle would repeat one. Linear in the depth. */
  List<TypeDraft> ancestors(TypeDraft d) {
    List<TypeDraft> out = new ArrayList<>();
    Set<TypeDraft> seen = new HashSet<>();
    TypeDraft cur = resolvedBase.get(d.key);
    while (cur != null && seen.add(cur)) {
      out.add(cur);
      cur = resolvedBase.get(cur.key);
    }
    return out;
  }
}
