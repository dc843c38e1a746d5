package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.Severity;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages of test resources {@code pages/current-forms}, in the current Graph docs' forms, analysed as a whole. */
class CurrentDocFormsAnalysisTest {

  @Test
  void currentDocFormsGiveNoWarnings() throws URISyntaxException {
    Path docs = Path.of(CurrentDocFormsAnalysisTest.class.getResource("/pages/current-forms").toURI());
    GraphDocs.Analysis a = GraphDocs.analyze(docs);
    List<String> warnings = a.diagnostics().all().stream()
        .filter(d -> d.severity() != Severity.NOTE).map(Diagnostic::format).toList();
    assertEquals(List.of(), warnings);
  }
}
