package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.CompiledModel.complex;
import static io.github.graphdocs.javagen.CompiledModel.enumType;
import static io.github.graphdocs.javagen.CompiledModel.prop;
import static io.github.graphdocs.javagen.CompiledModel.withDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text that reaches Java source shows what it holds: line and paragraph separators, the bidirectional
 * controls of "Trojan Source" (CVE-2021-42574) and lone surrogates are escaped in string literals and
 * Javadoc, and the compiled model still carries the exact wire values.
 */
class SourceTextEscapingTest {
  /** Every bidirectional control: embeddings, overrides, isolates, marks, the Arabic letter mark. */
  private static final String TROJAN =
      "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm";
  private static final String LINES = "l\u2028m\u2029n\u0085o";

  /** The characters source text must never hold as they are. */
  private static void assertShowsNoInvisibleCharacter(String source) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (JavaLiteral.isInvisible(c) || Character.isSurrogate(c) && !JavaLiteral.isPaired(source, i)) {
        found.add(String.format("U+%04X at %d", (int) c, i));
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void stringLiteralsEscapeSeparatorsBidiControlsControlsAndLoneSurrogates() {
    assertEquals("\"a\\u202eb\\u2066c\"", JavaLiteral.quoted("a\u202Eb\u2066c"));
    assertEquals("\"\\u2028\\u2029\\u0085\"", JavaLiteral.quoted("\u2028\u2029\u0085"));
    assertEquals("\"\\ud800x\\udc00\"", JavaLiteral.quoted("\uD800x\uDC00"));
    assertEquals("\"\uD83D\uDE00 \u00e9\"", JavaLiteral.quoted("\uD83D\uDE00 \u00e9"), "pairs and letters stay as written");
    assertEquals("\"q\\\"b\\\\u0022\\n\\r\\t\\000\\0377\"", JavaLiteral.quoted("q\"b\\u0022\n\r\t\u0000\u001f7"));
  }

  @Test
  void wireNamesAndEnumValuesWithInvisibleCharactersCompileToTheExactValues() throws Exception {
    String lone = "lone\uD800";
    CompiledModel m = CompiledModel.of(
        complex("microsoft.graph.note", prop(TROJAN, "Edm.String"), prop(LINES, "Edm.String"), prop(lone, "Edm.String")),
        enumType("microsoft.graph.mode", TROJAN, LINES, "x\uDBFF"));
    m.sources.values().forEach(SourceTextEscapingTest::assertShowsNoInvisibleCharacter);
    assertTrue(m.source("io.github.graphdocs.model.Note").contains("@JsonProperty(\"a\\u202ab\\u202bc"));

    ObjectNode json = m.mapper.createObjectNode().put(TROJAN, "t").put(LINES, "l");
    assertEquals(json, m.roundTrip(json.toString(), "microsoft.graph.note"));
    Class<?> note = m.type("microsoft.graph.note");
    assertEquals(lone, note.getMethod("getLone").getAnnotation(JsonProperty.class).value());

    Class<?> mode = m.type("microsoft.graph.mode");
    List<String> values = new ArrayList<>();
    for (Object member : (List<?>) mode.getMethod("values").invoke(null)) {
      values.add((String) mode.getMethod("value").invoke(member));
    }
    assertEquals(List.of(TROJAN, LINES, "x\uDBFF"), values);
  }

  @Test
  void descriptionsShowInvisibleCharactersAsCharacterReferencesAndNeverEndALine() {
    CompiledModel m = CompiledModel.of(withDescription(
        complex("microsoft.graph.note", prop("text", "Edm.String", "says " + TROJAN + " and " + LINES)),
        "class " + TROJAN + " lone \uDC00 " + LINES + " end"));
    String src = m.source("io.github.graphdocs.model.Note");
    assertShowsNoInvisibleCharacter(src);
    assertTrue(src.contains("a&#x202a;b&#x202b;c&#x202c;d&#x202d;e&#x202e;f&#x2066;g"), src);
    assertTrue(src.contains("l m n o end"), "separators are spaces: " + src);
  }
}
