package io.github.graphdocs.analysis;

/**
 * Cheap tests run before a costly regular expression: a pattern that can only match text holding a
 * word is not run on text that lacks it. Each test may say yes where the pattern then says no, never
 * the other way round, so the outcome is the pattern's.
 */
final class AsciiText {
  private AsciiText() {}

  /**
   * Whether {@code text} holds {@code lowerNeedle} (lower-case ASCII) in any ASCII letter case, as a
   * {@code CASE_INSENSITIVE} pattern (without {@code UNICODE_CASE}) sees it.
   */
  static boolean containsIgnoreCase(String text, String lowerNeedle) {
    int n = lowerNeedle.length();
    char first = lowerNeedle.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      char c = text.charAt(i);
      if (c != first && c != firstUpper) {
        continue;
      }
      int j = 1;
      while (j < n && lower(text.charAt(i + j)) == lowerNeedle.charAt(j)) {
        j++;
      }
      if (j == n) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds any of {@code lowerNeedles}, as {@link #containsIgnoreCase} tells. */
  static boolean containsAnyIgnoreCase(String text, String... lowerNeedles) {
    for (String needle : lowerNeedles) {
      if (containsIgnoreCase(text, needle)) {
        return true;
      }
    }
    return false;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
