package io.github.graphdocs.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.pipeline.GeneratedSources;
import io.github.graphdocs.pipeline.GeneratorRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation test on real corpus pages: each mutant is one randomly edited page (hostile edits
 * included, see {@link PageMutator}), with the corpus's entity page and one other unedited page beside
 * it, run through the whole pipeline (read, analyse, name, emit, write); the outputs are compiled in
 * batches with {@code -Xlint:all}. The invariants: zero uncaught exceptions (GD199, and GD113 or GD190
 * for a page that exhausted memory or stack, count as one); {@code check} clean (no error in the
 * analysis and naming that {@code check} runs, which is the one {@code generate} runs) implies
 * {@code generate} succeeds; and every output compiles without an error or a warning ({@code -Werror}).
 *
 * <p>Bounded by default; {@code -Dgraphdocs.mutations=10000} runs the full version. Other knobs:
 * {@code graphdocs.mutationSeed}, {@code graphdocs.mutationOnly} (one mutant, to reproduce a
 * failure), {@code graphdocs.corpus}.
 */
class CorpusMutationTest {
  private static final Path CORPUS = Path.of(System.getProperty("graphdocs.corpus", "/work/shared/corpus/graph-docs-v1.0"));
  private static final int MUTANTS = Integer.getInteger("graphdocs.mutations", 300);
  private static final long SEED = Long.getLong("graphdocs.mutationSeed", 5L);
  private static final int ONLY = Integer.getInteger("graphdocs.mutationOnly", -1);
  private static final int BATCH = 300;
  private static final int MAX_REPORTED = 20;

  @TempDir Path tmp;

  private record Page(String path, byte[] bytes) {}

  private static List<Page> corpusPages() throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList()) {
        pages.add(new Page(CORPUS.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
      }
    }
    return pages;
  }

  @Test
  void mutatedCorpusPagesNeverCrashThePipelineAndAlwaysGenerateCompilableCode() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
    List<Page> pages = corpusPages();
    assumeTrue(!pages.isEmpty(), "the corpus has no pages");
    Page entity = pages.stream().filter(p -> p.path().equals("resources/entity.md")).findFirst().orElse(null);

    long start = System.nanoTime();
    int from = ONLY >= 0 ? ONLY : 0;
    int to = ONLY >= 0 ? ONLY + 1 : MUTANTS;
    List<String> crashes = new ArrayList<>();
    List<String> compileFailures = new ArrayList<>();
    List<String> checkCleanButGenerateFailed = new ArrayList<>();
    int generated = 0;
    int refused = 0;
    int classes = 0;
    long compileNanos = 0;
    for (int batchStart = from; batchStart < to; batchStart += BATCH) {
      Path batch = tmp.resolve("batch" + batchStart);
      Map<String, String> describeByPackage = new HashMap<>();
      List<Path> outputs = new ArrayList<>();
      for (int i = batchStart; i < Math.min(to, batchStart + BATCH); i++) {
        Random random = new Random(SEED * 1_000_003L + i);
        Page victim = pages.get(random.nextInt(pages.size()));
        Page context = pages.get(random.nextInt(pages.size()));
        PageMutator mutator = new PageMutator(random);
        byte[] mutated = mutator.mutate(victim.bytes());
        String what = "mutant " + i + " (seed " + SEED + "): " + victim.path() + " " + mutator.applied();
        Path docs = batch.resolve("m" + i + "/docs");
        if (entity != null) {
          write(docs.resolve(entity.path()), entity.bytes());
        }
        write(docs.resolve(context.path()), context.bytes());
        write(docs.resolve(victim.path()), mutated);
        Path out = batch.resolve("m" + i + "/out");
        String pkg = "mutant.m" + i;
        try {
          GeneratorRun.Result r = GeneratorRun.generate(docs, out, pkg, false);
          List<Diagnostic> internal = r.diagnostics().all().stream()
              .filter(d -> d.code() == DiagnosticCode.INTERNAL_ERROR || d.code() == DiagnosticCode.PAGE_EXHAUSTED_JVM
                  || d.code() == DiagnosticCode.PAGE_EXCEEDS_LIMITS).toList();
          boolean checkClean = !r.analysis().diagnostics().hasErrors();
          if (!internal.isEmpty()) {
            crashes.add(what + " -> " + internal.get(0).format());
          } else if (checkClean && !r.ok()) {
            checkCleanButGenerateFailed.add(what + " -> " + r.diagnostics().all().stream()
                .filter(d -> d.severity() == io.github.graphdocs.diagnostics.Severity.ERROR).findFirst().map(Diagnostic::format).orElse("?"));
          } else if (r.ok()) {
            generated++;
            outputs.add(out);
            describeByPackage.put(pkg.replace('.', '/') + "/", what);
          } else {
            refused++;
          }
        } catch (RuntimeException | Error e) {
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          crashes.add(what + " -> " + trace.toString().lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse(""));
        }
      }
      List<Path> sources = new ArrayList<>();
      for (Path out : outputs) {
        sources.addAll(GeneratedSources.javaFiles(out));
      }
      classes += sources.size();
      if (!sources.isEmpty()) {
        long compileStart = System.nanoTime();
        GeneratedSources.Compilation c = GeneratedSources.compile(sources);
        compileNanos += System.nanoTime() - compileStart;
        List<String> problems = new ArrayList<>(c.errors());
        problems.addAll(c.warnings().stream().map(w -> "warning (-Werror): " + w).toList());
        for (String error : problems) {
          String mutant = describeByPackage.entrySet().stream().filter(e -> error.contains(e.getKey()))
              .map(Map.Entry::getValue).findFirst().orElse("unknown mutant");
          compileFailures.add(mutant + " -> " + error);
        }
      }
      deleteTree(batch);
      if (to - from > BATCH) {
        System.out.printf(java.util.Locale.ROOT, "graphdocs mutation test: %d of %d mutants, %d crashes, %d check/generate "
                + "disagreements, %d compile errors or warnings%n", Math.min(to, batchStart + BATCH) - from, to - from, crashes.size(),
            checkCleanButGenerateFailed.size(), compileFailures.size());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(java.util.Locale.ROOT,
        "graphdocs mutation test: seed %d, %d pages mutated (%d generated, %d refused with error diagnostics), "
            + "%d classes compiled, %d uncaught exceptions, %d check-clean mutants that generate refused, "
            + "%d compile errors or warnings, %.1f s (%.1f s compiling)%n",
        SEED, to - from, generated, refused, classes, crashes.size(), checkCleanButGenerateFailed.size(), compileFailures.size(),
        seconds, compileNanos / 1e9);
    assertEquals(List.of(), crashes.stream().limit(MAX_REPORTED).toList(), crashes.size() + " mutants crashed the pipeline");
    assertEquals(List.of(), checkCleanButGenerateFailed.stream().limit(MAX_REPORTED).toList(),
        checkCleanButGenerateFailed.size() + " mutants that check found clean failed to generate");
    assertEquals(List.of(), compileFailures.stream().limit(MAX_REPORTED).toList(),
        compileFailures.size() + " compile errors or warnings in generated code");
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
