package io.github.graphdocs.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.DocsFolder;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.TypeDef;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs at the size where a quadratic pass shows: a JSON block of 40,000 keys, a 1,500-deep chain
 * of bases, an 8 MB page of headings, a page that exhausts the stack. They assert results, never
 * times: speed and memory are measured with the harness ({@code PipelineBenchmark}) and the CLI.
 */
class BoundedAnalysisTest {
  @TempDir Path tmp;

  private static List<Diagnostic> internalErrors(GraphDocs.Analysis a) {
    return a.diagnostics().all().stream().filter(d -> d.code() == DiagnosticCode.INTERNAL_ERROR).toList();
  }

  @Test
  void everyKeyOfAFortyThousandKeyBlockIsAPropertyLocatedAtItsOwnLine() {
    int keys = 40_000;
    StringBuilder json = new StringBuilder("```json\n{\n");
    for (int i = 0; i < keys; i++) {
      json.append("  \"k").append(i).append("\": \"String\"").append(i + 1 < keys ? ",\n" : "\n");
    }
    String page = new ResourcePage("big").row("a", "String", "d").text().replace("```json\n{\n}", json + "}");
    new DocsFolder(tmp).entityPage().page("resources/big.md", page);
    int firstKeyLine = (int) page.lines().takeWhile(l -> !l.startsWith("  \"k0\"")).count() + 1;

    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    TypeDef big = a.schema().types().stream().filter(t -> t.name().equals("big")).findFirst().orElseThrow();
    assertEquals(keys + 1, big.properties().size());
    Map<String, Integer> lines = big.properties().stream()
        .collect(Collectors.toMap(p -> p.name(), p -> p.source().line(), (x, y) -> x));
    for (int i : List.of(0, 1, 12_345, keys - 1)) {
      assertEquals(firstKeyLine + i, lines.get("k" + i), "line of k" + i);
    }
    assertEquals(List.of(), internalErrors(a));
  }

  /**
   * The chain is resolved and named in full; its only error is the JVM size limit the naming pass
   * checks (GD410: javac cannot compile a chain this deep), which {@code check} reports as {@code generate} would.
   */
  @Test
  void aFifteenHundredDeepChainOfBasesIsResolvedAndNamed() {
    int depth = 1_500;
    DocsFolder docs = new DocsFolder(tmp).entityPage();
    docs.page("resources/t0.md", new ResourcePage("t0").row("p0", "String", "d").text());
    for (int i = 1; i < depth; i++) {
      docs.page("resources/t" + i + ".md", new ResourcePage("t" + i).base("t" + (i - 1)).row("p" + i, "String", "d").text());
    }
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    List<Diagnostic> errors = a.diagnostics().all().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size(), errors.stream().limit(5).toList()::toString);
    assertEquals(DiagnosticCode.MODEL_SIZE_LIMIT, errors.get(0).code());
    assertEquals("resources/t" + (depth - 1) + ".md", errors.get(0).location().file());
    assertTrue(errors.get(0).message().contains("has " + (depth - 1) + " levels of base types"), errors.get(0).message());
    Map<String, TypeDef> byName = a.schema().types().stream().collect(Collectors.toMap(TypeDef::lowerName, Function.identity()));
    int chain = 0;
    Set<String> fields = new HashSet<>();
    for (TypeDef t = byName.get("microsoft.graph.t" + (depth - 1)); t.baseType() != null; t = byName.get(t.baseType().toLowerCase())) {
      chain++;
      fields.add(t.properties().get(0).name());
    }
    assertEquals(depth - 1, chain);
    assertEquals(depth - 1, fields.size(), "each type adds its own property");
    assertNotNull(a.names());
    assertEquals(depth + 1, a.names().javaClassNames().size());
  }

  @Test
  void anEightMegabytePageOfHeadingsIsReadWithoutAnInternalError() {
    StringBuilder page = new StringBuilder(8 * 1024 * 1024);
    for (int i = 0; page.length() < 8 * 1024 * 1024 - 16; i++) {
      page.append("# h").append(i).append('\n');
    }
    new DocsFolder(tmp).entityPage().page("resources/headings.md", page.toString());
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    assertEquals(List.of(), internalErrors(a));
    assertTrue(a.schema().types().stream().anyMatch(t -> t.name().equals("entity")));
  }

  @Test
  void aPageThatExhaustsTheStackIsALocatedErrorAndTheOtherPagesAreStillAnalysed() {
    // a type cell of 100,000 dotted segments: its parsing recurses once per segment
    String deep = "microsoft.graph." + "a.".repeat(100_000) + "x";
    new DocsFolder(tmp).entityPage()
        .page("resources/deep.md", new ResourcePage("deep").row("p", deep, "d").text())
        .page("resources/fine.md", new ResourcePage("fine").row("q", "String", "d").text());
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    assertEquals(List.of(), internalErrors(a));
    List<Diagnostic> limits = a.diagnostics().all().stream().filter(d -> d.code() == DiagnosticCode.PAGE_EXCEEDS_LIMITS).toList();
    assertEquals(1, limits.size(), limits::toString);
    assertEquals("resources/deep.md", limits.get(0).location().file());
    assertTrue(limits.get(0).message().contains("stack"), limits.get(0).message());
    assertTrue(a.schema().types().stream().anyMatch(t -> t.name().equals("fine")));
  }
  @Test
  void anApiPageThatExhaustsTheStackIsALocatedErrorAndTheOtherOperationsAreStillRead() {
    // operations are read off this thread (in the common pool): the limit is reported the same way there
    String deep = "microsoft.graph." + "a.".repeat(100_000) + "x";
    new DocsFolder(tmp).entityPage()
        .page("resources/fine.md", new ResourcePage("fine").keyed().row("q", "String", "d").text())
        .page("api/fine-deep.md", actionPage("deep", "|p|" + deep + "|d|"))
        .page("api/fine-ping.md", actionPage("ping", "|q|String|d|"));
    GraphDocs.Analysis a = GraphDocs.analyze(tmp);
    assertEquals(List.of(), internalErrors(a));
    List<Diagnostic> limits = a.diagnostics().all().stream().filter(d -> d.code() == DiagnosticCode.PAGE_EXCEEDS_LIMITS).toList();
    assertEquals(1, limits.size(), limits::toString);
    assertEquals("api/fine-deep.md", limits.get(0).location().file());
    assertTrue(a.schema().serviceOperations().stream().anyMatch(o -> o.name().equals("ping")),
        () -> a.schema().serviceOperations().toString());
  }

  private static String actionPage(String action, String parameterRow) {
    return "# fine: " + action + "\n\nNamespace: microsoft.graph\n\nA test action.\n\n## HTTP request\n\n"
        + "<!-- { \"blockType\": \"ignored\" } -->\n```http\nPOST /fines/{id}/" + action + "\n```\n\n"
        + "## Request body\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n" + parameterRow + "\n\n"
        + "## Response\n\nIf successful, this method returns `204 No Content` response code.\n";
  }
}
