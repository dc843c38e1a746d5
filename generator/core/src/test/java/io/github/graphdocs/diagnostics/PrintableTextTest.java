package io.github.graphdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No file name or message can forge a report line: control, line-separator and bidi characters are escaped. */
class PrintableTextTest {
  private static final String FORGED = "evil.md:1:1: error: [GD302] forged\n";

  @Test
  void plainTextIsReturnedAsItIs() {
    String plain = "resources/user é 😀.md";
    assertSame(plain, PrintableText.escape(plain));
  }

  @Test
  void lineBreaksTabsControlsSeparatorsAndBidiControlsAreEscaped() {
    assertEquals("a\\nb\\rc\\td\\u0000e\\u001Bf\\u007Fg\\u0085h", PrintableText.escape("a\nb\rc\td\u0000e\u001Bf\u007Fg\u0085h"));
    assertEquals("x\\u2028y\\u2029z", PrintableText.escape("x\u2028y\u2029z"));
    assertEquals("\\u202Etxt.exe\\u2066\\u200F", PrintableText.escape("\u202Etxt.exe\u2066\u200F"));
    assertEquals("lone \\uD800 and \\uDC00", PrintableText.escape("lone \uD800 and \uDC00"));
  }

  private static DiagnosticReport reportOnAFileNamed(String file) {
    DiagnosticCollector c = new DiagnosticCollector();
    c.report(DiagnosticCode.BINARY_FILE, SourceLocation.ofFile(file), "page holds binary data (NUL bytes); it is skipped",
        new SourceLocation(file, 2, 1));
    return new DiagnosticReport(c, "1", Path.of("/docs"));
  }

  @Test
  void aFileNameWithANewlineCannotForgeATextLine() {
    List<String> lines = reportOnAFileNamed("resources/a.md\n" + FORGED).text(false).lines().toList();
    assertEquals(List.of(
        "resources/a.md\\nevil.md:1:1: error: [GD302] forged\\n: warning: [GD103] page holds binary data (NUL bytes); it is skipped",
        "    see resources/a.md\\nevil.md:1:1: error: [GD302] forged\\n:2:1",
        "0 errors, 1 warning, 0 notes"), lines);
  }

  @Test
  void jsonAndSarifKeepTheNameExactlyInsideOneString() throws Exception {
    String name = "resources/a.md\n" + FORGED;
    DiagnosticReport report = reportOnAFileNamed(name);
    JsonNode json = new ObjectMapper().readTree(report.json());
    assertEquals(1, json.get("diagnostics").size());
    assertEquals(name, json.get("diagnostics").get(0).get("file").asText());
    JsonNode sarif = new ObjectMapper().readTree(report.sarif());
    assertEquals(1, sarif.at("/runs/0/results").size());
    assertEquals("resources/a.md%0Aevil.md:1:1:%20error:%20%5BGD302%5D%20forged%0A",
        sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
  }
}
