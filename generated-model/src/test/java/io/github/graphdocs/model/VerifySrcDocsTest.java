package io.github.graphdocs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.verify.ExampleResult;
import io.github.graphdocs.verify.ExampleVerifier;
import io.github.graphdocs.verify.VerificationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code graphdocs verify} over src-docs: every example, request and response the shipped docs show
 * is read through the model generated from them and written back. The seed pages hold one real doc
 * error, which verify must find, and no model defect.
 */
class VerifySrcDocsTest {
  private static final VerificationReport REPORT = verifySrcDocs();

  private static VerificationReport verifySrcDocs() {
    GraphDocs.Analysis analysis = GraphDocs.analyze(Path.of("../src-docs"));
    assertFalse(analysis.diagnostics().hasErrors());
    return new ExampleVerifier("io.github.graphdocs.model").verify(analysis.schema());
  }

  @Test
  void theModelCompilesAndEveryPayloadBlockIsChecked() {
    assertTrue(REPORT.modelCompiled(), REPORT.compilerMessages().toString());
    assertEquals(8, REPORT.checked(), REPORT.summaryLine() + " " + REPORT.skipReasons());
    assertEquals(7, REPORT.count(ExampleResult.Status.PASSED), REPORT.summaryLine());
    assertTrue(REPORT.skipReasons().keySet().stream().allMatch(r -> r.startsWith("resource block")),
        REPORT.skipReasons().toString());
  }

  @Test
  void noModelDefect() {
    assertTrue(REPORT.results().stream().noneMatch(r -> r.classification() == ExampleResult.Classification.MODEL_DEFECT),
        REPORT.diagnostics().toString());
  }

  @Test
  void theSeedsOneDocErrorIsFoundWithItsPlaceAndPath() {
    List<ExampleResult> failed = REPORT.results().stream().filter(r -> r.status() == ExampleResult.Status.FAILED).toList();
    assertEquals(1, failed.size(), failed.toString());
    ExampleResult f = failed.get(0);
    assertEquals(ExampleResult.Classification.DOC_ERROR, f.classification());
    assertEquals("resources/commsoperation.md", f.source().file());
    assertEquals("$.resultInfo.code", f.path());
    assertEquals(60, f.diagnostic().location().line());
  }
}
