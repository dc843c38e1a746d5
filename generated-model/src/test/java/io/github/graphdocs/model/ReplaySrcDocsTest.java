package io.github.graphdocs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.replay.ContractReplayer;
import io.github.graphdocs.replay.ReplayReport;
import io.github.graphdocs.replay.ReplayResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code graphdocs replay} over src-docs, through the request API and model this module compiled (not
 * a copy compiled in memory): each API page's request example is built with the generated call and
 * sent to a local server that answers with the documented response. Both seed API pages send
 * {@code id}, {@code status} and {@code resultInfo}, which the resource calls read-only but the pages'
 * request-body tables list: their requests send them, and both pages replay cleanly.
 */
class ReplaySrcDocsTest {
  private static final ReplayReport REPORT = replaySrcDocs();

  private static ReplayReport replaySrcDocs() {
    GraphDocs.Analysis analysis = GraphDocs.analyzeKeepingPages(Path.of("../src-docs"));
    assertFalse(analysis.diagnostics().hasErrors());
    return new ContractReplayer("io.github.graphdocs.model").replay(analysis.schema(), analysis.pages(),
        ReplaySrcDocsTest.class.getClassLoader());
  }

  @Test
  void everyExchangeOfTheSeedApiPagesIsReplayed() {
    assertEquals(2, REPORT.pages(), REPORT.summaryLine());
    assertEquals(0, REPORT.count(ReplayResult.Status.SKIPPED), REPORT.summaryLine());
  }

  @Test
  void noModelDefect() {
    assertEquals(0, REPORT.count(ReplayResult.Status.MODEL_DEFECT), REPORT.results().toString());
  }

  @Test
  void bothSeedPagesReplayCleanlyTheirBodiesSendingTheReadOnlyPropertiesTheirTablesList() {
    List<ReplayResult> failed = REPORT.results().stream().filter(r -> r.status() != ReplayResult.Status.PASSED).toList();
    assertEquals(List.of(), failed, REPORT.summaryLine());
    assertEquals(2, REPORT.cleanPages(), REPORT.summaryLine());
    assertTrue(REPORT.summaryLine().startsWith("replay: 2 pages, 2 replayed cleanly (100.0%)"), REPORT.summaryLine());
  }
}
