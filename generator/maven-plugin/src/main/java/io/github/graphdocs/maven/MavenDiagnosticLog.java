package io.github.graphdocs.maven;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.diagnostics.SourcePaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes diagnostics to the Maven log at their level (errors as errors, warnings as warnings, notes
 * at debug, as {@code -X} shows them) with paths relative to the project, and builds the build
 * failure. Maven's own {@code [ERROR]} prefix replaces the severity word of the CLI's format.
 */
final class MavenDiagnosticLog {
  private final Log log;
  private final Path basedir;
  private final Path docs;

  MavenDiagnosticLog(Log log, Path basedir, Path docs) {
    this.log = log;
    this.basedir = basedir;
    this.docs = docs;
  }

  void logAll(DiagnosticCollector diagnostics) {
    for (Diagnostic d : diagnostics.all()) {
      String line = format(d);
      switch (d.severity()) {
        case ERROR:
          log.error(line);
          break;
        case WARNING:
          log.warn(line);
          break;
        default:
          log.debug(line);
          break;
      }
    }
  }

  /** {@code src/docs/a.md:3:1: [GD302] message}, then one {@code see} line per related place. */
  String format(Diagnostic d) {
    StringBuilder sb = new StringBuilder(where(d.location())).append(": [").append(d.code().id()).append("] ")
        .append(PrintableText.escape(d.message()));
    for (SourceLocation r : d.related()) {
      sb.append(System.lineSeparator()).append("    see ").append(where(r));
    }
    return sb.toString();
  }

  String summary(DiagnosticCollector diagnostics) {
    long notes = diagnostics.count(Severity.NOTE);
    return count(diagnostics.count(Severity.ERROR), "error") + ", "
        + count(diagnostics.count(Severity.WARNING), "warning") + ", " + count(notes, "note")
        + (notes > 0 && !log.isDebugEnabled() ? " (-X shows notes)" : "");
  }

  /**
   * The build failure, naming the first error; every error is already in the log above, so there is
   * no long message (Maven would print it a second time).
   */
  MojoFailureException failure(DiagnosticCollector diagnostics, Path out) {
    return new MojoFailureException(errors(diagnostics) + "; nothing was generated; the previous output in " + display(out)
        + " is unchanged");
  }

  /** The build failure of {@code check}, naming the first error (all of them are logged above). */
  MojoFailureException checkFailure(DiagnosticCollector diagnostics) {
    return new MojoFailureException(errors(diagnostics));
  }

  /** {@code graphdocs: 2 errors in src/docs: <the first> (and 1 more, listed above)}. */
  private String errors(DiagnosticCollector diagnostics) {
    List<Diagnostic> errors = diagnostics.all().stream().filter(d -> d.severity() == Severity.ERROR)
        .collect(Collectors.toList());
    return "graphdocs: " + count(errors.size(), "error") + " in " + display(docs) + ": "
        + (errors.isEmpty() ? "" : format(errors.get(0)))
        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more, listed above)" : "");
  }

  /** The diagnostics with their places relative to the project folder, as the log shows them (for the JSON report). */
  DiagnosticCollector rebased(DiagnosticCollector diagnostics) {
    return new SourcePaths(basedir == null ? docs : basedir, docs, Set.of()).rebased(diagnostics);
  }

  /**
   * The build failure for an output folder the core refused: nothing was read or touched. A folder in
   * the build folder without a marker is most likely an older graphdocs' output: the message says
   * that {@code mvn clean} removes it.
   */
  MojoFailureException refusal(DiagnosticCollector diagnostics, Path out, Path buildDirectory) {
    Diagnostic first = diagnostics.all().stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no refusal"));
    String hint = first.code() == DiagnosticCode.OUTPUT_NOT_OWNED && buildDirectory != null
        && out.startsWith(buildDirectory) && !out.equals(buildDirectory)
        ? " (it lies in the build folder, so it may be an older graphdocs' output without the marker: mvn clean removes it)"
        : "";
    return new MojoFailureException("graphdocs: outputDirectory " + display(out) + " refused: " + format(first) + hint
        + "; nothing was generated and nothing in it was touched");
  }

  /** {@code file:line:col} relative to the project, control characters escaped. */
  String where(SourceLocation at) {
    String file;
    try {
      file = display(docs.resolve(at.file()));
    } catch (java.nio.file.InvalidPathException e) {
      file = PrintableText.escape(at.file());
    }
    return at.line() > 0 ? file + ":" + at.line() + ":" + at.column() : file;
  }

  /** A path relative to the project folder when it lies inside it, else absolute; control characters escaped. */
  String display(Path path) {
    Path p = path.toAbsolutePath().normalize();
    if (basedir != null && p.startsWith(basedir) && !p.equals(basedir)) {
      return PrintableText.escape(basedir.relativize(p).toString().replace(java.io.File.separatorChar, '/'));
    }
    return PrintableText.escape(p.toString());
  }

  /** {@code 1 error}, {@code 2 errors}. */
  String count(long n, String word) {
    return DiagnosticReport.counted(n, word);
  }
}
