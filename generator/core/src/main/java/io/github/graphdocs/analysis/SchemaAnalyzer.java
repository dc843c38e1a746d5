package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.ExampleDraft;
import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.TypeDraft.BaseClaim;
import io.github.graphdocs.analysis.TypeDraft.BaseSource;
import io.github.graphdocs.analysis.TypeDraft.MemberDraft;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the checked {@link Schema} from read pages: merges each type over all its pages, resolves
 * names, base types (annotation, prose, derived-type lists, "Inherited from" cells, the implicit key
 * base), kinds, enums and property types, subtracts inherited properties, and reads operations and
 * examples. Reports every inconsistency; throws nothing for bad docs.
 */
public final class SchemaAnalyzer {
  private static final java.util.regex.Pattern TYPE_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final java.util.regex.Pattern NAMESPACE_NAME =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private final DiagnosticCollector diagnostics;
  private final Map<String, TypeDraft> drafts = new LinkedHashMap<>();
  private final Map<String, List<TypeDraft>> bySimpleName = new HashMap<>();
  private final Map<String, String> namespaceSpelling = new HashMap<>();
  private String rootNamespace = "";
  private final Map<String, TypeDraft> resolvedBase = new HashMap<>();
  /** Types whose base an annotation, prose or a derived-type list states (not cells, inference or the key rule). */
  private final Set<String> statedBase = new HashSet<>();
  private final Map<String, TypeKind> kinds = new HashMap<>();

  public SchemaAnalyzer(DiagnosticCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  public Schema analyze(List<DocPage> input) {
    List<DocPage> pages = new ArrayList<>(input);
    pages.sort(Comparator.comparing((DocPage p) -> p.isApiPage()).thenComparing(DocPage::path));
    chooseNamespaceSpellings(pages);
    pages = pages.stream().map(this::withCanonicalNamespace).toList();

    PageEvidenceReader evidence = new PageEvidenceReader(diagnostics, drafts);
    ApiPageReader api = new ApiPageReader(diagnostics, evidence.propertyTables());
    List<OperationDraft> operations = new ArrayList<>();
    List<ExampleDraft> examples = new ArrayList<>();
    for (DocPage page : pages) {
      evidence.readPage(page);
      OperationDraft op = page.isApiPage() ? api.readOperation(page) : null;
      if (op != null) {
        operations.add(op);
      }
      examples.addAll(api.readExamples(page, op));
    }
    for (TypeDraft d : drafts.values()) {
      d.namespace = canonicalNamespace(d.namespace);
    }
    rootNamespace = mostCommonNamespace();
    indexNames();
    applyDerivedLists(evidence.derived());
    bindRequestBodies(operations);
    checkNames();
    markAddressable(operations);
    decideKeys();
    resolveBases();
    decideKinds();
    createEnumsFromReferences();
    Map<String, List<PropertyDef>> declared = resolveProperties();
    List<TypeDef> types = buildTypes(declared);
    List<OperationDef> ops = buildOperations(operations);
    List<ExampleDef> exs = buildExamples(examples);
    return new Schema(types, ops, exs);
  }

  // ---------------------------------------------------------------- namespaces and names

  private void chooseNamespaceSpellings(List<DocPage> pages) {
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

  private String canonicalNamespace(String ns) {
    return namespaceSpelling.getOrDefault(ns.toLowerCase(Locale.ROOT), ns);
  }

  private DocPage withCanonicalNamespace(DocPage p) {
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

  /** The namespace of pages that state none: the root the others extend, else the one most pages state. */
  private String defaultNamespace = "";

  private String mostCommonNamespace() {
    Map<String, Integer> counts = new TreeMap<>();
    for (TypeDraft d : drafts.values()) {
      counts.merge(d.namespace, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  private void indexNames() {
    bySimpleName.clear();
    for (TypeDraft d : drafts.values()) {
      bySimpleName.computeIfAbsent(d.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(d);
    }
  }

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

  private void checkNames() {
    for (TypeDraft d : drafts.values()) {
      if (!TYPE_NAME.matcher(d.name).matches() || !d.namespace.isEmpty() && !NAMESPACE_NAME.matcher(d.namespace).matches()) {
        diagnostics.report(DiagnosticCode.INVALID_TYPE_NAME, firstSource(d),
            "type name '" + d.qualifiedName() + "' cannot become a Java type name");
      }
    }
  }

  private static SourceLocation firstSource(TypeDraft d) {
    if (!d.sources.isEmpty()) {
      return d.sources.get(0);
    }
    return d.enumSource != null ? d.enumSource : SourceLocation.ofFile("");
  }

  // ---------------------------------------------------------------- inheritance

  private void applyDerivedLists(List<InheritanceProseReader.PendingDerived> derived) {
    for (InheritanceProseReader.PendingDerived pd : derived) {
      TypeDraft child = resolve(pd.child(), pd.namespace());
      if (child != null && child.structured) {
        child.baseClaims.add(new BaseClaim(pd.parent(), BaseSource.DERIVED_LIST, pd.namespace(), pd.at()));
      }
    }
  }

  /** Create and update API pages document the properties of the type they send. */
  private void bindRequestBodies(List<OperationDraft> operations) {
    for (OperationDraft op : operations) {
      if (op.requestTypeName == null || op.method.equals("GET") || op.method.equals("DELETE")) {
        continue;
      }
      TypeDraft t = resolve(op.requestTypeName, op.namespace);
      if (t == null || !t.structured) {
        continue;
      }
      for (PropertyDraft p : op.requestProperties.values()) {
        t.apiProperties.putIfAbsent(p.name.toLowerCase(Locale.ROOT), p);
        if (p.inheritedFrom != null) {
          t.baseClaims.add(new BaseClaim(p.inheritedFrom, BaseSource.INHERITED_CELL, op.namespace, p.tableAt));
        }
      }
    }
  }

  /**
   * A type is keyed when its annotation's keyProperty names a property it lists, or when it lists an
   * {@code id} that is a String: Graph keys are strings, while Guid ids belong to complex types.
   */
  private void decideKeys() {
    for (TypeDraft d : drafts.values()) {
      if (!d.structured) {
        continue;
      }
      PropertyDraft key = d.keyProperty == null ? null : d.properties.get(d.keyProperty.toLowerCase(Locale.ROOT));
      PropertyDraft id = d.properties.get("id");
      boolean stringId = id != null && isStringLike(id.tableType) && (id.tableType != null || isStringLike(id.jsonType));
      d.keyed = key != null || stringId && (d.hasMethods || d.hasRelationships || d.addressable);
    }
  }

  /** A type that an API reads, updates or deletes by a key segment ({@code .../{id}}) is an entity. */
  private void markAddressable(List<OperationDraft> operations) {
    for (OperationDraft op : operations) {
      boolean byKey = op.paths.stream().anyMatch(p -> p.split("\\?")[0].replaceAll("/+$", "").endsWith("}"));
      if (!byKey) {
        continue;
      }
      String name = op.method.equals("GET") ? (op.responseCollection ? null : op.responseTypeName)
          : op.method.equals("PATCH") || op.method.equals("PUT") ? op.requestTypeName : null;
      TypeDraft t = resolve(name, op.namespace);
      if (t != null) {
        t.addressable = true;
      }
    }
  }

  private static boolean isStringLike(TypeCellParser.Parsed t) {
    return t == null || !t.collection() && (t.name().equals("Edm.String") || t.name().equals("Edm.Untyped"));
  }

  /** Two stated bases of one type, the first chosen by source strength. */
  private record BaseConflict(TypeDraft type, TypeDraft chosen, BaseClaim chosenClaim, TypeDraft other, BaseClaim otherClaim) {}

  private void resolveBases() {
    // 1. stated claims, strongest source first
    Map<String, TypeDraft> cellCandidates = new HashMap<>();
    List<BaseConflict> conflicts = new ArrayList<>();
    for (TypeDraft d : drafts.values()) {
      if (!d.structured) {
        continue;
      }
      BaseSource best = null;
      for (BaseClaim c : d.baseClaims) {
        if (best == null || c.source().compareTo(best) > 0) {
          best = c.source();
        }
      }
      if (best == null || best == BaseSource.INHERITED_CELL) {
        continue;
      }
      TypeDraft chosen = null;
      BaseClaim chosenClaim = null;
      for (BaseClaim c : d.baseClaims) {
        if (c.source() != best && c.source().compareTo(BaseSource.PROSE) < 0) {
          continue;
        }
        TypeDraft target = resolve(c.target(), c.contextNamespace());
        if (target == null || !target.structured) {
          if (c.source() == best) {
            diagnostics.report(DiagnosticCode.UNKNOWN_BASE_TYPE, c.at(),
                "base type '" + c.target() + "' of " + d.name + " is not defined by any page");
          }
          continue;
        }
        if (target == d) {
          continue;
        }
        if (chosen == null) {
          chosen = target;
          chosenClaim = c;
        } else if (chosen != target) {
          conflicts.add(new BaseConflict(d, chosen, chosenClaim, target, c));
        }
      }
      if (chosen != null) {
        resolvedBase.put(d.key, chosen);
        statedBase.add(d.key);
      }
    }
    // Two stated bases: when one derives from the other, both are true and the more derived is the base.
    for (BaseConflict k : conflicts) {
      boolean moreDerived = isAncestor(k.chosen(), k.other());
      if (moreDerived) {
        resolvedBase.put(k.type().key, k.other());
      }
      TypeDraft used = moreDerived ? k.other() : k.chosen();
      diagnostics.report(DiagnosticCode.CONFLICTING_BASE_TYPES, k.otherClaim().at(),
          k.type().name + " is said to inherit from " + k.other().name + " here but from " + k.chosen().name
              + " elsewhere; " + used.name + " is used" + (moreDerived ? " (it derives from " + k.chosen().name + ")" : ""),
          k.chosenClaim().at());
    }
    // 2. "Inherited from [x]" cells: the most derived of the named types
    for (TypeDraft d : drafts.values()) {
      if (!d.structured || resolvedBase.containsKey(d.key)) {
        continue;
      }
      Map<TypeDraft, Integer> named = new LinkedHashMap<>();
      for (BaseClaim c : d.baseClaims) {
        if (c.source() == BaseSource.INHERITED_CELL) {
          TypeDraft target = resolve(c.target(), c.contextNamespace());
          if (target != null && target != d && target.structured) {
            named.merge(target, 1, Integer::sum);
          }
        }
      }
      TypeDraft best = null;
      for (TypeDraft candidate : named.keySet()) {
        if (best == null || isAncestor(best, candidate) || !isAncestor(candidate, best) && named.get(candidate) > named.get(best)) {
          best = candidate;
        }
      }
      if (best != null) {
        cellCandidates.put(d.key, best);
      }
    }
    resolvedBase.putAll(cellCandidates);
    TypeDraft keyRoot = keyedRoot();
    // 3. a type that lists every property of another documented type derives from it
    inferBasesFromListedProperties();
    // 4. keyed types with no stated base derive from the keyed root the docs use most
    if (keyRoot != null) {
      for (TypeDraft d : drafts.values()) {
        if (d.structured && d.keyed && d != keyRoot && !resolvedBase.containsKey(d.key) && sameKey(d, keyRoot)) {
          resolvedBase.put(d.key, keyRoot);
        }
      }
    }
    breakCycles();
  }

  /** Fewest non-key properties a type must list before its properties can reveal it as a base. */
  private static final int MIN_SHARED_PROPERTIES = 3;
  /** How many related types must list all of a type's properties before it counts as their base. */
  private static final int MIN_SUBTYPES_SHARING = 2;

  /**
   * Pages list inherited properties, so a type with no stated base whose listed properties include all
   * those of another documented type (at least {@link #MIN_SHARED_PROPERTIES}, key aside) derives from
   * the largest such type, provided the docs show that type is a base (it is stated as the base of some
   * type, is abstract, or its page speaks of derived types) and the names are related. Ties between unrelated candidates are left alone.
   */
  private void inferBasesFromListedProperties() {
    List<TypeDraft> structured = new ArrayList<>();
    Map<TypeDraft, Set<String>> listed = new HashMap<>();
    Map<TypeDraft, Integer> words = new HashMap<>();
    Map<String, List<TypeDraft>> listing = new HashMap<>();
    for (TypeDraft d : drafts.values()) {
      if (d.structured) {
        Set<String> names = new HashSet<>(d.properties.keySet());
        names.remove("id");
        structured.add(d);
        listed.put(d, names);
        words.put(d, words(d.name));
        for (String n : names) {
          listing.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
        }
      }
    }
    Set<TypeDraft> knownBases = new LinkedHashSet<>(resolvedBase.values());
    for (TypeDraft d : structured) {
      if (d.isAbstract || d.mentionsDerivedTypes) {
        knownBases.add(d);
      }
    }
    // A set of properties that several related types with longer (more specific) names all list is a shared base.
    for (TypeDraft t : structured) {
      Set<String> theirs = listed.get(t);
      if (knownBases.contains(t) || theirs.size() < MIN_SHARED_PROPERTIES) {
        continue;
      }
      int sharing = 0;
      for (TypeDraft d : listing.get(theirs.iterator().next())) {
        if (d != t && d.keyed == t.keyed && listed.get(d).size() > theirs.size() && words.get(t) < words.get(d)
            && namesRelated(d.name, t.name) && listed.get(d).containsAll(theirs)) {
          sharing++;
        }
      }
      if (sharing >= MIN_SUBTYPES_SHARING) {
        knownBases.add(t);
      }
    }
    Map<String, TypeDraft> inferred = new HashMap<>();
    for (TypeDraft d : structured) {
      if (resolvedBase.containsKey(d.key)) {
        continue;
      }
      Set<String> mine = listed.get(d);
      TypeDraft best = null;
      boolean tie = false;
      for (TypeDraft t : knownBases) {
        Set<String> theirs = listed.get(t);
        if (theirs == null || t == d) {
          continue;
        }
        // equal sets: only a more generic name (fewer words) can be the base
        boolean smaller = theirs.size() < mine.size() || theirs.size() == mine.size() && words.get(t) < words.get(d);
        if (!smaller || words.get(t) > words.get(d) || theirs.size() < MIN_SHARED_PROPERTIES
            || t.keyed != d.keyed || !mine.containsAll(theirs) || !namesRelated(d.name, t.name) || isAncestor(d, t)) {
          continue;
        }
        if (best == null || theirs.size() > listed.get(best).size()
            || theirs.size() == listed.get(best).size() && words.get(t) < words.get(best)) {
          best = t;
          tie = false;
        } else if (theirs.size() == listed.get(best).size() && words.get(t).equals(words.get(best))
            && !isAncestor(best, t) && !isAncestor(t, best)) {
          tie = true;
        }
      }
      if (best != null && !tie) {
        inferred.put(d.key, best);
      }
    }
    for (Map.Entry<String, TypeDraft> e : new TreeMap<>(inferred).entrySet()) {
      if (!isAncestor(drafts.get(e.getKey()), e.getValue()) && drafts.get(e.getKey()) != e.getValue()) {
        resolvedBase.put(e.getKey(), e.getValue());
      }
    }
  }

  /** A subtype's name usually ends like its base's ("recordOperation" : "commsOperation") or extends it. */
  static boolean namesRelated(String sub, String base) {
    return lastWord(sub).equalsIgnoreCase(lastWord(base)) || sub.toLowerCase(Locale.ROOT).startsWith(base.toLowerCase(Locale.ROOT));
  }

  private static int words(String camel) {
    int n = 1;
    for (int i = 1; i < camel.length(); i++) {
      if (Character.isUpperCase(camel.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static String lastWord(String camel) {
    int i = camel.length() - 1;
    while (i > 0 && !Character.isUpperCase(camel.charAt(i))) {
      i--;
    }
    return camel.substring(i);
  }

  /** A type keyed by another property than the root's (a keyProperty "settings") is a root of its own. */
  private static boolean sameKey(TypeDraft d, TypeDraft root) {
    String rootKey = root.keyProperty == null ? "id" : root.keyProperty;
    return d.keyProperty == null || d.keyProperty.equalsIgnoreCase(rootKey);
  }

  /** The most common stated base among types whose own page has no base and a key: Graph's entity. */
  private TypeDraft keyedRoot() {
    Map<TypeDraft, Integer> counts = new LinkedHashMap<>();
    for (TypeDraft target : resolvedBase.values()) {
      if (target.keyed && !resolvedBase.containsKey(target.key)) {
        counts.merge(target, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<TypeDraft, Integer>comparingByValue().thenComparing(e -> e.getKey().key, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(null);
  }

  private boolean isAncestor(TypeDraft maybeAncestor, TypeDraft of) {
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

  /**
   * A cycle of stated bases is a doc error (GD302, an error). A cycle that a weaker source closes
   * ("Inherited from" cells, listed properties, the key rule) is broken at that weaker edge, with a warning.
   */
  private void breakCycles() {
    for (TypeDraft d : new ArrayList<>(drafts.values())) {
      List<TypeDraft> path = new ArrayList<>();
      TypeDraft cur = d;
      while (cur != null && !path.contains(cur)) {
        path.add(cur);
        cur = resolvedBase.get(cur.key);
      }
      if (cur != null) {
        List<TypeDraft> cycle = path.subList(path.indexOf(cur), path.size());
        TypeDraft breaker = cycle.stream().filter(t -> !statedBase.contains(t.key)).max(Comparator.comparing(t -> t.key))
            .orElse(null);
        boolean stated = breaker == null;
        if (stated) {
          breaker = cycle.stream().max(Comparator.comparing(t -> t.key)).orElseThrow();
        }
        StringBuilder names = new StringBuilder();
        for (TypeDraft t : cycle) {
          names.append(t.name).append(" -> ");
        }
        names.append(cur.name);
        SourceLocation at = breaker.baseClaims.isEmpty() ? firstSource(breaker) : breaker.baseClaims.get(0).at();
        if (stated) {
          diagnostics.report(DiagnosticCode.BASE_TYPE_CYCLE, at, "base types form a cycle: " + names);
        } else {
          diagnostics.report(DiagnosticCode.BASE_TYPE_CYCLE, Severity.WARNING, at, "base types would form a cycle: " + names
              + "; the base of " + breaker.name + " is not stated on its page, so it is dropped");
        }
        resolvedBase.remove(breaker.key);
      }
    }
  }


  private List<TypeDraft> ancestors(TypeDraft d) {
    List<TypeDraft> out = new ArrayList<>();
    TypeDraft cur = resolvedBase.get(d.key);
    while (cur != null && !out.contains(cur)) {
      out.add(cur);
      cur = resolvedBase.get(cur.key);
    }
    return out;
  }

  // ---------------------------------------------------------------- kinds and enums

  private void decideKinds() {
    for (TypeDraft d : drafts.values()) {
      if (d.structured && d.enumerated) {
        diagnostics.report(DiagnosticCode.CONFLICTING_KINDS, d.enumSource != null ? d.enumSource : firstSource(d),
            d.name + " is documented as an enum here and as a structured type elsewhere; the structured type is used",
            firstSource(d));
      }
    }
    for (TypeDraft d : drafts.values()) {
      if (!d.structured) {
        if (d.enumerated) {
          kinds.put(d.key, TypeKind.ENUM);
        }
        continue;
      }
      List<TypeDraft> chain = ancestors(d);
      TypeDraft root = chain.isEmpty() ? d : chain.get(chain.size() - 1);
      boolean entity = root.keyed || root.hasMethods;
      if (!entity) {
        // a keyed type below a complex root is still an entity when nothing above it is keyed
        entity = false;
      }
      kinds.put(d.key, entity ? TypeKind.ENTITY : TypeKind.COMPLEX);
    }
  }

  /** Named enum types in Type cells, with their possible values, create or extend enums. */
  private void createEnumsFromReferences() {
    List<PropertyDraft> all = new ArrayList<>();
    for (TypeDraft d : new ArrayList<>(drafts.values())) {
      all.addAll(d.properties.values());
      all.addAll(d.apiProperties.values());
    }
    for (PropertyDraft p : all) {
      if (p.tableType == null || p.tableType.primitive() || p.possibleValues.isEmpty()) {
        continue;
      }
      TypeDraft target = resolve(p.tableType.name(), p.namespace);
      if (target == null) {
        String ns = p.tableType.name().contains(".")
            ? p.tableType.name().substring(0, p.tableType.name().lastIndexOf('.')) : p.namespace;
        String simple = p.tableType.name().substring(p.tableType.name().lastIndexOf('.') + 1);
        if (!TYPE_NAME.matcher(simple).matches()) {
          continue;
        }
        String key = (ns + "." + simple).toLowerCase(Locale.ROOT);
        target = new TypeDraft(key, canonicalNamespace(ns), simple);
        target.enumerated = true;
        target.enumSource = p.tableAt;
        drafts.put(key, target);
        bySimpleName.computeIfAbsent(simple.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(target);
        kinds.put(key, TypeKind.ENUM);
      }
      if (kinds.get(target.key) == TypeKind.ENUM) {
        for (String v : p.possibleValues) {
          target.addMember(v, null, "", p.tableAt, false);
        }
      }
    }
  }

  /** Enums by their member names (lower case, unknownFutureValue aside); built when properties are resolved. */
  private final Map<Set<String>, List<TypeDraft>> enumsByMembers = new HashMap<>();

  private void indexEnumsByMembers() {
    enumsByMembers.clear();
    for (TypeDraft d : drafts.values()) {
      if (kinds.get(d.key) == TypeKind.ENUM) {
        Set<String> have = new HashSet<>(d.members.keySet());
        have.remove("unknownfuturevalue");
        enumsByMembers.computeIfAbsent(have, k -> new ArrayList<>()).add(d);
      }
    }
  }

  /** The one enum whose members are exactly these values (unknownFutureValue aside), or null. */
  private TypeDraft enumWithMembers(List<String> values) {
    Set<String> wanted = PossibleValues.lower(values);
    wanted.remove("unknownfuturevalue");
    if (wanted.size() < 2) {
      return null;
    }
    List<TypeDraft> found = enumsByMembers.get(wanted);
    return found != null && found.size() == 1 ? found.get(0) : null;
  }

  // ---------------------------------------------------------------- properties

  private Map<String, List<PropertyDef>> resolveProperties() {
    Map<String, List<PropertyDef>> declared = new HashMap<>();
    Map<String, Set<String>> allNames = new HashMap<>();
    indexEnumsByMembers();
    List<TypeDraft> ordered = new ArrayList<>();
    Map<TypeDraft, Integer> depth = new HashMap<>();
    for (TypeDraft d : drafts.values()) {
      if (kinds.get(d.key) == TypeKind.ENTITY || kinds.get(d.key) == TypeKind.COMPLEX) {
        ordered.add(d);
        depth.put(d, ancestors(d).size());
      }
    }
    ordered.sort(Comparator.comparingInt((TypeDraft d) -> depth.get(d)).thenComparing(d -> d.key));
    for (TypeDraft d : ordered) {
      Set<String> inherited = new HashSet<>();
      TypeDraft base = resolvedBase.get(d.key);
      if (base != null) {
        inherited.addAll(allNames.getOrDefault(base.key, Set.of()));
      }
      List<PropertyDef> props = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>(inherited);
      for (PropertyDraft p : d.properties.values()) {
        String lower = p.name.toLowerCase(Locale.ROOT);
        if (inherited.contains(lower) || p.inheritedFrom != null && base != null) {
          continue;
        }
        if (p.tableAt == null && p.jsonAt != null) {
          diagnostics.report(DiagnosticCode.PROPERTY_ONLY_IN_JSON, p.jsonAt,
              "property '" + p.name + "' of " + d.name + " is in the JSON representation but not in the property table");
        }
        PropertyDraft apiP = d.apiProperties.get(lower);
        TypeRef type = propertyType(d, p, apiP);
        boolean nav = !type.isPrimitive() && kinds.get(type.name().toLowerCase(Locale.ROOT)) == TypeKind.ENTITY;
        props.add(new PropertyDef(p.name, type, nav, p.description, p.at != null ? p.at : firstSource(d)));
        names.add(lower);
      }
      declared.put(d.key, props);
      allNames.put(d.key, names);
    }
    return declared;
  }

  private TypeRef propertyType(TypeDraft owner, PropertyDraft p, PropertyDraft api) {
    TypeRef fromTable = p.tableType == null ? null : refFor(p.tableType, p, owner);
    TypeRef fromJson = p.jsonType == null ? null : refFor(p.jsonType, p, owner);
    TypeRef fromApi = api == null || api.tableType == null ? null : refFor(api.tableType, api, owner);
    if (fromTable != null && fromJson != null && p.jsonAt != null) {
      checkAgreement(owner, p, fromTable, fromJson);
    }
    TypeRef chosen = fromTable != null && !fromTable.isUnknown() ? fromTable : fromJson != null ? fromJson : fromApi;
    if (chosen == null) {
      chosen = fromTable != null ? fromTable : TypeRef.UNKNOWN;
    }
    // An enum hidden behind String: a named enum elsewhere, or values that match a known enum.
    if (chosen.name().equals("Edm.String")) {
      List<String> values = !p.possibleValues.isEmpty() ? p.possibleValues
          : !p.placeholderValues.isEmpty() ? p.placeholderValues
          : api != null ? api.possibleValues : List.of();
      if (fromApi != null && !fromApi.isPrimitive() && kinds.get(fromApi.name().toLowerCase(Locale.ROOT)) == TypeKind.ENUM) {
        TypeDraft e = drafts.get(fromApi.name().toLowerCase(Locale.ROOT));
        for (String v : values) {
          e.addMember(v, null, "", p.at, false);
        }
        return fromApi.asCollection(chosen.collection());
      }
      TypeDraft e = values.isEmpty() ? null : enumWithMembers(values);
      if (e != null) {
        for (String v : values) {
          e.addMember(v, null, "", p.at, false);
        }
        return new TypeRef(e.qualifiedName(), chosen.collection());
      }
    }
    return chosen;
  }

  private TypeRef refFor(TypeCellParser.Parsed parsed, PropertyDraft p, TypeDraft owner) {
    TypeRef ref = quietRef(parsed, p.namespace);
    boolean json = parsed.name().substring(parsed.name().lastIndexOf('.') + 1).equalsIgnoreCase("json");
    if (ref.isUnknown() && !parsed.primitive() && !json && p.at != null && (p.tableAt == null || parsed == p.tableType)) {
      diagnostics.report(DiagnosticCode.UNKNOWN_TYPE, p.at,
          "property '" + p.name + "' of " + owner.name + " has type '" + parsed.name() + "', which no page defines; it is kept as untyped JSON");
    }
    return ref;
  }

  private void checkAgreement(TypeDraft owner, PropertyDraft p, TypeRef table, TypeRef json) {
    if (json.isUnknown() || table.isUnknown()) {
      return;
    }
    boolean structuredVsPrimitive = table.isPrimitive() != json.isPrimitive()
        && !(json.name().equals("Edm.String") && !table.isPrimitive());
    boolean booleanMismatch = table.isPrimitive() && json.isPrimitive()
        && (table.name().equals("Edm.Boolean") != json.name().equals("Edm.Boolean"));
    if (table.collection() != json.collection() || structuredVsPrimitive || booleanMismatch) {
      diagnostics.report(DiagnosticCode.CONFLICTING_PROPERTY_TYPES, p.jsonAt,
          "property '" + p.name + "' of " + owner.name + " is " + json.csdl() + " in the JSON representation but "
              + table.csdl() + " in the table; the table is used", p.tableAt);
    }
  }

  // ---------------------------------------------------------------- output

  private List<TypeDef> buildTypes(Map<String, List<PropertyDef>> declared) {
    List<TypeDef> out = new ArrayList<>();
    for (TypeDraft d : drafts.values()) {
      TypeKind kind = kinds.get(d.key);
      if (kind == null) {
        continue;
      }
      List<SourceLocation> sources = new ArrayList<>(d.sources);
      if (d.enumSource != null && !sources.contains(d.enumSource)) {
        sources.add(d.enumSource);
      }
      if (kind == TypeKind.ENUM) {
        List<EnumMemberDef> members = new ArrayList<>();
        for (MemberDraft m : d.members.values()) {
          members.add(new EnumMemberDef(m.name, m.value, m.description, m.at));
        }
        if (members.isEmpty()) {
          diagnostics.report(DiagnosticCode.ENUM_WITHOUT_MEMBERS, firstSource(d), "enum " + d.name + " has no documented members");
        }
        out.add(new TypeDef(d.namespace, d.name, kind, null, false, false, isFlags(d), List.of(), List.of(), members,
            d.description, sources));
      } else {
        TypeDraft base = resolvedBase.get(d.key);
        PropertyDraft keyProperty = d.keyProperty == null ? null : d.properties.get(d.keyProperty.toLowerCase(Locale.ROOT));
        if (keyProperty == null) {
          keyProperty = d.properties.get("id");
        }
        List<String> key = base == null && d.keyed && kind == TypeKind.ENTITY && keyProperty != null
            ? List.of(keyProperty.name) : List.of();
        out.add(new TypeDef(d.namespace, d.name, kind, base == null ? null : base.qualifiedName(), d.isAbstract, d.open,
            false, key, declared.getOrDefault(d.key, List.of()), List.of(), d.description, sources));
      }
    }
    out.sort(Comparator.comparing(TypeDef::lowerName));
    return out;
  }

  /** Flags enums show power-of-two values: at least three, all distinct powers of two (0 allowed). */
  private static boolean isFlags(TypeDraft d) {
    int nonZero = 0;
    Set<Long> seen = new HashSet<>();
    for (MemberDraft m : d.members.values()) {
      if (m.value == null) {
        return false;
      }
      long v = m.value;
      if (v < 0 || !seen.add(v) || v != 0 && (v & (v - 1)) != 0) {
        return false;
      }
      if (v != 0) {
        nonZero++;
      }
    }
    return nonZero >= 3 && seen.contains(4L);
  }

  private List<OperationDef> buildOperations(List<OperationDraft> drafts) {
    List<OperationDef> out = new ArrayList<>();
    for (OperationDraft op : drafts) {
      TypeDraft req = resolve(op.requestTypeName, op.namespace);
      TypeDraft resp = resolve(op.responseTypeName, op.namespace);
      List<PropertyDef> params = new ArrayList<>();
      for (PropertyDraft p : op.requestProperties.values()) {
        TypeRef t = p.tableType == null ? TypeRef.UNKNOWN : quietRef(p.tableType, p.namespace);
        params.add(new PropertyDef(p.name, t, false, p.description, p.tableAt));
      }
      out.add(new OperationDef(op.name, op.method, op.paths,
          req == null || !kinds.containsKey(req.key) ? null : TypeRef.of(req.qualifiedName()), params,
          resp == null || !kinds.containsKey(resp.key) ? null : new TypeRef(resp.qualifiedName(), op.responseCollection),
          op.status, op.at));
    }
    return out;
  }

  /** A parsed type as a reference: a primitive, a documented type, or untyped JSON when no page defines it. */
  private TypeRef quietRef(TypeCellParser.Parsed parsed, String ns) {
    if (parsed.primitive()) {
      return new TypeRef(parsed.name(), parsed.collection());
    }
    TypeDraft t = resolve(parsed.name(), ns);
    return t != null && kinds.containsKey(t.key) ? new TypeRef(t.qualifiedName(), parsed.collection())
        : new TypeRef(TypeRef.UNKNOWN.name(), parsed.collection());
  }

  private List<ExampleDef> buildExamples(List<ExampleDraft> drafts) {
    List<ExampleDef> out = new ArrayList<>();
    for (ExampleDraft e : drafts) {
      TypeRef type = null;
      boolean collection = e.isCollection();
      if (e.typeName() != null) {
        // "Collection(microsoft.graph.x)", "microsoft.graph.x", or a primitive such as "string"
        TypeCellParser.Parsed parsed = TypeCellParser.parseCell(e.typeName());
        if (parsed != null && parsed.collection()) {
          collection = true;
        }
        if (parsed != null && parsed.primitive()) {
          type = TypeRef.of(parsed.name());
        } else {
          TypeDraft t = resolve(parsed != null ? parsed.name() : e.typeName(), e.namespace());
          if (t != null && kinds.containsKey(t.key)) {
            type = TypeRef.of(t.qualifiedName());
          }
        }
      } else if (e.operation() != null) {
        OperationDraft op = e.operation();
        String name = e.blockType().equals("response") ? op.responseTypeName
            : e.blockType().equals("request") && !op.method.equals("GET") && !op.method.equals("DELETE") ? op.requestTypeName : null;
        TypeDraft t = resolve(name, e.namespace());
        if (t != null && kinds.containsKey(t.key)) {
          type = TypeRef.of(t.qualifiedName());
          if (e.blockType().equals("response") && op.responseCollection) {
            collection = true;
          }
        }
      }
      out.add(new ExampleDef(e.blockType(), type == null ? null : type.asCollection(collection), collection, e.truncated(),
          e.json(), e.at()));
    }
    return out;
  }
}
