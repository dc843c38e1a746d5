package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.CompiledModel.HERE;
import static io.github.graphdocs.javagen.CompiledModel.entity;
import static io.github.graphdocs.javagen.CompiledModel.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeRef;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema's property facts in the emitted model: nullability as JSpecify annotations that never
 * lie, read-only properties left out of request bodies, properties read in both shapes, wire names
 * Jackson would not derive, and the abstract type's {@code Other} form.
 */
class PropertyFactsEmitterTest {
  private static final String ITEM = "microsoft.graph.item";
  private static final String BASE = "microsoft.graph.base";

  private static PropertyDef fact(String name, String type, boolean nullable, boolean readOnly, boolean bothShapes) {
    return new PropertyDef(name, new TypeRef(type, false), false, nullable, readOnly, bothShapes, "", HERE);
  }

  private static final CompiledModel MODEL = CompiledModel.of(
      entity(BASE, null, true, prop("id", "Edm.String")),
      entity(ITEM, BASE, false,
          fact("name", "Edm.String", false, false, false),
          fact("note", "Edm.String", true, false, false),
          fact("size", "Edm.Int32", true, true, false),
          fact("availability", "Edm.String", true, false, true),
          prop("eTag", "Edm.String"),
          prop("reminder", "Edm.Duration")));

  @Test
  void gettersAreNullableAndSettersFollowTheSchemasNullability() {
    String source = MODEL.source(CompiledModel.PACKAGE + ".Item");
    assertTrue(source.contains("public @Nullable String getName()"), source);
    assertTrue(source.contains("public void setName(String name)"), source);
    assertTrue(source.contains("public void setNote(@Nullable String note)"), source);
    assertTrue(source.contains("public B name(String name)"), source);
    String info = MODEL.source(CompiledModel.PACKAGE + "." + ModelEmitter.PACKAGE_INFO);
    assertTrue(info.contains("@org.jspecify.annotations.NullMarked"), info);
    assertTrue(info.contains("@javax.annotation.processing.Generated(\"io.github.graphdocs\")"), info);
  }

  @Test
  void aReadOnlyPropertyIsReadAndWrittenButLeftOutOfAPostBody() throws Exception {
    Object item = MODEL.read("{\"name\":\"n\",\"size\":3}", ITEM);
    assertEquals(MODEL.mapper.readTree("{\"name\":\"n\",\"size\":3}"), MODEL.write(item));
    ObjectMapper mapper = MODEL.mapper;
    assertEquals("{\"name\":\"n\"}", io.github.graphdocs.runtime.RequestBodyWriter.forPost(mapper).writeValueAsString(item));
  }

  @Test
  void aPropertyOfBothShapesIsAListReadEitherWayAndWrittenBackAsRead() throws Exception {
    Method getter = MODEL.type(ITEM).getMethod("getAvailability");
    assertSame(List.class, getter.getReturnType());
    assertEquals(MODEL.mapper.readTree("{\"availability\":\"Busy\"}"), MODEL.roundTrip("{\"availability\":\"Busy\"}", ITEM));
    assertEquals(MODEL.mapper.readTree("{\"availability\":[\"Busy\",\"Away\"]}"),
        MODEL.roundTrip("{\"availability\":[\"Busy\",\"Away\"]}", ITEM));
  }

  @Test
  void aWireNameJacksonWouldNotDeriveIsStatedAndKept() throws Exception {
    String source = MODEL.source(CompiledModel.PACKAGE + ".Item");
    assertTrue(source.contains("@JsonProperty(\"eTag\")"), source);
    assertFalse(source.contains("@JsonProperty(\"note\")"), source);
    assertEquals(MODEL.mapper.readTree("{\"eTag\":\"W/1\",\"note\":\"x\"}"), MODEL.roundTrip("{\"eTag\":\"W/1\",\"note\":\"x\"}", ITEM));
  }

  @Test
  void aDurationKeepsItsLexicalForm() throws Exception {
    assertEquals(MODEL.mapper.readTree("{\"reminder\":\"P1Y2M\"}"), MODEL.roundTrip("{\"reminder\":\"P1Y2M\"}", ITEM));
  }

  @Test
  void anAbstractTypeHasAnOtherFormThatAnUnknownODataTypeReadsInto() throws Exception {
    Object read = MODEL.read("{\"@odata.type\":\"#microsoft.graph.future\",\"id\":\"1\"}", BASE);
    assertEquals("Other", read.getClass().getSimpleName());
    assertEquals(MODEL.mapper.readTree("{\"@odata.type\":\"#microsoft.graph.future\",\"id\":\"1\"}"), MODEL.write(read));
    assertSame(MODEL.type(ITEM), MODEL.read("{\"@odata.type\":\"#microsoft.graph.item\"}", BASE).getClass());
  }
}
