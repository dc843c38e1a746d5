package io.github.graphdocs.runtime;

import java.util.Random;

/** Random near misses of a valid text, for tests that hold a hand-written check to the rule it replaces. */
final class NearMisses {
  private NearMisses() {}

  /**
   * The text with none, one or two random edits: a character replaced by, or inserted from, the
   * alphabet, or one deleted.
   *
   * @param random the source of the edits (seeded: the same edits on every run)
   * @param text a valid text
   * @param alphabet the characters edits may bring in
   * @return the edited text
   */
  static String edit(Random random, String text, String alphabet) {
    StringBuilder s = new StringBuilder(text);
    for (int edits = random.nextInt(3); edits > 0 && s.length() > 0; edits--) {
      int at = random.nextInt(s.length());
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> s.setCharAt(at, c);
        case 1 -> s.insert(at, c);
        default -> s.deleteCharAt(at);
      }
    }
    return s.toString();
  }
}
