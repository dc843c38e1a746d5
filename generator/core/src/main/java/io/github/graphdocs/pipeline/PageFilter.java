package io.github.graphdocs.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which pages of a docs folder are read: Maven-style include and exclude globs over the page's path
 * relative to the docs folder, with {@code /} separators. {@code *} matches within one name,
 * {@code ?} one character, {@code **} any number of folders ({@code api/**}, {@code **}{@code /user*.md});
 * a pattern ending in {@code /} means everything below it. No includes means every page; a page is
 * read when an include matches it and no exclude does. Letter case counts.
 */
public final class PageFilter {
  /** Every page. */
  public static final PageFilter ALL = new PageFilter(List.of(), List.of(), List.of(), List.of());

  private final List<String> includes;
  private final List<String> excludes;
  private final List<Pattern> includePatterns;
  private final List<Pattern> excludePatterns;

  private PageFilter(List<String> includes, List<String> excludes, List<Pattern> in, List<Pattern> out) {
    this.includes = includes;
    this.excludes = excludes;
    this.includePatterns = in;
    this.excludePatterns = out;
  }

  /**
   * The filter of these globs (null lists are empty).
   *
   * @throws IllegalArgumentException naming the first pattern that is empty, absolute or climbs out
   *     of the docs folder with {@code ..}
   */
  public static PageFilter of(List<String> includes, List<String> excludes) {
    List<String> in = normalized(includes);
    List<String> out = normalized(excludes);
    if (in.isEmpty() && out.isEmpty()) {
      return ALL;
    }
    return new PageFilter(in, out, in.stream().map(PageFilter::compile).toList(), out.stream().map(PageFilter::compile).toList());
  }

  /** Whether this filter lets every page through. */
  public boolean all() {
    return includes.isEmpty() && excludes.isEmpty();
  }

  public List<String> includes() {
    return includes;
  }

  public List<String> excludes() {
    return excludes;
  }

  /** Whether the page at this path (relative to the docs folder, {@code /} separators) is read. */
  public boolean accepts(String relativePath) {
    return (includePatterns.isEmpty() || includePatterns.stream().anyMatch(p -> p.matcher(relativePath).matches()))
        && excludePatterns.stream().noneMatch(p -> p.matcher(relativePath).matches());
  }

  /** The include patterns that match none of these paths: most likely mistyped. */
  List<String> unmatchedIncludes(List<String> relativePaths) {
    List<String> unmatched = new ArrayList<>();
    for (int i = 0; i < includes.size(); i++) {
      Pattern p = includePatterns.get(i);
      if (relativePaths.stream().noneMatch(f -> p.matcher(f).matches())) {
        unmatched.add(includes.get(i));
      }
    }
    return unmatched;
  }

  /** {@code includes [a, b], excludes [c]}, for messages. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (!includes.isEmpty()) {
      parts.add("includes " + includes);
    }
    if (!excludes.isEmpty()) {
      parts.add("excludes " + excludes);
    }
    return parts.isEmpty() ? "every page" : String.join(", ", parts);
  }

  private static List<String> normalized(List<String> globs) {
    if (globs == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String g : globs) {
      String s = g == null ? "" : g.strip().replace('\\', '/');
      if (s.isEmpty()) {
        throw new IllegalArgumentException("an empty page pattern");
      }
      if (s.startsWith("/") || s.matches("[A-Za-z]:.*")) {
        throw new IllegalArgumentException("page pattern '" + g + "' is absolute; patterns are relative to the docs folder");
      }
      while (s.startsWith("./")) {
        s = s.substring(2);
      }
      if (("/" + s + "/").contains("/../")) {
        throw new IllegalArgumentException("page pattern '" + g + "' climbs out of the docs folder with ..");
      }
      out.add(s.endsWith("/") ? s + "**" : s);
    }
    return List.copyOf(out);
  }

  /** The glob as a regular expression: {@code **}{@code /} any folders (or none), {@code **} anything, {@code *} within a name. */
  private static Pattern compile(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean folders = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        re.append(folders ? "(?:.*/)?" : ".*");
        i += folders ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
