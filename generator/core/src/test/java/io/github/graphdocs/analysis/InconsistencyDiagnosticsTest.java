package io.github.graphdocs.analysis;

import static io.github.graphdocs.analysis.DocsFolders.analyze;
import static io.github.graphdocs.analysis.DocsFolders.diagnostic;
import static io.github.graphdocs.analysis.DocsFolders.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.GraphDocs;
import org.junit.jupiter.api.Test;

/** Each doc inconsistency is a located diagnostic; only what makes a model impossible is an error. */
class InconsistencyDiagnosticsTest {
  private static final GraphDocs.Analysis A = analyze("inconsistent");

  @Test
  void tableAndJsonDisagree() {
    Diagnostic d = diagnostic(A, "GD304", "resources/a.md", "'tags'");
    assertEquals(Severity.WARNING, d.severity());
    assertTrue(d.message().contains("Collection(Edm.String) in the table"), d.message());
    assertEquals(1, d.related().size());
  }

  @Test
  void unknownTypeReference() {
    Diagnostic d = diagnostic(A, "GD300", "resources/a.md");
    assertTrue(d.message().contains("nobody"), d.message());
    assertEquals("Edm.Untyped", type(A, "microsoft.graph.a").properties().stream()
        .filter(p -> p.name().equals("owner")).findFirst().orElseThrow().type().csdl());
  }

  @Test
  void twoDifferentBases() {
    Diagnostic d = diagnostic(A, "GD303", "resources/a.md");
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("microsoft.graph.b", type(A, "microsoft.graph.a").baseType());
  }

  @Test
  void propertyInJsonButNotInTable() {
    Diagnostic d = diagnostic(A, "GD306", "resources/a.md");
    assertTrue(d.message().contains("extra"), d.message());
  }

  @Test
  void baseTypeCycleIsAnError() {
    Diagnostic d = diagnostic(A, "GD302", "resources/d.md");
    assertEquals(Severity.ERROR, d.severity());
    assertTrue(A.diagnostics().hasErrors());
  }

  @Test
  void aCycleThatOnlyAWeakSourceClosesIsAWarningAndBrokenThere() {
    Diagnostic d = diagnostic(A, "GD302", "resources/f.md");
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("microsoft.graph.f", type(A, "microsoft.graph.e").baseType());
    assertEquals(null, type(A, "microsoft.graph.f").baseType());
  }
}
