package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.TypeDraft.BaseClaim;
import io.github.graphdocs.analysis.TypeDraft.BaseSource;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.diagnostics.SourceLocation;
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
 * Resolves each structured type's base: stated claims (annotation, prose, derived-type lists) by source
 * strength, then "Inherited from" cells, then inference from the properties a page lists, then the
 * keyed root for keyed types; finally breaks cycles. Fills {@link TypeIndex#resolvedBase}.
 */
final class BaseTypeResolver {
  private final TypeIndex index;
  private final DiagnosticCollector diagnostics;
  private final Map<String, TypeDraft> drafts;
  private final Map<String, TypeDraft> resolvedBase;

  BaseTypeResolver(TypeIndex index, DiagnosticCollector diagnostics) {
    this.index = index;
    this.diagnostics = diagnostics;
    this.drafts = index.drafts;
    this.resolvedBase = index.resolvedBase;
  }

  /** "The following types derive from this type" lists become derived-list claims of the types they name. */
  void applyDerivedLists(List<InheritanceProseReader.PendingDerived> derived) {
    for (InheritanceProseReader.PendingDerived pd : derived) {
      TypeDraft child = index.resolve(pd.child(), pd.namespace());
      if (child != null && child.structured) {
        child.baseClaims.add(new BaseClaim(pd.parent(), BaseSource.DERIVED_LIST, pd.namespace(), pd.at()));
      }
    }
  }

  /** Two stated bases of one type, the first chosen by source strength. */
  private record BaseConflict(TypeDraft type, TypeDraft chosen, BaseClaim chosenClaim, TypeDraft other, BaseClaim otherClaim) {}

  void resolveBases() {
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
        TypeDraft target = index.resolve(c.target(), c.contextNamespace());
        if (target == null || !target.structured) {
          if (c.source() == best) {
            diagnostics.report(DiagnosticCode.UNKNOWN_BASE_TYPE, c.at(),
                "base type '" + c.target() + "' of " + d.name + " is not defined by any page");
          }
          continue;
        }
        if (target == d) {
          if (c.source() != BaseSource.DERIVED_LIST) {
            // names match ignoring case, so "foo" stating base "Foo" states itself too
            diagnostics.report(DiagnosticCode.BASE_TYPE_CYCLE, c.at(), d.name + " is said to inherit from itself ('"
                + c.target() + "'); the statement is ignored");
          }
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
        index.statedBase.add(d.key);
      }
    }
    // Two stated bases: when one derives from the other, both are true and the more derived is the base.
    for (BaseConflict k : conflicts) {
      boolean moreDerived = index.isAncestor(k.chosen(), k.other());
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
          TypeDraft target = index.resolve(c.target(), c.contextNamespace());
          if (target != null && target != d && target.structured) {
            named.merge(target, 1, Integer::sum);
          }
        }
      }
      TypeDraft best = null;
      for (TypeDraft candidate : named.keySet()) {
        if (best == null || index.isAncestor(best, candidate) || !index.isAncestor(candidate, best) && named.get(candidate) > named.get(best)) {
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
            || t.keyed != d.keyed || !mine.containsAll(theirs) || !namesRelated(d.name, t.name) || index.isAncestor(d, t)) {
          continue;
        }
        if (best == null || theirs.size() > listed.get(best).size()
            || theirs.size() == listed.get(best).size() && words.get(t) < words.get(best)) {
          best = t;
          tie = false;
        } else if (theirs.size() == listed.get(best).size() && words.get(t).equals(words.get(best))
            && !index.isAncestor(best, t) && !index.isAncestor(t, best)) {
          tie = true;
        }
      }
      if (best != null && !tie) {
        inferred.put(d.key, best);
      }
    }
    for (Map.Entry<String, TypeDraft> e : new TreeMap<>(inferred).entrySet()) {
      if (!index.isAncestor(drafts.get(e.getKey()), e.getValue()) && drafts.get(e.getKey()) != e.getValue()) {
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

  /**
   * A cycle of stated bases is a doc error (GD302, an error). A cycle that a weaker source closes
   * ("Inherited from" cells, listed properties, the key rule) is broken at that weaker edge, with a warning.
   */
  private void breakCycles() {
    // one walk per type that stops at a type already walked: linear in the number of types
    Set<TypeDraft> done = new HashSet<>();
    for (TypeDraft d : new ArrayList<>(drafts.values())) {
      Map<TypeDraft, Integer> onPath = new HashMap<>();
      List<TypeDraft> path = new ArrayList<>();
      TypeDraft cur = d;
      while (cur != null && !done.contains(cur) && !onPath.containsKey(cur)) {
        onPath.put(cur, path.size());
        path.add(cur);
        cur = resolvedBase.get(cur.key);
      }
      if (cur != null && onPath.containsKey(cur)) {
        breakCycle(path.subList(onPath.get(cur), path.size()));
      }
      done.addAll(path);
    }
  }

  /** Reports a cycle and removes one of its links: a weakly sourced one when there is one. */
  private void breakCycle(List<TypeDraft> cycle) {
    TypeDraft breaker = cycle.stream().filter(t -> !index.statedBase.contains(t.key)).max(Comparator.comparing(t -> t.key))
        .orElse(null);
    boolean stated = breaker == null;
    if (stated) {
      breaker = cycle.stream().max(Comparator.comparing(t -> t.key)).orElseThrow();
    }
    StringBuilder names = new StringBuilder();
    for (TypeDraft t : cycle) {
      names.append(t.name).append(" -> ");
    }
    names.append(cycle.get(0).name);
    SourceLocation at = breaker.baseClaims.isEmpty() ? TypeIndex.firstSource(breaker) : breaker.baseClaims.get(0).at();
    if (stated) {
      diagnostics.report(DiagnosticCode.BASE_TYPE_CYCLE, at, "base types form a cycle: " + names);
    } else {
      diagnostics.report(DiagnosticCode.BASE_TYPE_CYCLE, Severity.WARNING, at, "base types would form a cycle: " + names
          + "; the base of " + breaker.name + " is not stated on its page, so it is dropped");
    }
    resolvedBase.remove(breaker.key);
  }
}
