package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.CompiledModel.entity;
import static io.github.graphdocs.javagen.CompiledModel.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.schema.TypeDef;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model emitted without builders: no nested Builder, no builder(), the same setters and wire format. */
class BuilderOptionTest {
  private static final TypeDef[] TYPES = {
      entity("microsoft.graph.entity", null, true, prop("id", "Edm.String")),
      entity("microsoft.graph.widget", "microsoft.graph.entity", false, prop("label", "Edm.String"), prop("size", "Edm.Int32"))};
  private static final String JSON = "{\"@odata.type\":\"#microsoft.graph.widget\",\"id\":\"w1\",\"label\":\"A\",\"size\":3}";

  private static List<String> nestedClasses(Class<?> type) {
    return Arrays.stream(type.getDeclaredClasses()).map(Class::getSimpleName).sorted().toList();
  }

  @Test
  void byDefaultEachTypeHasItsBuilder() throws Exception {
    CompiledModel model = CompiledModel.of(TYPES);
    Class<?> widget = model.type("microsoft.graph.widget");
    assertEquals(List.of("Builder"), nestedClasses(widget));
    Object built = widget.getMethod("builder").invoke(null);
    assertTrue(built.getClass().getName().endsWith("Widget$Builder"), built.getClass().getName());
  }

  @Test
  void builderCreatesItsBuilderWithoutADiamondAndTheBuilderSetsInheritedAndOwnProperties() throws Exception {
    CompiledModel model = CompiledModel.of(TYPES);
    String widgetSource = model.sources.get(CompiledModel.PACKAGE + ".Widget");
    // the raw constructor (nothing for javac to infer), its warnings suppressed on this method alone
    assertTrue(widgetSource.contains("  @SuppressWarnings({\"rawtypes\", \"unchecked\"})\n"
        + "  public static Builder<? extends Widget, ?> builder() {\n"
        + "    return new Builder(new Widget());\n  }\n"), widgetSource);
    assertFalse(widgetSource.contains("<>"), widgetSource);
    Class<?> widget = model.type("microsoft.graph.widget");
    Object builder = widget.getMethod("builder").invoke(null);
    Class<?> b = builder.getClass();
    assertEquals(builder, b.getMethod("id", String.class).invoke(builder, "w1"), "the base type's method returns the builder");
    assertEquals(builder, b.getMethod("label", String.class).invoke(builder, "A"));
    assertEquals(builder, b.getMethod("size", Integer.class).invoke(builder, 3));
    Object built = b.getMethod("build").invoke(builder);
    assertEquals(widget, built.getClass());
    assertEquals(new ObjectMapper().readTree("{\"id\":\"w1\",\"label\":\"A\",\"size\":3}"), model.write(built));
    assertEquals(java.util.Set.of("id", "label", "size"), widget.getMethod("changedProperties").invoke(built));
  }

  @Test
  void withoutBuildersNoTypeHasABuilderButEveryOtherMemberStays() throws Exception {
    CompiledModel model = CompiledModel.withoutBuilders(TYPES);
    Class<?> widget = model.type("microsoft.graph.widget");
    Class<?> entity = model.type("microsoft.graph.entity");
    assertEquals(List.of(), nestedClasses(widget));
    assertEquals(List.of("Other"), nestedClasses(entity), "the abstract type keeps its concrete form");
    assertThrows(NoSuchMethodException.class, () -> widget.getMethod("builder"));
    assertFalse(model.sources.values().stream().anyMatch(s -> s.contains("Builder")), "no source names a builder");
    widget.getMethod("setLabel", String.class);
    widget.getMethod("setSize", Integer.class);
  }

  @Test
  void withoutBuildersThePayloadsReadAndWriteTheSame() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertEquals(json.readTree(JSON), CompiledModel.withoutBuilders(TYPES).roundTrip(JSON, "microsoft.graph.entity"));
    assertEquals(CompiledModel.of(TYPES).roundTrip(JSON, "microsoft.graph.entity"),
        CompiledModel.withoutBuilders(TYPES).roundTrip(JSON, "microsoft.graph.entity"));
  }
}
