package io.github.graphdocs.diagnostics;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages about JSON that cannot be read, in plain words for a doc author: what is wrong
 * and how to fix it, without the parser's jargon ({@code (code 34)}, {@code START_OBJECT},
 * {@code JsonReadFeature...}, {@code [Source: ...]}). The place is not part of the text: callers put
 * the line and column in the diagnostic's location, and reports escape what they print
 * ({@link PrintableText}).
 */
public final class JsonErrorText {
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected character \\(.*?\\(?code (\\d+)\\)\\)( in numeric value)?(?:: (.*))?", Pattern.DOTALL);
  private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
  private static final Pattern NOTHING_TO_CLOSE = Pattern.compile("Unexpected close marker '(.)': no open (Object|Array).*",
      Pattern.DOTALL);
  private static final Pattern END_CLOSE_MARKER = Pattern.compile("Unexpected end-of-input: expected close marker for (Object|Array).*",
      Pattern.DOTALL);
  private static final Pattern END_BETWEEN = Pattern.compile("Unexpected end-of-input within/between (Object|Array) entries.*",
      Pattern.DOTALL);
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern RAW_CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
      Pattern.DOTALL);
  private static final Pattern CONTROL_BETWEEN = Pattern.compile("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
      Pattern.DOTALL);
  private static final Pattern BAD_ESCAPE = Pattern.compile("Unrecognized character escape (?:'(.)' )?\\(code (\\d+)\\).*",
      Pattern.DOTALL);
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern DEPTH = Pattern.compile(".*nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
      Pattern.DOTALL);
  private static final Pattern TYPE_NAME = Pattern.compile("`(?:[\\w$]+\\.)*([\\w$]+(?:\\[\\])?)`");

  private JsonErrorText() {}

  /** The exception's message in plain words. */
  public static String of(JsonProcessingException e) {
    return of(e.getOriginalMessage());
  }

  /** A Jackson message (without its location suffix) in plain words. */
  public static String of(String message) {
    if (message == null || message.isBlank()) {
      return "the JSON cannot be read from here on";
    }
    String m = message.strip();
    Matcher x;
    if ((x = UNEXPECTED_CHARACTER.matcher(m)).matches()) {
      return unexpected(Integer.parseInt(x.group(1)), x.group(2) != null, x.group(3) == null ? "" : x.group(3));
    }
    if ((x = CLOSE_MARKER.matcher(m)).matches()) {
      return "unexpected '" + x.group(1) + "': the " + (x.group(2).equals("]") ? "array" : "object")
          + " opened before it is not closed yet (a '" + x.group(2) + "' is missing)";
    }
    if ((x = NOTHING_TO_CLOSE.matcher(m)).matches()) {
      return "unexpected '" + x.group(1) + "': there is no open " + noun(x.group(2)) + " to close";
    }
    if ((x = END_CLOSE_MARKER.matcher(m)).matches()) {
      return "the JSON ends before the " + noun(x.group(1)) + " is closed (a '" + closer(x.group(1)) + "' is missing)";
    }
    if ((x = END_BETWEEN.matcher(m)).matches()) {
      return "the JSON ends inside an " + noun(x.group(1)) + " (a value or a '" + closer(x.group(1)) + "' is missing)";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return m.contains("quote") || m.contains("field name") || m.contains("String value")
          ? "the JSON ends inside a string (a closing double quote is missing)"
          : "the JSON ends before it is complete";
    }
    if ((x = UNRECOGNIZED_TOKEN.matcher(m)).matches()) {
      return "'" + x.group(1) + "' is not a JSON value: text needs double quotes, and the only "
          + "bare words are true, false and null";
    }
    if ((x = RAW_CONTROL.matcher(m)).matches()) {
      int code = Integer.parseInt(x.group(1));
      return switch (code) {
        case '\n', '\r' -> "a line break inside a string: write it as \\n";
        case '\t' -> "a tab inside a string: write it as \\t";
        default -> "control character " + codePoint(code) + " inside a string: write it as \\u" + hex(code);
      };
    }
    if ((x = CONTROL_BETWEEN.matcher(m)).matches()) {
      return "control character " + codePoint(Integer.parseInt(x.group(1)))
          + " between values: only spaces, tabs and line breaks may stand there";
    }
    if ((x = BAD_ESCAPE.matcher(m)).matches()) {
      return "\\" + character(Integer.parseInt(x.group(2))).replace("'", "")
          + " is not a JSON escape (write \\\\ for a backslash)";
    }
    if (m.startsWith("Invalid numeric value: Leading zeroes")) {
      return "a number cannot start with 0 (leading zeros)";
    }
    if (m.startsWith("Invalid numeric value") || m.startsWith("Numeric value")) {
      return "the number cannot be read (it is malformed or out of range)";
    }
    if ((x = NON_STANDARD.matcher(m)).matches()) {
      return "'" + x.group(1) + "' is not a JSON number";
    }
    if (m.startsWith("Trailing token")) {
      return "more text follows the JSON value";
    }
    if ((x = DEPTH.matcher(m)).matches()) {
      return "the JSON is nested more than " + x.group(2) + " levels deep";
    }
    if (m.startsWith("String value length")) {
      return "a string is longer than the reading limit";
    }
    if (m.startsWith("Number value length")) {
      return "a number has more digits than the reading limit";
    }
    if (m.startsWith("Duplicate field '")) {
      int end = m.indexOf('\'', 17);
      return "member '" + (end > 17 ? m.substring(17, end) : "?") + "' appears twice";
    }
    return plain(m);
  }

  private static String unexpected(int code, boolean inNumber, String expecting) {
    String c = character(code);
    String what = "unexpected " + c;
    if (inNumber) {
      return what + ": the number is incomplete (a digit is missing)";
    }
    if (expecting.startsWith("was expecting comma to separate Object")) {
      return what + ": a comma is missing between two members of the object";
    }
    if (expecting.startsWith("was expecting comma to separate Array")) {
      return what + ": a comma is missing between two items of the array";
    }
    if (expecting.startsWith("was expecting double-quote to start field name")) {
      return code == '}' ? what + ": a comma stands before the closing '}' (a trailing comma)"
          : code == '\'' ? what + ": member names need double quotes, not single quotes"
          : what + ": a member name in double quotes is expected here";
    }
    if (expecting.startsWith("was expecting a colon")) {
      return what + ": a colon is missing after the member name";
    }
    if (expecting.startsWith("expected a valid value")) {
      return code == '\'' ? what + ": strings need double quotes, not single quotes"
          : code == ']' || code == '}' ? what + ": a value is missing (is there a comma too many?)"
          : what + ": a value (a string in double quotes, a number, an object, an array, true, false or null) is expected here";
    }
    if (expecting.startsWith("maybe a (non-standard) comment")) {
      return what + ": comments are not allowed in JSON";
    }
    if (expecting.contains("hex-digit")) {
      return what + ": a \\u escape needs four hex digits";
    }
    return what;
  }

  private static String noun(String jacksonKind) {
    return jacksonKind.equals("Array") ? "array" : "object";
  }

  private static String closer(String jacksonKind) {
    return jacksonKind.equals("Array") ? "]" : "}";
  }

  /** {@code '"'} for a printable character, {@code U+0001} for any other. */
  private static String character(int code) {
    if (code >= 0x20 && code != 0x7F && !Character.isISOControl(code) && Character.isDefined(code)
        && !Character.isWhitespace(code)) {
      return "'" + new String(Character.toChars(code)) + "'";
    }
    return codePoint(code);
  }

  private static String codePoint(int code) {
    return "U+" + hex(code);
  }

  private static String hex(int code) {
    return String.format(Locale.ROOT, "%04X", code);
  }

  /**
   * Any other message: the first line, Java type names shortened ({@code `java.lang.Integer`} becomes
   * {@code Integer}), without the parser's source and reference-chain suffixes.
   */
  static String plain(String message) {
    String m = message;
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    for (String cut : new String[] {" at [Source", " (through reference chain", " (for ", " (start marker"}) {
      int i = m.indexOf(cut);
      if (i > 0) {
        m = m.substring(0, i);
      }
    }
    m = TYPE_NAME.matcher(m).replaceAll("$1").replace("`", "");
    m = m.strip();
    if (m.isEmpty()) {
      return "the JSON cannot be read from here on";
    }
    return Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }
}
