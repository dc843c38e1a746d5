package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Help that fits the terminal, lists defaults and exit codes; short options; the completion script. */
class HelpAndCompletionTest {
  private static final List<String> COMMANDS = List.of("generate", "schema", "check", "verify", "completion");

  private static String usage(CommandLine cl, int width) {
    cl.setUsageHelpWidth(width);
    cl.setUsageHelpAutoWidth(false);
    StringWriter w = new StringWriter();
    cl.usage(new PrintWriter(w), CommandLine.Help.Ansi.OFF);
    return w.toString();
  }

  private static CommandLine command(String name) {
    CommandLine root = GraphDocsCommand.commandLine(false, System::nanoTime);
    return name.isEmpty() ? root : root.getSubcommands().get(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "generate", "schema", "check", "verify", "completion"})
  void helpFitsEightyColumnsWithoutBreakingAWord(String name) {
    CommandLine cl = command(name);
    String help = usage(cl, 80);
    for (String line : help.lines().toList()) {
      assertTrue(line.length() <= 80, "over 80 columns: " + line);
    }
    List<String> words = Arrays.asList(help.split("\\s+"));
    for (OptionSpec o : cl.getCommandSpec().options()) {
      for (String description : o.description()) {
        for (String word : description.split("\\s+")) {
          if (!word.contains("${")) {
            assertTrue(words.contains(word), "'" + word + "' of " + o.longestName() + " is broken in\n" + help);
          }
        }
      }
    }
  }

  @Test
  void theCommandListShowsEachCommandsWholeFirstSentence() {
    String help = usage(command(""), 80);
    for (String name : COMMANDS) {
      String first = command(name).getCommandSpec().usageMessage().description()[0];
      assertTrue(first.endsWith("."), first);
      assertTrue(help.lines().anyMatch(l -> l.matches("  " + name + " +" + java.util.regex.Pattern.quote(first))),
          name + " in\n" + help);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "generate", "schema", "check", "verify", "completion"})
  void everyCommandListsTheExitCodes(String name) {
    String help = usage(command(name), 80);
    assertTrue(help.contains("\nExit codes:\n"), help);
    assertTrue(help.lines().anyMatch(l -> l.matches("  0 +No error.*")), help);
    assertTrue(help.lines().anyMatch(l -> l.matches("  2 +Usage error.*")), help);
  }

  @Test
  void defaultsAreShownByPicocli() {
    String check = usage(command("check"), 100);
    assertTrue(check.contains("The report format: text, json, sarif.") && check.contains("Default: text"), check);
    assertFalse(check.contains("Default: []") || check.contains("Default: false"), check);
    String generate = usage(command("generate"), 100);
    assertTrue(generate.contains("Default: io.github.graphdocs.model"), generate);
  }

  @Test
  void helpIsWiderOnAWiderTerminal() {
    String wide = usage(command("generate"), 160);
    assertTrue(wide.lines().anyMatch(l -> l.length() > 100), wide);
  }

  @ParameterizedTest
  @ValueSource(strings = {"generate", "schema", "check", "verify"})
  void shortOptionsAreTheCommonOnesAndDoNotClash(String name) {
    Map<String, String> seen = new HashMap<>();
    for (OptionSpec o : command(name).getCommandSpec().options()) {
      for (String n : o.names()) {
        assertEquals(null, seen.put(n, o.longestName()), n + " twice");
      }
    }
    for (String[] pair : new String[][] {{"-d", "--docs"}, {"-s", "--strict"}, {"-q", "--quiet"}, {"-i", "--include"},
        {"-x", "--exclude"}, {"-h", "--help"}, {"-V", "--version"}}) {
      assertEquals(pair[1], seen.get(pair[0]), pair[0] + " of " + name);
    }
    List<String> expected = new ArrayList<>();
    switch (name) {
      case "generate" -> expected.addAll(List.of("-o", "-p", "-n"));
      case "schema" -> expected.addAll(List.of("-o", "-f"));
      case "check" -> expected.addAll(List.of("-o", "-f", "-n"));
      default -> expected.addAll(List.of("-r", "-p", "-n"));
    }
    for (String s : expected) {
      assertTrue(seen.containsKey(s), s + " of " + name);
    }
  }

  @Test
  void shortOptionsWork() {
    java.nio.file.Path docs = CliRun.warningDocs(CliRun.scratch("short"));
    CliRun r = CliRun.of("check", "-d", docs.toString(), "-f", "json", "-q", "-s");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"severity\" : \"error\""), r.out());
  }

  @Test
  void completionPrintsABashAndZshScriptForEveryCommandAndOption() {
    CliRun r = CliRun.of("completion");
    assertEquals(0, r.exitCode(), r.err());
    String script = r.out();
    assertTrue(script.startsWith("#!/usr/bin/env bash"), script.substring(0, 100));
    assertTrue(script.contains("complete -F _complete_graphdocs") || script.contains("complete -F _complete_graphdocs -o default graphdocs"),
        "registers a completion function");
    assertTrue(script.contains("bashcompinit"), "works in zsh through bashcompinit");
    for (String name : COMMANDS) {
      assertTrue(script.contains(name), name);
    }
    for (String option : List.of("--docs", "--out", "--format", "--include", "--exclude", "--quiet", "-d")) {
      assertTrue(script.contains(option), option);
    }
    assertTrue(script.contains("text json sarif") || script.contains("text, json, sarif") || script.contains("sarif"),
        "the format values");
    assertFalse(r.err().contains("Exception"));
  }
}
