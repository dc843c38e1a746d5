package io.github.graphdocs.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The docs name collection-valued relationships and entity sets in the English plural
 * ({@code users}, {@code policies}, {@code mailboxes}); these are the singulars a lower-case plural
 * name may stand for, most likely first. A name that does not end in "s" has none.
 */
final class PluralNames {
  private PluralNames() {}

  static List<String> singulars(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    if (lower.endsWith("ies") && lower.length() > 3) {
      out.add(lower.substring(0, lower.length() - 3) + "y");
    }
    if (lower.endsWith("es") && lower.length() > 2) {
      out.add(lower.substring(0, lower.length() - 2));
    }
    if (lower.endsWith("s") && lower.length() > 1) {
      out.add(lower.substring(0, lower.length() - 1));
    }
    return out;
  }
}
