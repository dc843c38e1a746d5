package io.github.graphdocs.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects findings without throwing, so that every problem of every page is reported in one run
 * (AutoValue's ErrorReporter is the model). Thread-safe: pages are read in parallel.
 */
public final class DiagnosticCollector {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public synchronized void report(Diagnostic d) {
    diagnostics.add(d);
  }

  /** Reports {@code code} at its default severity. */
  public void report(DiagnosticCode code, SourceLocation at, String message, SourceLocation... related) {
    report(code, code.defaultSeverity(), at, message, related);
  }

  public void report(
      DiagnosticCode code, Severity severity, SourceLocation at, String message, SourceLocation... related) {
    report(new Diagnostic(code, severity, at, message, Arrays.asList(related)));
  }

  public synchronized void addAll(DiagnosticCollector other) {
    diagnostics.addAll(other.all());
  }

  /** All findings, sorted by file, line, column and code. */
  public synchronized List<Diagnostic> all() {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.sort(null);
    return List.copyOf(copy);
  }

  public synchronized boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public synchronized long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  public synchronized Map<Severity, Long> countBySeverity() {
    Map<Severity, Long> m = new EnumMap<>(Severity.class);
    for (Diagnostic d : diagnostics) {
      m.merge(d.severity(), 1L, Long::sum);
    }
    return m;
  }

  /** Counts per code id, in code order: the summary the corpus check prints. */
  public synchronized Map<String, Long> countByCode() {
    Map<String, Long> m = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      m.merge(d.code().id() + " " + d.severity().label(), 1L, Long::sum);
    }
    return m;
  }

  /** A copy in which every warning is an error: {@code --strict}. */
  public synchronized DiagnosticCollector strict() {
    DiagnosticCollector c = new DiagnosticCollector();
    for (Diagnostic d : diagnostics) {
      c.report(d.severity() == Severity.WARNING
          ? new Diagnostic(d.code(), Severity.ERROR, d.location(), d.message(), d.related())
          : d);
    }
    return c;
  }
}
