package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.CompiledModel.entity;
import static io.github.graphdocs.javagen.CompiledModel.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.selection.SchemaSelector;
import io.github.graphdocs.selection.TypeSelection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model of a selection compiles alone, and its {@code @odata.type} registry resolves every generated subtype. */
class SelectedModelTest {
  private static final Schema WHOLE = new Schema(List.of(
      entity("microsoft.graph.entity", null, true, prop("id", "Edm.String")),
      entity("microsoft.graph.item", "microsoft.graph.entity", false, prop("owner", "microsoft.graph.person")),
      entity("microsoft.graph.special", "microsoft.graph.item", false, prop("extra", "Edm.String")),
      entity("microsoft.graph.verySpecial", "microsoft.graph.special", false, prop("level", "Edm.Int32")),
      CompiledModel.complex("microsoft.graph.person", prop("name", "Edm.String")),
      entity("microsoft.graph.unrelated", "microsoft.graph.entity", false, prop("x", "Edm.String"))),
      List.of(), List.of());

  private static CompiledModel selected(boolean withSubtypes) {
    DiagnosticCollector diagnostics = new DiagnosticCollector();
    Schema s = new SchemaSelector(WHOLE).select(new TypeSelection(List.of("microsoft.graph.item"), List.of(), withSubtypes),
        SourceLocation.ofFile("docs"), diagnostics);
    assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
    return CompiledModel.of(s);
  }

  @Test
  void withSubtypesAPayloadNamingASubtypeOfASubtypeReadsAsIt() throws Exception {
    CompiledModel model = selected(true);
    assertEquals(List.of("microsoft.graph.entity", "microsoft.graph.item", "microsoft.graph.person", "microsoft.graph.special",
        "microsoft.graph.veryspecial"), List.copyOf(model.javaClasses.keySet()));
    Object read = model.read("{\"@odata.type\":\"#microsoft.graph.verySpecial\",\"id\":\"1\",\"extra\":\"e\",\"level\":2,"
        + "\"owner\":{\"name\":\"Ann\"}}", "microsoft.graph.item");
    assertSame(model.type("microsoft.graph.verySpecial"), read.getClass());
    JsonNode back = model.write(read);
    assertEquals("#microsoft.graph.verySpecial", back.get("@odata.type").textValue());
    assertEquals(2, back.get("level").intValue());
    assertEquals("Ann", back.get("owner").get("name").textValue());
    // the abstract base resolves the subtypes of the selection too
    assertSame(model.type("microsoft.graph.special"),
        model.read("{\"@odata.type\":\"#microsoft.graph.special\",\"id\":\"2\"}", "microsoft.graph.entity").getClass());
  }

  @Test
  void withoutSubtypesOnlyTheClosureIsGeneratedAndAnUngeneratedSubtypeReadsAsTheDeclaredType() throws Exception {
    CompiledModel model = selected(false);
    assertEquals(List.of("microsoft.graph.entity", "microsoft.graph.item", "microsoft.graph.person"),
        List.copyOf(model.javaClasses.keySet()));
    assertTrue(model.sources.keySet().stream().noneMatch(c -> c.endsWith("Special") || c.endsWith("Unrelated")),
        model.sources.keySet().toString());
    Object read = model.read("{\"@odata.type\":\"#microsoft.graph.special\",\"id\":\"1\",\"extra\":\"e\"}", "microsoft.graph.item");
    assertSame(model.type("microsoft.graph.item"), read.getClass());
    assertEquals("e", model.write(read).get("extra").textValue(), "an ungenerated subtype's property is kept, not dropped");
  }
}
