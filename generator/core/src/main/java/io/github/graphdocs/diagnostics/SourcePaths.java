package io.github.graphdocs.diagnostics;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shows the files of diagnostics relative to a folder of the user's choice (the working folder for
 * the CLI, the project folder for the Maven plugin), so that a terminal or an IDE can open them. The
 * core locates a page by its path relative to the docs folder, the docs folder itself by the path the
 * user gave, and the output folder by the path the user gave (relative to the working folder): each is
 * rebased accordingly. A place inside the base folder is shown relative to it ({@code src-docs/api/x.md});
 * one outside it relative too when the user named the docs folder relatively ({@code ../docs/api/x.md}),
 * else absolute.
 */
public final class SourcePaths {
  private final Path base;
  private final Path docs;
  private final String docsAsGiven;
  private final boolean docsRelative;
  private final Set<String> asGiven;

  /**
   * @param base the folder shown paths are relative to
   * @param docs the docs folder as the user gave it
   * @param asGiven location files that are already relative to {@code base} (the output folder as
   *     given): shown as they are
   */
  public SourcePaths(Path base, Path docs, Set<String> asGiven) {
    this.base = base.toAbsolutePath().normalize();
    this.docs = docs;
    this.docsAsGiven = docs.toString();
    this.docsRelative = !docs.isAbsolute();
    this.asGiven = Set.copyOf(asGiven);
  }

  /** How a location's file is shown. */
  public String display(String file) {
    if (asGiven.contains(file) || file.startsWith("(")) {
      return file; // the output folder as given, or a pseudo-file such as "(generated model)"
    }
    try {
      Path p = Path.of(file);
      if (file.equals(docsAsGiven)) {
        return shown(docs);
      }
      return shown(p.isAbsolute() ? p : docs.resolve(p));
    } catch (InvalidPathException e) {
      return file;
    }
  }

  /** A copy of the diagnostics with every location and related place shown this way. */
  public DiagnosticCollector rebased(DiagnosticCollector diagnostics) {
    DiagnosticCollector out = new DiagnosticCollector();
    for (Diagnostic d : diagnostics.all()) {
      List<SourceLocation> related = new ArrayList<>();
      for (SourceLocation r : d.related()) {
        related.add(rebased(r));
      }
      out.report(new Diagnostic(d.code(), d.severity(), rebased(d.location()), d.message(), related));
    }
    return out;
  }

  private SourceLocation rebased(SourceLocation at) {
    return new SourceLocation(display(at.file()), at.line(), at.column());
  }

  private String shown(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    if (abs.equals(base)) {
      return ".";
    }
    if (abs.startsWith(base) || (docsRelative && abs.getRoot() != null && abs.getRoot().equals(base.getRoot()))) {
      return base.relativize(abs).toString().replace('\\', '/');
    }
    return abs.toString();
  }
}
