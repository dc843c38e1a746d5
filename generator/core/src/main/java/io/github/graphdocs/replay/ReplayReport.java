package io.github.graphdocs.replay;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.replay.ReplayResult.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a replay: one result per exchange example, in page order, and javac's messages when
 * the model and its request API did not compile (then nothing was replayed). A page replays cleanly
 * when every exchange of it passed.
 */
public record ReplayReport(List<ReplayResult> results, boolean compiled, List<String> compilerMessages) {
  public ReplayReport {
    results = List.copyOf(results);
    compilerMessages = List.copyOf(compilerMessages);
  }

  public long count(Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** The pages with at least one exchange example. */
  public int pages() {
    return byPage().size();
  }

  /** The pages whose every exchange passed. */
  public long cleanPages() {
    return byPage().values().stream().filter(rs -> rs.stream().allMatch(r -> r.status() == Status.PASSED)).count();
  }

  private Map<String, List<ReplayResult>> byPage() {
    Map<String, List<ReplayResult>> m = new LinkedHashMap<>();
    for (ReplayResult r : results) {
      m.computeIfAbsent(r.page(), k -> new ArrayList<>()).add(r);
    }
    return m;
  }

  /** Counts per cause of the results of one status, most frequent first. */
  public Map<String, Long> causes(Status status) {
    Map<String, Long> counts = new TreeMap<>();
    for (ReplayResult r : results) {
      if (r.status() == status) {
        counts.merge(r.cause(), 1L, Long::sum);
      }
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** One diagnostic per failed exchange (GD620 a model defect, GD621 a doc error), and a note per skip. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> out = new ArrayList<>();
    for (ReplayResult r : results) {
      switch (r.status()) {
        case MODEL_DEFECT -> out.add(new Diagnostic(DiagnosticCode.REPLAY_MISMATCH, Severity.ERROR, r.at(),
            "model defect: " + r.cause() + (r.detail().isEmpty() ? "" : ": " + r.detail()), List.of()));
        case DOC_ERROR -> out.add(new Diagnostic(DiagnosticCode.REPLAY_DOC_ERROR, Severity.ERROR, r.at(),
            "doc error: " + r.cause() + (r.detail().isEmpty() ? "" : ": " + r.detail()), List.of()));
        case SKIPPED -> out.add(new Diagnostic(DiagnosticCode.REPLAY_SKIPPED, Severity.NOTE, r.at(),
            "not replayed: " + r.cause(), List.of()));
        default -> { }
      }
    }
    return out;
  }

  /** {@code replay: 1210 pages, 1100 replayed cleanly (90.9%); exchanges: 2000 passed, 50 doc errors, 10 model defects, 40 skipped}. */
  public String summaryLine() {
    long clean = cleanPages();
    int pages = pages();
    return String.format(java.util.Locale.ROOT, "replay: %d pages, %d replayed cleanly (%.1f%%); exchanges: %d passed, %d doc errors,"
        + " %d model defects, %d skipped", pages, clean, pages == 0 ? 0.0 : 100.0 * clean / pages, count(Status.PASSED),
        count(Status.DOC_ERROR), count(Status.MODEL_DEFECT), count(Status.SKIPPED));
  }

  /** Whether replay exits with 1: a failure, or a model that does not compile. */
  public boolean failed() {
    return !compiled || count(Status.DOC_ERROR) + count(Status.MODEL_DEFECT) > 0;
  }
}
