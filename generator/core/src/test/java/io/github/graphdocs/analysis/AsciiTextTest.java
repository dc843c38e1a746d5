package io.github.graphdocs.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap word tests that guard costly patterns: never "no" where a CASE_INSENSITIVE pattern matches. */
class AsciiTextTest {

  @Test
  void findsTheWordInAnyLetterCase() {
    assertTrue(AsciiText.containsIgnoreCase("Possible VALUES are", "values"));
    assertTrue(AsciiText.containsIgnoreCase("values", "values"));
    assertTrue(AsciiText.containsIgnoreCase("xValuesx", "values"));
  }

  @Test
  void saysNoWithoutTheWord() {
    assertFalse(AsciiText.containsIgnoreCase("Possible valus", "values"));
    assertFalse(AsciiText.containsIgnoreCase("value", "values"));
    assertFalse(AsciiText.containsIgnoreCase("", "values"));
  }

  @Test
  void anyOfSeveralWords() {
    assertTrue(AsciiText.containsAnyIgnoreCase("It can be One Of these", "values", "one of"));
    assertFalse(AsciiText.containsAnyIgnoreCase("nothing here", "values", "one of"));
  }

  @Test
  void agreesWithACaseInsensitivePatternOnNonAsciiText() {
    // CASE_INSENSITIVE without UNICODE_CASE folds ASCII letters only: so does the test
    Pattern p = Pattern.compile("derive", Pattern.CASE_INSENSITIVE);
    for (String s : new String[] {"DERİVE", "dérive", "DeRiVe", "\u00A0derive\u2014", "ſ derive"}) {
      if (p.matcher(s).find()) {
        assertTrue(AsciiText.containsIgnoreCase(s, "derive"), s);
      } else {
        assertFalse(AsciiText.containsIgnoreCase(s, "derive"), s);
      }
    }
  }
}
