package io.github.graphdocs.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a documented path template ({@code /users/{id | userPrincipalName}/sendMail},
 * {@code /reports/getEmailActivityCounts(period='{period_value}')},
 * {@code /me/drive/root:/{item-path}:/content}) into segments. Pure function of the text: the host and
 * version prefix of a full URL and the query string are dropped; a {@code :/path:} item address becomes
 * one {@link Kind#ITEM_PATH} segment; a parenthesis the docs forgot to close is closed at the next
 * {@code /} (and said so in {@link PathTemplate#problem()}).
 */
final class PathTemplateParser {
  /** What a segment is. */
  enum Kind {
    /** A name: an entity set, singleton, property, operation, type cast or a literal key. */
    NAME,
    /** A key or a placeholder: {@code {id}}, {@code <address>}, {@code (team-id)}. */
    KEY,
    /** {@code $ref}, {@code $value}, {@code $count} and other system segments. */
    DOLLAR,
    /** A {@code :/folder/file.txt:} item address: an item of the same type as the segment before. */
    ITEM_PATH
  }

  /** One argument in parentheses: {@code name=value}, or an unnamed key value ({@code name} null). */
  record Argument(String name, String value) {}

  /** A segment; {@code arguments} holds what the parentheses after a name hold (empty when none). */
  record Segment(Kind kind, String text, String name, boolean parenthesized, List<Argument> arguments) {
    Segment {
      arguments = List.copyOf(arguments);
    }

    /** The name after the last dot: {@code microsoft.graph.delta} is {@code delta}. */
    String simpleName() {
      return name.substring(name.lastIndexOf('.') + 1);
    }

    boolean qualified() {
      return name.contains(".");
    }

    /** {@code users('id')} or {@code range(<address>)}: one unnamed argument, a key. */
    boolean keyArgument() {
      return arguments.size() == 1 && arguments.get(0).name() == null;
    }

    /** {@code f(a=1,b='x')}: arguments by name, a function call. */
    List<Argument> namedArguments() {
      return arguments.stream().filter(a -> a.name() != null).toList();
    }
  }

  /**
   * A parsed template.
   *
   * @param parameters the placeholder names in braces or angle brackets, in order, each once
   *     ({@code {id | userPrincipalName}} is {@code id})
   * @param query the query string as written, without '?' ("" when none)
   * @param problem what was wrong with the text and repaired, or null
   */
  record PathTemplate(String text, List<Segment> segments, List<String> parameters, String query, String problem) {
    PathTemplate {
      segments = List.copyOf(segments);
      parameters = List.copyOf(parameters);
    }

    Segment last() {
      return segments.isEmpty() ? null : segments.get(segments.size() - 1);
    }
  }

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Pattern SCHEME_HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*");
  private static final Pattern VERSION = Pattern.compile("(?i)v\\d+(\\.\\d+)?|beta");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}|<([^<>]*)>");

  private PathTemplateParser() {}

  static PathTemplate parse(String written) {
    String s = written.trim();
    if (s.length() > 1 && s.startsWith("`") && s.endsWith("`")) {
      s = s.substring(1, s.length() - 1).trim();
    }
    s = SCHEME_HOST.matcher(s).replaceFirst("");
    int q = queryStart(s);
    String query = q < 0 ? "" : s.substring(q + 1);
    s = q < 0 ? s : s.substring(0, q);
    List<String> raw = new ArrayList<>();
    String problem = split(s, raw);
    if (!raw.isEmpty() && VERSION.matcher(raw.get(0)).matches()) {
      raw.remove(0);
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      if (text.length() > 1 && text.endsWith(":")) {
        // "root:" then ":/folder/file:": an item addressed by its path, up to the segment that ends with ':'
        segments.add(segment(text.substring(0, text.length() - 1)));
        int j = i + 1;
        while (j < raw.size() && !raw.get(j).endsWith(":")) {
          j++;
        }
        segments.add(new Segment(Kind.ITEM_PATH, String.join("/", raw.subList(i + 1, Math.min(j + 1, raw.size()))), "",
            false, List.of()));
        i = j;
        continue;
      }
      segments.add(segment(text));
    }
    Set<String> parameters = new LinkedHashSet<>();
    var m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(2);
      String first = inner.split("\\|")[0].trim();
      if (!first.isEmpty()) {
        parameters.add(first);
      }
    }
    return new PathTemplate(written.trim(), segments, new ArrayList<>(parameters), query, problem);
  }

  /** Where the query string starts: the first '?' outside parentheses and braces; -1 when none. */
  private static int queryStart(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '{') {
        depth++;
      } else if ((c == ')' || c == '}') && depth > 0) {
        depth--;
      } else if (c == '?' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Splits at '/' outside parentheses and braces; returns what had to be repaired, or null. */
  private static String split(String s, List<String> out) {
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '{') {
        depth++;
      } else if ((c == ')' || c == '}') && depth > 0) {
        depth--;
      }
      if (c == '/' && depth == 0) {
        add(out, cur);
      } else {
        cur.append(c);
      }
    }
    add(out, cur);
    if (depth == 0) {
      return null;
    }
    // An opening parenthesis or brace is never closed: close each at the next '/'.
    out.clear();
    for (String part : s.split("/")) {
      StringBuilder b = new StringBuilder(part);
      int open = count(part, '(') - count(part, ')');
      for (int k = 0; k < open; k++) {
        b.append(')');
      }
      int braces = count(part, '{') - count(part, '}');
      for (int k = 0; k < braces; k++) {
        b.append('}');
      }
      add(out, b);
    }
    return "a parenthesis or brace is not closed; it was closed at the next '/'";
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  private static void add(List<String> out, StringBuilder cur) {
    String t = cur.toString().trim();
    if (!t.isEmpty()) {
      out.add(t);
    }
    cur.setLength(0);
  }

  private static Segment segment(String text) {
    if (text.startsWith("$")) {
      return new Segment(Kind.DOLLAR, text, text.toLowerCase(Locale.ROOT), false, List.of());
    }
    var m = NAME.matcher(text);
    if (m.lookingAt()) {
      String name = m.group();
      String rest = text.substring(m.end()).trim();
      if (rest.isEmpty()) {
        return new Segment(Kind.NAME, text, name, false, List.of());
      }
      if (rest.startsWith("(") && rest.endsWith(")")) {
        return new Segment(Kind.NAME, text, name, true, arguments(rest.substring(1, rest.length() - 1)));
      }
    }
    return new Segment(Kind.KEY, text, "", false, List.of());
  }

  /** Splits {@code a=1,b='x,y'} at commas outside quotes, parentheses and braces. */
  private static List<Argument> arguments(String inner) {
    List<Argument> out = new ArrayList<>();
    if (inner.isBlank()) {
      return out;
    }
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '{' || c == '<')) {
        depth++;
      } else if (!quoted && (c == ')' || c == '}' || c == '>') && depth > 0) {
        depth--;
      }
      if (c == ',' && depth == 0 && !quoted) {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString());
    for (String p : parts) {
      String t = p.trim();
      int eq = t.indexOf('=');
      String before = eq > 0 ? t.substring(0, eq).trim() : "";
      if (eq > 0 && NAME.matcher(before).matches()) {
        out.add(new Argument(before, t.substring(eq + 1).trim()));
      } else if (!t.isEmpty()) {
        out.add(new Argument(null, t));
      }
    }
    return out;
  }
}
