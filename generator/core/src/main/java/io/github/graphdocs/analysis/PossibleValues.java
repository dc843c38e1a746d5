package io.github.graphdocs.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads enum member names from descriptions ("Possible values are: `a`, `b`") and "a | b | c" placeholders. */
final class PossibleValues {
  private static final Pattern PHRASE = Pattern.compile(
      "(possible values|supported values|valid values|allowed values|the values are|can be one of|one of the following values|values are)\\s*(are|include|is|:)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern MEMBER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z])\\.(\\s|$)");
  private static final Pattern LIST_SEPARATOR = Pattern.compile(",|\\bor\\b|\\band\\b");
  private static final Pattern LEADING_COLONS = Pattern.compile("^[:\\s]+");

  private PossibleValues() {}

  /** Member names listed after a "possible values" phrase, in order; empty when there is none. */
  static List<String> fromDescription(String rawDescription) {
    // every phrase holds "values" or "one of"
    if (!AsciiText.containsAnyIgnoreCase(rawDescription, "values", "one of")) {
      return List.of();
    }
    Matcher m = PHRASE.matcher(rawDescription);
    if (!m.find()) {
      return List.of();
    }
    String tail = rawDescription.substring(m.end());
    Set<String> out = new LinkedHashSet<>();
    Matcher t = TICKED.matcher(tail);
    int lastEnd = 0;
    while (t.find()) {
      String between = tail.substring(lastEnd, t.start());
      if (lastEnd > 0 && (between.contains(". ") || between.length() > 40)) {
        break;
      }
      String v = t.group(1).trim();
      if (MEMBER.matcher(v).matches()) {
        out.add(v);
      }
      lastEnd = t.end();
    }
    if (out.isEmpty()) {
      // Unticked list: "Possible values are: accepted, declined."
      String sentence = SENTENCE_END.split(tail, 2)[0];
      for (String part : LIST_SEPARATOR.split(sentence)) {
        String p = LEADING_COLONS.matcher(part.trim()).replaceAll("");
        if (MEMBER.matcher(p).matches()) {
          out.add(p);
        } else if (!p.isEmpty()) {
          return List.of();
        }
      }
    }
    return out.size() >= 2 ? List.copyOf(out) : List.of();
  }

  /** Members of an "a | b | c" placeholder; empty when the text is not of that form. */
  static List<String> fromPlaceholder(String value) {
    if (!value.contains("|")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : value.split("\\|")) {
      String p = part.trim();
      if (!MEMBER.matcher(p).matches()) {
        return List.of();
      }
      out.add(p);
    }
    return out.size() >= 2 ? out : List.of();
  }

  static Set<String> lower(List<String> values) {
    Set<String> s = new LinkedHashSet<>();
    for (String v : values) {
      s.add(v.toLowerCase(Locale.ROOT));
    }
    return s;
  }
}
