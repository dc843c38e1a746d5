package io.github.graphdocs.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a property's description states about null and writing, in the docs' own phrases: "Not
 * nullable." / "Nullable.", "Optional.", "Valid values 4 to 16", "Read-only.". A statement made under a condition ("Read-only
 * when the item is locked", "Once set, this property is read-only") is not a statement about the
 * property, and "read-only access" or "read-only mode" is about something else.
 */
final class DescriptionStatements {
  /** What a description says about null. */
  enum Nullability { NOT_NULLABLE, NULLABLE, UNSTATED }

  private static final Pattern NOT_NULLABLE = Pattern.compile(
      "\\bnot\\s+nullable\\b|\\bnon-?nullable\\b|\\b(?:cannot|can't|can\\s+not|must\\s+not|will\\s+never)\\s+be\\s+null\\b"
          + "|\\bis\\s+never\\s+null\\b");
  private static final Pattern NULLABLE = Pattern.compile("(?<!not\\s)(?<!non-)(?<!non)\\bnullable\\b|\\b(?:can|may)\\s+be\\s+null\\b");
  /** "Valid values 4 to 16": a closed range the value must lie in when it is set. */
  private static final Pattern VALUE_RANGE = Pattern.compile("\\bvalid\\s+values\\s+(?:are\\s+)?(?:from\\s+)?-?\\d+\\s+(?:to|through)\\s+-?\\d+\\b");
  private static final Pattern OPTIONAL = Pattern.compile("(?:^|[.;|]\\s*)optional\\s*(?:[.;,]|$)");
  /** "Read-only" as a statement: at the end of a sentence or clause, or as "read-only property". */
  private static final Pattern READ_ONLY = Pattern.compile(
      "\\bread[- ]only\\b(?=\\s*(?:$|[.,;:)|<\u2013\u2014]|\\s-\\s|\\s(?:and|property|field|attribute|value|nullable|not\\s+nullable|key)\\b))");
  private static final Pattern CONDITION = Pattern.compile("\\b(?:if|when|whenever|once|after|unless|until|while|except|only\\s+for)\\b");
  private static final Pattern NEGATED_READ_ONLY = Pattern.compile("\\bnot\\s+(?:a\\s+)?read[- ]only\\b|\\bno\\s+longer\\s+read[- ]only\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+|<br\\s*/?>");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:]+");

  private DescriptionStatements() {}

  /** The four statements of one description, worked out from one normalised copy. */
  record Facts(Nullability nullability, boolean optional, boolean valueRange, boolean readOnly) {}

  /** What {@code description} states: {@link #nullability}, {@link #optional}, {@link #statesValueRange}, {@link #readOnly}. */
  static Facts facts(String description) {
    String d = normalize(description);
    return new Facts(nullabilityOf(d), optionalOf(d), valueRangeOf(d), readOnlyOf(d));
  }

  /** Whether the description says null is, or is not, a possible value. "Not nullable" wins over a stray "nullable". */
  static Nullability nullability(String description) {
    return nullabilityOf(normalize(description));
  }

  /** Whether the description has an "Optional." statement of its own (not "optional claim", "optional parameters"). */
  static boolean optional(String description) {
    return optionalOf(normalize(description));
  }

  /** Whether the description states a range of valid values ("Valid values 4 to 16", "Valid values 0 to 24"). */
  static boolean statesValueRange(String description) {
    return valueRangeOf(normalize(description));
  }

  /** Whether the description states, without a condition, that the property is read-only. */
  static boolean readOnly(String description) {
    return readOnlyOf(normalize(description));
  }

  private static Nullability nullabilityOf(String d) {
    if (!d.contains("null")) {
      return Nullability.UNSTATED; // both patterns need the word
    }
    if (NOT_NULLABLE.matcher(d).find()) {
      return Nullability.NOT_NULLABLE;
    }
    return NULLABLE.matcher(d).find() ? Nullability.NULLABLE : Nullability.UNSTATED;
  }

  private static boolean optionalOf(String d) {
    return d.contains("optional") && OPTIONAL.matcher(d).find();
  }

  private static boolean valueRangeOf(String d) {
    return VALUE_RANGE.matcher(d).find();
  }

  private static boolean readOnlyOf(String d) {
    if (!d.contains("read")) {
      return false; // both patterns need the word
    }
    if (NEGATED_READ_ONLY.matcher(d).find()) {
      return false;
    }
    for (String sentence : SENTENCE_END.split(d)) {
      var m = READ_ONLY.matcher(sentence);
      while (m.find()) {
        if (!CONDITION.matcher(sentence.substring(0, m.start())).find() && !followedByCondition(sentence, m.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Read-only for users synced from on-premises", "read-only, except ...": the clause after it limits it. */
  private static boolean followedByCondition(String sentence, int end) {
    String rest = LEADING_PUNCTUATION.matcher(sentence.substring(end)).replaceFirst("");
    return rest.startsWith("for ") || rest.startsWith("when ") || rest.startsWith("if ") || rest.startsWith("except")
        || rest.startsWith("once ") || rest.startsWith("after ") || rest.startsWith("unless ");
  }

  /** Lower case, no-break spaces as spaces, without the marks {@code * ` _}, trimmed. */
  private static String normalize(String description) {
    if (description == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(description.length());
    for (int i = 0; i < description.length(); i++) {
      char c = description.charAt(i);
      if (c != '*' && c != '`' && c != '_') {
        sb.append(c == '\u00a0' ? ' ' : c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT).trim();
  }
}
