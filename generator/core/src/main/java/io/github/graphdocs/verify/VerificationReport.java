package io.github.graphdocs.verify;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.verify.ExampleResult.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a verify run: one result per example, in source order, and javac's messages when the
 * model did not compile (then no example was checked).
 */
public record VerificationReport(List<ExampleResult> results, boolean modelCompiled, List<String> compilerMessages,
    List<Diagnostic> modelDiagnostics) {

  public VerificationReport {
    results = List.copyOf(results);
    compilerMessages = List.copyOf(compilerMessages);
    modelDiagnostics = List.copyOf(modelDiagnostics);
  }

  public long count(Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  public int total() {
    return results.size();
  }

  /** Passed plus failed: the examples that went through the model. */
  public long checked() {
    return count(Status.PASSED) + count(Status.FAILED);
  }

  /** Whether verify should exit with 1: a failed example, or a model that does not compile. */
  public boolean failed() {
    return !modelCompiled || count(Status.FAILED) > 0;
  }

  /** {@code examples: N total, P passed, F failed, S skipped}. */
  public String summaryLine() {
    return "examples: " + total() + " total, " + count(Status.PASSED) + " passed, " + count(Status.FAILED) + " failed, "
        + count(Status.SKIPPED) + " skipped";
  }

  /** Skipped examples counted per reason, sorted by reason. */
  public Map<String, Long> skipReasons() {
    return countBy(Status.SKIPPED);
  }

  /** Failed examples counted per classification and cause, sorted. */
  public Map<String, Long> failureCauses() {
    return countBy(Status.FAILED);
  }

  /** Every failure diagnostic, sorted by location. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> out = new ArrayList<>(modelDiagnostics);
    for (ExampleResult r : results) {
      if (r.diagnostic() != null) {
        out.add(r.diagnostic());
      }
    }
    out.sort(null);
    return out;
  }

  private Map<String, Long> countBy(Status status) {
    Map<String, Long> m = new TreeMap<>();
    for (ExampleResult r : results) {
      if (r.status() == status) {
        String key = r.classification() == null ? r.reason() : label(r.classification()) + ": " + r.reason();
        m.merge(key, 1L, Long::sum);
      }
    }
    return m;
  }

  static String label(ExampleResult.Classification c) {
    return c == ExampleResult.Classification.DOC_ERROR ? "doc error" : "model defect";
  }
}
