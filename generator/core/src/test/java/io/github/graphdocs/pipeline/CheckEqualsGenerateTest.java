package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.DocsFolder.ResourcePage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} finds whatever {@code generate} would: both run the same analysis and naming pass,
 * so their findings are the same list; no finding is an internal error; and when {@code check} has no
 * error, {@code generate} writes a model that compiles with {@code -Xlint:all} and no warning.
 */
class CheckEqualsGenerateTest {
  @TempDir Path tmp;

  private DocsFolder docs() {
    return new DocsFolder(tmp.resolve("docs")).entityPage();
  }

  /** Runs check and generate on the docs, asserts they agree and the model compiles; returns check's findings. */
  private List<Diagnostic> checkAndGenerate(DocsFolder docs) {
    GraphDocs.Analysis check = GraphDocs.analyze(docs.root(), GeneratorRun.DEFAULT_PACKAGE);
    GeneratorRun.Result generate = GeneratorRun.generate(docs.root(), tmp.resolve("out"), GeneratorRun.DEFAULT_PACKAGE, false);
    List<Diagnostic> found = check.diagnostics().all();
    assertEquals(List.of(), found.stream().filter(d -> d.code() == DiagnosticCode.INTERNAL_ERROR).toList());
    assertEquals(found, generate.diagnostics().all(), "check and generate report the same findings");
    assertEquals(!check.diagnostics().hasErrors(), generate.ok(), "check clean exactly when generate succeeds");
    if (generate.ok()) {
      GeneratedSources.Compilation c = GeneratedSources.compile(tmp.resolve("out"));
      assertEquals(List.of(), c.errors());
      assertEquals(List.of(), c.warnings());
    } else {
      assertFalse(Files.exists(tmp.resolve("out")));
    }
    return found;
  }

  private static Diagnostic only(List<Diagnostic> found, DiagnosticCode code) {
    List<Diagnostic> of = found.stream().filter(d -> d.code() == code).toList();
    assertEquals(1, of.size(), () -> code + " in " + found);
    return of.get(0);
  }

  /** The 1-based line of the first line of {@code file} that contains {@code text}. */
  private int lineOf(String file, String text) throws IOException {
    List<String> lines = Files.readAllLines(tmp.resolve("docs").resolve(file), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void aClassAndAPackageOfOneNameAreFoundByCheckAndTheClassIsRenamed() throws IOException {
    DocsFolder d = docs()
        .page("resources/x.md", new ResourcePage("_x").row("a", "String", "d").text())
        .page("resources/y.md", new ResourcePage("y").odataType("microsoft.graph._x.y").row("b", "[_x](x.md)", "d").text());
    Diagnostic clash = only(checkAndGenerate(d), DiagnosticCode.CLASS_NAME_CLASH);
    assertEquals("resources/x.md", clash.location().file());
    assertEquals(lineOf("resources/x.md", "<!-- {"), clash.location().line());
    assertTrue(clash.message().contains("generated as _xType"), clash.message());
    assertTrue(Files.exists(tmp.resolve("out/io/github/graphdocs/model/_x/Y.java")));
  }

  @Test
  void aClassNamedLikeAJavaUtilTypeBesideAFieldNamedJavaCompiles() {
    DocsFolder d = docs()
        .page("resources/arrays.md", new ResourcePage("arrays").row("java", "Binary", "d").row("data", "Binary", "d").text())
        .page("resources/objects.md", new ResourcePage("objects").row("java", "String", "d").row("com", "String", "d")
            .row("io", "String", "d").row("items", "[arrays](arrays.md) collection", "d").text())
        .page("resources/hashmap.md", new ResourcePage("hashMap").row("java", "[objects](objects.md)", "d").text());
    List<Diagnostic> found = checkAndGenerate(d);
    assertTrue(found.stream().anyMatch(x -> x.code() == DiagnosticCode.RESERVED_NAME && x.message().contains("field java_")),
        found::toString);
  }

  @Test
  void typeNamesJavaPoetRefusesAndJavaLangNamesAreMapped() {
    DocsFolder d = docs();
    for (String name : List.of("_", "__", "iterable", "stackWalker", "record", "thread", "con", "aux", "lpt1")) {
      d.page("resources/t" + name.length() + name.hashCode() + ".md", new ResourcePage(name).row("v", "String", "d").text());
    }
    List<Diagnostic> found = checkAndGenerate(d);
    assertTrue(found.stream().anyMatch(x -> x.message().contains("type '_' is generated as class _Type")), found::toString);
    assertTrue(found.stream().anyMatch(x -> x.message().contains("generated as class IterableType")), found::toString);
    assertTrue(found.stream().anyMatch(x -> x.message().contains("generated as class ConType")), found::toString);
  }

  @Test
  void namespaceSegmentsThatWindowsRefusesAsFolderNamesAreMapped() {
    DocsFolder d = docs().page("resources/n.md", new ResourcePage("n").odataType("microsoft.graph.nul.Com1.n")
        .row("a", "String", "d").text());
    checkAndGenerate(d);
    assertTrue(Files.exists(tmp.resolve("out/io/github/graphdocs/model/nul_/com1_/N.java")));
  }

  @Test
  void namesTooLongForAFileAreShortenedApartAndReported() throws IOException {
    String longName = "n".repeat(300);
    DocsFolder d = docs()
        .page("resources/a.md", new ResourcePage(longName + "a").row("p", "String", "d").text())
        .page("resources/b.md", new ResourcePage(longName + "b").odataType("microsoft.graph." + "s".repeat(260) + "." + longName + "b")
            .row("q", "String", "d").text());
    List<Diagnostic> found = checkAndGenerate(d);
    assertEquals(3, found.stream().filter(x -> x.code() == DiagnosticCode.NAME_TOO_LONG).count(), found::toString);
    try (Stream<Path> files = Files.walk(tmp.resolve("out"))) {
      List<Path> all = files.toList();
      assertEquals(List.of(), all.stream().filter(p -> p.getFileName().toString().length() > 206).toList());
      assertEquals(4, all.stream().filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).count(),
          all::toString);
      assertEquals(2, all.stream().filter(p -> p.endsWith("package-info.java")).count(), all::toString);
    }
  }

  @Test
  void aWireNameLongerThanAStringConstantIsAnErrorOfCheck() throws IOException {
    String key = "k".repeat(70_000);
    DocsFolder d = docs().page("resources/big.md", new ResourcePage("big").row("a", "String", "d").text()
        .replace("```json\n{\n}", "```json\n{\n  \"" + key + "\": \"String\"\n}"));
    Diagnostic tooLong = only(checkAndGenerate(d), DiagnosticCode.NAME_NOT_A_STRING_CONSTANT);
    assertEquals(Severity.ERROR, tooLong.severity());
    assertEquals("resources/big.md", tooLong.location().file());
    assertTrue(tooLong.location().line() > 0);
  }

  @Test
  void aNamespaceTooDeepForItsFoldersIsAnErrorOfCheck() {
    DocsFolder d = docs().page("resources/deep.md", new ResourcePage("deep")
        .odataType("microsoft.graph." + "ab.".repeat(300) + "deep").row("a", "String", "d").text());
    Diagnostic deep = only(checkAndGenerate(d), DiagnosticCode.PACKAGE_PATH_TOO_LONG);
    assertEquals("resources/deep.md", deep.location().file());
  }

  @Test
  void aChainOfBasesDeeperThanJavacCompilesIsAnErrorOfCheck() {
    DocsFolder d = docs().page("resources/t0.md", new ResourcePage("t0").row("p0", "String", "d").text());
    for (int i = 1; i <= 201; i++) {
      d.page("resources/t" + i + ".md", new ResourcePage("t" + i).base("t" + (i - 1)).row("p" + i, "String", "d").text());
    }
    Diagnostic limit = only(checkAndGenerate(d), DiagnosticCode.MODEL_SIZE_LIMIT);
    assertEquals(Severity.ERROR, limit.severity());
    assertEquals("resources/t201.md", limit.location().file());
    assertTrue(limit.message().contains("201 levels of base types; the model supports at most 200"), limit.message());
  }

  @Test
  void anEmptyTypeNameIsALocatedInvalidName() throws IOException {
    DocsFolder d = docs().page("resources/e.md", new ResourcePage("e").odataType("microsoft.graph.").row("a", "String", "d").text());
    Diagnostic invalid = only(checkAndGenerate(d), DiagnosticCode.INVALID_TYPE_NAME);
    assertEquals("resources/e.md", invalid.location().file());
    assertEquals(lineOf("resources/e.md", "<!-- {"), invalid.location().line());
  }

  @Test
  void selfInheritanceThroughACaseVariantIsABaseTypeCycle() throws IOException {
    DocsFolder d = docs().page("resources/foo.md", new ResourcePage("foo").base("Foo").row("a", "String", "d").text());
    List<Diagnostic> found = checkAndGenerate(d);
    List<Diagnostic> cycles = found.stream().filter(x -> x.code() == DiagnosticCode.BASE_TYPE_CYCLE).toList();
    assertFalse(cycles.isEmpty(), found::toString);
    assertTrue(cycles.stream().allMatch(x -> x.severity() == Severity.ERROR && x.location().file().equals("resources/foo.md")
        && x.message().contains("inherit from itself")), cycles::toString);
    int annotation = lineOf("resources/foo.md", "<!-- {");
    assertTrue(cycles.stream().anyMatch(x -> x.location().line() == annotation), cycles::toString);
  }

  @Test
  void loneSurrogatesAndBidiControlsInJsonKeysKeepTheModelCompilable() {
    DocsFolder d = docs().page("resources/odd.md", new ResourcePage("odd").row("a", "String", "d").text()
        .replace("```json\n{\n}", "```json\n{\n  \"b\\ud800\": \"String\",\n  \"c\u202Ed\": \"String\",\n  \"e\u2028f\": \"String\"\n}"));
    List<Diagnostic> found = checkAndGenerate(d);
    assertFalse(found.stream().anyMatch(x -> x.severity() == Severity.ERROR), found::toString);
  }
}
