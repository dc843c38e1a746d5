package io.github.graphdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages are packages that depend only on earlier stages, as each package-info says: read from
 * the main sources' imports. commonmark is read only by {@code markdown}, JavaPoet used only by
 * {@code javagen}, so that a later stage never sees a parser's or an emitter's types.
 */
class StageImportsTest {
  private static final Path SOURCES = Path.of("src/main/java/io/github/graphdocs");
  private static final Pattern OWN_IMPORT = Pattern.compile("^import (?:static )?io\\.github\\.graphdocs\\.([a-z]+)\\.", Pattern.MULTILINE);

  /** What each package may import of the others. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("diagnostics", Set.of()),
      Map.entry("markdown", Set.of("diagnostics")),
      Map.entry("schema", Set.of("diagnostics")),
      Map.entry("output", Set.of("diagnostics")),
      Map.entry("analysis", Set.of("diagnostics", "markdown", "schema")),
      Map.entry("selection", Set.of("diagnostics", "schema")),
      Map.entry("csdl", Set.of("diagnostics", "schema")),
      Map.entry("javagen", Set.of("diagnostics", "schema", "output")),
      Map.entry("verify", Set.of("diagnostics", "schema", "javagen")),
      Map.entry("replay", Set.of("diagnostics", "markdown", "schema", "javagen", "verify", "runtime")),
      Map.entry("pipeline", Set.of("diagnostics", "markdown", "schema", "output", "analysis", "selection", "csdl",
          "javagen", "verify", "replay")));

  private static Map<String, List<Path>> sourcesByPackage() {
    Map<String, List<Path>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> out
          .computeIfAbsent(SOURCES.relativize(f).getName(0).toString(), k -> new ArrayList<>()).add(f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void eachStageImportsOnlyTheStagesBeforeIt() {
    Map<String, List<Path>> packages = sourcesByPackage();
    assertEquals(new TreeSet<>(ALLOWED.keySet()), new TreeSet<>(packages.keySet()), "a package without a rule here");
    List<String> wrong = new ArrayList<>();
    packages.forEach((pkg, files) -> {
      for (Path f : files) {
        Matcher m = OWN_IMPORT.matcher(read(f));
        while (m.find()) {
          if (!m.group(1).equals(pkg) && !ALLOWED.get(pkg).contains(m.group(1))) {
            wrong.add(SOURCES.relativize(f) + " imports " + m.group(1));
          }
        }
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void onlyMarkdownReadsCommonmarkAndOnlyJavagenUsesJavaPoet() {
    List<String> wrong = new ArrayList<>();
    sourcesByPackage().forEach((pkg, files) -> {
      for (Path f : files) {
        String text = read(f);
        if (!pkg.equals("markdown") && text.contains("org.commonmark.")) {
          wrong.add(SOURCES.relativize(f) + " uses commonmark");
        }
        if (!pkg.equals("javagen") && text.contains("com.palantir.javapoet.")) {
          wrong.add(SOURCES.relativize(f) + " uses JavaPoet");
        }
      }
    });
    assertEquals(List.of(), wrong);
    assertTrue(sourcesByPackage().get("javagen").stream().anyMatch(f -> read(f).contains("import com.palantir.javapoet.")),
        "the sources were not found where this test reads them");
  }
}
