package io.github.graphdocs.replay;

import io.github.graphdocs.schema.RequestDef;
import io.github.graphdocs.schema.RequestDef.PathPart;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documented request line an example request is an instance of: same method, and a path
 * whose literal parts match (letter case ignored) with any text in its keys, item paths and arguments.
 * Among several matches, one whose template fixes no query option the example lacks comes first, then
 * one of the example's own page, then the most specific (the most literal text).
 */
final class RequestMatcher {
  /** A match: the request line, the text of each key, item path and argument (in path order), and the query. */
  record Match(RequestDef request, List<String> values, Map<String, String> query) {}

  /** The path of an example URL: host and version dropped, query split off. */
  record ExamplePath(String path, Map<String, String> query) {}

  private static final Pattern HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*");
  private static final Pattern VERSION = Pattern.compile("^/(v\\d+(\\.\\d+)?|beta)(?=/|$)", Pattern.CASE_INSENSITIVE);

  private final List<RequestDef> requests;
  private final Map<RequestDef, Pattern> patterns = new java.util.IdentityHashMap<>();

  RequestMatcher(List<RequestDef> requests) {
    this.requests = requests;
    for (RequestDef r : requests) {
      patterns.put(r, pattern(r));
    }
  }

  /** The path and query of a request line's URL; null when it is no URL or path. */
  static ExamplePath examplePath(String url) {
    String s = HOST.matcher(url.trim()).replaceFirst("");
    int q = s.indexOf('?');
    String query = q < 0 ? "" : s.substring(q + 1);
    s = q < 0 ? s : s.substring(0, q);
    s = VERSION.matcher(s).replaceFirst("");
    if (!s.startsWith("/")) {
      return null;
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      options.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return new ExamplePath(s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s, options);
  }

  Match match(String method, ExamplePath example, String page) {
    Match best = null;
    long bestRank = Long.MIN_VALUE;
    for (RequestDef r : requests) {
      if (!r.method().equals(method)) {
        continue;
      }
      Matcher m = patterns.get(r).matcher(example.path());
      if (!m.matches()) {
        continue;
      }
      // best: no query option fixed by the template that the example lacks; then on the example's page; then most literal text
      int missing = (int) r.query().stream().filter(q -> q.value() != null
          && example.query().keySet().stream().noneMatch(k -> k.equalsIgnoreCase(q.name()))).count();
      long rank = -missing * 1_000_000_000L + (r.source().file().equals(page) ? 1_000_000L : 0) + literalLength(r);
      if (best == null || rank > bestRank) {
        List<String> values = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
          values.add(m.group(g));
        }
        best = new Match(r, values, example.query());
        bestRank = rank;
      }
    }
    return best;
  }

  private static int literalLength(RequestDef r) {
    int n = 0;
    for (PathPart p : r.path()) {
      if (p.kind() == PathPart.Kind.LITERAL) {
        n += p.text().length();
      }
    }
    return n;
  }

  private static Pattern pattern(RequestDef r) {
    StringBuilder sb = new StringBuilder("^");
    for (PathPart p : r.path()) {
      switch (p.kind()) {
        case LITERAL -> sb.append(Pattern.quote(p.text()));
        case KEY -> sb.append("([^/]+?)");
        case ITEM_PATH -> sb.append("(.+?)");
        case ARGUMENT -> sb.append("([^,)]*)");
        default -> { }
      }
    }
    return Pattern.compile(sb.append("/?$").toString(), Pattern.CASE_INSENSITIVE);
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return s;
    }
  }
}
