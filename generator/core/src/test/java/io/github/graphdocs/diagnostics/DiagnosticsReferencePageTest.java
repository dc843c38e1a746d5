package io.github.graphdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/diagnostics.md cannot drift from {@link DiagnosticCode}: its table is generated from the enum,
 * and each code needs a section saying what triggers it and how to fix the doc. Run with
 * {@code -Dgraphdocs.updateDocs=true} to rewrite the table.
 */
class DiagnosticsReferencePageTest {
  private static final String BEGIN = "<!-- BEGIN GENERATED CODES -->\n";
  private static final String END = "<!-- END GENERATED CODES -->";
  private static final Path PAGE = Path.of("../../docs/diagnostics.md");

  static String table() {
    StringBuilder sb = new StringBuilder("| Code | Name | Default severity | Summary |\n|---|---|---|---|\n");
    for (DiagnosticCode c : DiagnosticCode.values()) {
      sb.append("| [").append(c.id()).append("](#").append(c.id().toLowerCase(java.util.Locale.ROOT)).append('-')
          .append(c.name().toLowerCase(java.util.Locale.ROOT)).append(") | `").append(c.name())
          .append("` | ").append(c.defaultSeverity().label()).append(" | ").append(c.summary().replace("|", "\\|"))
          .append(" |\n");
    }
    return sb.toString();
  }

  private static String page() throws IOException {
    return Files.readString(PAGE, StandardCharsets.UTF_8);
  }

  @Test
  void codeTableIsGeneratedFromDiagnosticCode() throws IOException {
    String page = page();
    int from = page.indexOf(BEGIN);
    int to = page.indexOf(END);
    assertTrue(from >= 0 && to > from, "docs/diagnostics.md lacks the generated-table markers");
    String expected = page.substring(0, from + BEGIN.length()) + table() + page.substring(to);
    if (Boolean.getBoolean("graphdocs.updateDocs")) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, page(), "docs/diagnostics.md is out of date: run this test with -Dgraphdocs.updateDocs=true");
  }

  @Test
  void everyCodeHasASectionWithTriggerAndFix() throws IOException {
    String page = page();
    List<String> missing = new ArrayList<>();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      Matcher m = Pattern.compile("^### " + c.id() + " " + c.name() + "\nTrigger: \\S.*\nFix: \\S.*$", Pattern.MULTILINE)
          .matcher(page);
      if (!m.find()) {
        missing.add(c.id() + " " + c.name());
      }
    }
    assertEquals(List.of(), missing, "codes without a '### ID NAME' section holding 'Trigger:' and 'Fix:' lines");
  }

  @Test
  void everySectionNamesAnExistingCode() throws IOException {
    Matcher m = Pattern.compile("^### (GD\\d+) (\\w+)$", Pattern.MULTILINE).matcher(page());
    List<String> unknown = new ArrayList<>();
    while (m.find()) {
      String id = m.group(1);
      String name = m.group(2);
      boolean exists = java.util.Arrays.stream(DiagnosticCode.values()).anyMatch(c -> c.id().equals(id) && c.name().equals(name));
      if (!exists) {
        unknown.add(id + " " + name);
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void codeIdsAreUnique() {
    long distinct = java.util.Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).distinct().count();
    assertEquals(DiagnosticCode.values().length, distinct);
  }
}
