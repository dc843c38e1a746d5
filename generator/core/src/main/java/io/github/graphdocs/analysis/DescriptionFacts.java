package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * The statements of each property description ({@link DescriptionStatements#facts}), worked out once
 * per text. {@link #prepare} works them out ahead in the common pool, idle while the analysis runs its
 * first passes on this thread; a description the pool has not reached yet is worked out by the caller.
 * Either way a text's facts are the same (they depend on the text only), so the order in which the
 * two threads get to a text changes nothing.
 */
final class DescriptionFacts {
  private final Map<String, DescriptionStatements.Facts> byText = new ConcurrentHashMap<>();

  /** What {@code description} states (null reads as empty). */
  DescriptionStatements.Facts of(String description) {
    String text = description == null ? "" : description;
    DescriptionStatements.Facts facts = byText.get(text);
    if (facts == null) {
      facts = DescriptionStatements.facts(text);
      byText.putIfAbsent(text, facts);
    }
    return facts;
  }

  /**
   * Starts working out the facts of {@code descriptions} (a snapshot: the list is not read by this
   * thread afterwards) in the common pool; what it throws is left there, as the caller works the
   * same text out again and meets it in its own pass.
   */
  Future<?> prepare(List<String> descriptions) {
    return ForkJoinPool.commonPool().submit(() -> {
      for (String d : descriptions) {
        of(d);
      }
    });
  }

  /** The descriptions of the drafts' properties (table and API page), in draft order; read on the analysing thread. */
  static List<String> descriptionsOf(Collection<TypeDraft> drafts) {
    List<String> out = new ArrayList<>();
    for (TypeDraft d : drafts) {
      for (PropertyDraft p : d.properties.values()) {
        out.add(p.description);
      }
      for (PropertyDraft p : d.apiProperties.values()) {
        out.add(p.description);
      }
    }
    return out;
  }
}
