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
 * sent to a local server that answers with the documented response. Both seed API pages send the
 * read-only {@code status} and {@code resultInfo} in their bodies, which request bodies leave out: doc
 * errors, located; no model defect.
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
  void theSeedsReadOnlyPropertiesInRequestBodiesAreLocatedDocErrors() {
    List<ReplayResult> errors = REPORT.results().stream().filter(r -> r.status() == ReplayResult.Status.DOC_ERROR).toList();
    assertEquals(List.of("api/commsoperation-create.md", "api/commsoperation-update.md"),
        errors.stream().map(ReplayResult::page).toList(), errors.toString());
    for (ReplayResult r : errors) {
      assertEquals("the request example sends a property its type documents as read-only", r.cause(), r.toString());
      assertTrue(r.detail().contains("$.resultInfo"), r.detail());
    }
  }
}
