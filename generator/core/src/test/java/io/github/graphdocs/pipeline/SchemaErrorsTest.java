package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes a correct model impossible is an error, and generate then writes nothing. */
class SchemaErrorsTest {
  @TempDir Path tmp;

  private List<Diagnostic> errors(GeneratorRun.Result r, DiagnosticCode code) {
    return r.diagnostics().all().stream().filter(d -> d.code() == code && d.severity() == Severity.ERROR).toList();
  }

  private GeneratorRun.Result generate(DocsFolder docs) {
    return GeneratorRun.generate(docs.root(), tmp.resolve("out"), GeneratorRun.DEFAULT_PACKAGE, false);
  }

  private static List<Path> allFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void baseTypeCycleIsAnErrorAndNothingIsWritten() {
    DocsFolder docs = new DocsFolder(tmp.resolve("docs"))
        .page("resources/alpha.md", new ResourcePage("alpha").base("beta").row("a", "String", "d").text())
        .page("resources/beta.md", new ResourcePage("beta").base("alpha").row("b", "String", "d").text());
    GeneratorRun.Result r = generate(docs);
    assertEquals(1, errors(r, DiagnosticCode.BASE_TYPE_CYCLE).size());
    assertEquals(0, r.filesWritten());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void twoPagesGivingOnePropertyIncompatibleTypesIsAnErrorNamingBothPlaces() {
    DocsFolder docs = new DocsFolder(tmp.resolve("docs"))
        .page("resources/a-thing.md", new ResourcePage("thing").row("size", "Int32", "d").text())
        .page("resources/b-thing.md", new ResourcePage("thing").row("size", "Collection(String)", "d").text());
    GeneratorRun.Result r = generate(docs);
    List<Diagnostic> found = errors(r, DiagnosticCode.INCOMPATIBLE_PROPERTY);
    assertEquals(1, found.size());
    assertEquals("resources/b-thing.md", found.get(0).location().file());
    assertEquals("resources/a-thing.md", found.get(0).related().get(0).file());
    assertEquals(0, r.filesWritten());
  }

  @Test
  void twoPagesGivingOnePropertyDifferentButCompatibleTypesIsOnlyAWarning() {
    DocsFolder docs = new DocsFolder(tmp.resolve("docs"))
        .page("resources/a-thing.md", new ResourcePage("thing").row("size", "Int32", "d").text())
        .page("resources/b-thing.md", new ResourcePage("thing").row("size", "Int64", "d").text());
    GeneratorRun.Result r = generate(docs);
    assertTrue(r.ok());
    assertEquals(1, r.diagnostics().all().stream().filter(d -> d.code() == DiagnosticCode.CONFLICTING_PROPERTY_TYPES).count());
  }

  @Test
  void typeNameWithPathSeparatorsIsAnErrorAndNothingIsWrittenAnywhere() throws IOException {
    Path root = tmp.resolve("work");
    DocsFolder docs = new DocsFolder(root.resolve("docs"))
        .page("resources/evil.md", new ResourcePage("evil").odataType("microsoft.graph.../../evil").row("a", "String", "d").text());
    List<Path> before = allFiles(root);
    GeneratorRun.Result r = GeneratorRun.generate(docs.root(), root.resolve("out"), GeneratorRun.DEFAULT_PACKAGE, false);
    assertFalse(errors(r, DiagnosticCode.INVALID_TYPE_NAME).isEmpty());
    assertEquals(before, allFiles(root));
    assertFalse(Files.exists(tmp.resolve("evil.java")));
  }

  @Test
  void typeNameWithABackslashIsAnError() {
    DocsFolder docs = new DocsFolder(tmp.resolve("docs"))
        .page("resources/evil.md", new ResourcePage("evil").odataType("microsoft.graph.a\\\\b").row("a", "String", "d").text());
    GeneratorRun.Result r = generate(docs);
    assertFalse(errors(r, DiagnosticCode.INVALID_TYPE_NAME).isEmpty());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void strictTurnsWarningsIntoErrorsAndRefusesToWrite() {
    DocsFolder docs = new DocsFolder(tmp.resolve("docs"))
        .page("resources/thing.md", new ResourcePage("thing").row("shape", "nowhereType", "d").text());
    GeneratorRun.Result lenient = generate(docs);
    GeneratorRun.Result strict = GeneratorRun.generate(docs.root(), tmp.resolve("strict-out"), GeneratorRun.DEFAULT_PACKAGE, true);
    assertTrue(lenient.ok());
    assertFalse(strict.ok());
    assertFalse(Files.exists(tmp.resolve("strict-out")));
  }
}
