package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import io.github.graphdocs.schema.TypeDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Includes and excludes applied while reading, and the progress a run reports. */
class ReadingOptionsTest {
  @TempDir Path tmp;

  private Path docs() {
    return new DocsFolder(tmp.resolve("docs")).entityPage()
        .page("resources/widget.md", new ResourcePage("widget").base("entity").row("size", "Int32", "s").text())
        .page("resources/beta/gadget.md", new ResourcePage("gadget").base("entity").row("size", "Int32", "s").text())
        .root();
  }

  private static List<String> typeNames(GraphDocs.Analysis a) {
    return a.schema().types().stream().map(TypeDef::name).sorted().toList();
  }

  private static List<Diagnostic> withCode(GraphDocs.Analysis a, DiagnosticCode code) {
    return a.diagnostics().all().stream().filter(d -> d.code() == code).toList();
  }

  @Test
  void excludedPagesAreNotRead() {
    GraphDocs.Analysis a = GraphDocs.analyze(new DocsInput(docs(), PageFilter.of(List.of(), List.of("resources/beta/"))),
        ProgressListener.NONE);
    assertEquals(List.of("entity", "widget"), typeNames(a));
    assertFalse(a.diagnostics().hasErrors(), a.diagnostics().all().toString());
  }

  @Test
  void anIncludeThatMatchesNothingIsAWarningAtTheDocsFolder() {
    GraphDocs.Analysis a = GraphDocs.analyze(new DocsInput(docs(), PageFilter.of(List.of("resources/*.md", "resource/**"),
        List.of())), ProgressListener.NONE);
    assertEquals(List.of("entity", "widget"), typeNames(a));
    List<Diagnostic> found = withCode(a, DiagnosticCode.INCLUDE_MATCHES_NOTHING);
    assertEquals(1, found.size(), a.diagnostics().all().toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(tmp.resolve("docs").toString(), found.get(0).location().file());
    assertTrue(found.get(0).message().contains("'resource/**'"), found.get(0).message());
  }

  @Test
  void aFilterThatLeavesNoPageIsOneErrorNamingThePatterns() {
    GraphDocs.Analysis a = GraphDocs.analyze(new DocsInput(docs(), PageFilter.of(List.of("api/**"), List.of())),
        ProgressListener.NONE);
    List<Diagnostic> found = withCode(a, DiagnosticCode.NO_PAGE_SELECTED);
    assertEquals(1, found.size(), a.diagnostics().all().toString());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertTrue(found.get(0).message().contains("3 .md pages is selected by includes [api/**]"), found.get(0).message());
    assertTrue(withCode(a, DiagnosticCode.NO_PAGES).isEmpty(), "one error, not two");
  }

  @Test
  void readingAndAnalysisReportEachStepFromZeroToItsTotal() {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    GraphDocs.analyze(new DocsInput(docs(), PageFilter.ALL), (step, done, total) -> events.add(step + " " + done + "/" + total));
    List<String> reading = events.stream().filter(e -> e.startsWith("READING_PAGES")).sorted().toList();
    assertEquals(List.of("READING_PAGES 0/3", "READING_PAGES 1/3", "READING_PAGES 2/3", "READING_PAGES 3/3"), reading);
    assertEquals(List.of("ANALYSING 0/1", "ANALYSING 1/1"), events.subList(events.size() - 2, events.size()));
    assertEquals("READING_PAGES 0/3", events.get(0));
  }

  @Test
  void generationReportsEveryTypeEmitted() {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    GeneratorRun.Result r = GeneratorRun.generate(DocsInput.of(docs()), io.github.graphdocs.output.OutputFolder.at(tmp.resolve("out")),
        "com.example", false, (step, done, total) -> {
          if (step == ProgressListener.Step.EMITTING_TYPES) {
            events.add(done + "/" + total);
          }
        });
    assertTrue(r.ok(), r.diagnostics().all().toString());
    // three types and the type registry, then the package's package-info (text, not rendered)
    assertEquals(List.of("0/4", "1/4", "2/4", "3/4", "4/4"), events);
    assertEquals(5, r.filesWritten());
  }
}
