package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --help, --version and usage errors, on every command: exit 0 or 2, never a stack trace. */
class CommandLineContractTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"", "check", "generate", "schema", "verify", "completion"})
  void helpPrintsUsageAndExitsZero(String command) {
    CliRun r = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().startsWith("Usage: graphdocs"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "check", "generate", "schema", "verify", "completion"})
  void versionPrintsTheVersionAndExitsZero(String command) {
    CliRun r = command.isEmpty() ? CliRun.of("--version") : CliRun.of(command, "--version");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().matches("graphdocs \\S+\\R"), r.out());
  }

  @Test
  void checkHelpNamesTheThreeFormats() {
    assertTrue(CliRun.of("check", "--help").out().contains("text, json, sarif"));
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = CliRun.of();
    assertEquals(2, r.exitCode());
    assertTrue(r.quiet());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, CliRun.of("check", "--docs", tmp.toString(), "--colour").exitCode());
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    CliRun r = CliRun.of("check");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--docs"));
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun r = CliRun.of("check", "--docs", tmp.toString(), "--format", "xml");
    assertEquals(2, r.exitCode());
    assertTrue(r.quiet());
  }

  @Test
  void packageThatIsNotAJavaPackageIsAUsageError() {
    CliRun r = CliRun.of("generate", "--docs", tmp.toString(), "--out", tmp.resolve("o").toString(), "--package", "a.class.b");
    assertEquals(2, r.exitCode());
    assertTrue(r.quiet());
  }

  @Test
  void packageInsideJavaOrJavaxIsAUsageErrorOfEveryCommandThatTakesOne() {
    for (String pkg : java.util.List.of("java", "java.model", "javax.model")) {
      CliRun generate = CliRun.of("generate", "--docs", tmp.toString(), "--out", tmp.resolve("o").toString(), "--package", pkg);
      assertEquals(2, generate.exitCode(), pkg);
      assertTrue(generate.quiet(), pkg);
      assertEquals(2, CliRun.of("check", "--docs", tmp.toString(), "--package", pkg).exitCode(), pkg);
    }
    assertFalse(java.nio.file.Files.exists(tmp.resolve("o")));
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, CliRun.of("frobnicate").exitCode());
  }
}
