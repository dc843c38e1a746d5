package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.CompiledModel.complex;
import static io.github.graphdocs.javagen.CompiledModel.entity;
import static io.github.graphdocs.javagen.CompiledModel.enumType;
import static io.github.graphdocs.javagen.CompiledModel.prop;
import static io.github.graphdocs.javagen.CompiledModel.withDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Docs are untrusted input: every odd name and description must give a model that compiles with
 * -Xlint:all -Werror (the fixture fails otherwise) and still reads and writes the documented wire names.
 */
class NamingSafetyTest {

  @Test
  void descriptionThatClosesTheCommentOrHoldsUnicodeEscapesStaysInsideJavadoc() throws Exception {
    String evil = "ends */ class Evil {} /* \\u002a\\u002f \\u000a $L $S $$ <script>alert(1)</script> & @deprecated {@code x}";
    CompiledModel m = CompiledModel.of(withDescription(
        complex("microsoft.graph.note", prop("text", "Edm.String", evil)), evil));
    String src = m.source("io.github.graphdocs.model.Note");
    assertFalse(src.contains("*/ class Evil"), src);
    assertFalse(src.contains("\\u002a"), src);
    assertFalse(src.contains("<script>"), src);
    assertTrue(src.contains("&lt;script&gt;") && src.contains("$L $S $$") && src.contains("&#64;deprecated"), src);
    assertEquals(m.mapper.readTree("{\"text\":\"t\"}"), m.roundTrip("{\"text\":\"t\"}", "microsoft.graph.note"));
  }

  @Test
  void typeNamesThatAreJavaKeywordsCompile() throws Exception {
    CompiledModel m = CompiledModel.of(complex("microsoft.graph.class", prop("a", "Edm.String")),
        complex("microsoft.graph.int", prop("b", "microsoft.graph.class")), enumType("microsoft.graph.enum", "x"));
    assertEquals(m.mapper.readTree("{\"b\":{\"a\":\"1\"}}"), m.roundTrip("{\"b\":{\"a\":\"1\"}}", "microsoft.graph.int"));
  }

  @Test
  void typeNamesOfJavaLangAndJavaUtilClassesDoNotShadowThem() throws Exception {
    CompiledModel m = CompiledModel.of(
        complex("microsoft.graph.String", prop("s", "Edm.String")),
        complex("microsoft.graph.Object", prop("o", "Edm.String")),
        complex("microsoft.graph.Class", prop("c", "Edm.String")),
        complex("microsoft.graph.List", prop("l", "Collection(Edm.String)")),
        complex("microsoft.graph.Map", prop("m", "microsoft.graph.String")),
        complex("microsoft.graph.Override", prop("x", "Edm.Int32")),
        complex("microsoft.graph.Objects", prop("y", "Edm.Boolean")));
    Class<?> string = m.type("microsoft.graph.String");
    assertNotEquals("String", string.getSimpleName());
    assertSame(String.class, string.getMethod("getS").getReturnType());
    String json = "{\"m\":{\"s\":\"v\"}}";
    assertEquals(m.mapper.readTree(json), m.roundTrip(json, "microsoft.graph.Map"));
  }

  @Test
  void classNamesThatWouldDifferOnlyInCaseAreMadeDistinct() throws Exception {
    CompiledModel m = CompiledModel.of(complex("microsoft.graph.item", prop("a", "Edm.String")),
        complex("microsoft.graph.Item2", prop("c", "Edm.String")), complex("microsoft.graph.i-tem", prop("e", "Edm.String")), complex("microsoft.graph.iTEM_", prop("f", "Edm.String")),
        complex("microsoft.graph.i.tem", prop("d", "Edm.String")), complex("microsoft.graph.x.Item", prop("b", "Edm.String")));
    assertEquals(6, java.util.Set.of(m.type("microsoft.graph.item"), m.type("microsoft.graph.Item2"), m.type("microsoft.graph.i-tem"), m.type("microsoft.graph.iTEM_"),
        m.type("microsoft.graph.i.tem"), m.type("microsoft.graph.x.Item")).size());
  }

  @Test
  void aSchemaWithTwoTypesOfOneNameIgnoringCaseIsAProgrammingError() {
    io.github.graphdocs.schema.Schema schema = new io.github.graphdocs.schema.Schema(java.util.List.of(
        complex("microsoft.graph.item", prop("a", "Edm.String")), complex("microsoft.graph.Item", prop("b", "Edm.String"))),
        java.util.List.of(), java.util.List.of());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ModelEmitter(schema, CompiledModel.PACKAGE, new io.github.graphdocs.diagnostics.DiagnosticCollector()).emit());
  }

  @Test
  void propertyNamesThatAreKeywordsOrModelMembersKeepTheirWireNames() throws Exception {
    String[] names = {"class", "public", "default", "additionalData", "odataType", "oDataType", "nullProperties",
        "o", "other", "sb", "h", "hashCode", "toString", "getClass", "value", "markNull", "appendFields"};
    PropertyDefs props = new PropertyDefs(names);
    CompiledModel m = CompiledModel.of(complex("microsoft.graph.odd", props.all()));
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(names[i]).append("\":\"v").append(i).append('"');
    }
    json.append(",\"unknown\":1}");
    Object read = m.read(json.toString(), "microsoft.graph.odd");
    assertEquals(m.mapper.readTree(json.toString()), m.write(read));
    Map<?, ?> additional = (Map<?, ?>) read.getClass().getMethod("getAdditionalData").invoke(read);
    assertEquals(Map.of("unknown", 1), additional);
  }

  @Test
  void fieldsNamedLikeEqualsLocalsStillCompareTheirOwnValues() throws Exception {
    CompiledModel m = CompiledModel.of(complex("microsoft.graph.pair", prop("o", "Edm.String"), prop("other", "Edm.String"),
        prop("sb", "Edm.String")));
    Object a = m.read("{\"o\":\"1\",\"other\":\"2\",\"sb\":\"3\"}", "microsoft.graph.pair");
    Object b = m.read("{\"o\":\"1\",\"other\":\"2\",\"sb\":\"4\"}", "microsoft.graph.pair");
    Object c = m.read("{\"o\":\"9\",\"other\":\"2\",\"sb\":\"3\"}", "microsoft.graph.pair");
    assertNotEquals(a, b);
    assertNotEquals(a, c);
    assertTrue(a.toString().contains("o=1") && a.toString().contains("sb=3"), a.toString());
  }

  @Test
  void propertyNamesDifferingOnlyInCaseAreTwoProperties() throws Exception {
    CompiledModel m = CompiledModel.of(complex("microsoft.graph.twins", prop("name", "Edm.String"), prop("Name", "Edm.Int32")));
    String json = "{\"name\":\"a\",\"Name\":2}";
    assertEquals(m.mapper.readTree(json), m.roundTrip(json, "microsoft.graph.twins"));
  }

  @Test
  void wireNamesWithQuotesBackslashesDollarsAndUnicodeEscapesAreStringLiterals() throws Exception {
    String weird = "we\"ird\\u0022$S$N\u00e9";
    CompiledModel m = CompiledModel.of(complex("microsoft.graph.weird$type", prop(weird, "Edm.String")));
    JsonNode json = m.mapper.createObjectNode().put(weird, "v");
    assertEquals(json, m.roundTrip(json.toString(), "microsoft.graph.weird$type"));
  }

  @Test
  void propertyRedeclaredFromTheBaseTypeIsOneProperty() throws Exception {
    CompiledModel m = CompiledModel.of(entity("microsoft.graph.base", null, false, prop("id", "Edm.String")),
        entity("microsoft.graph.derived", "microsoft.graph.base", false, prop("id", "Edm.Int32"), prop("x", "Edm.String")));
    String json = "{\"@odata.type\":\"#microsoft.graph.derived\",\"id\":\"1\",\"x\":\"y\"}";
    assertEquals(m.mapper.readTree(json), m.roundTrip(json, "microsoft.graph.base"));
    assertFalse(m.notes.all().isEmpty());
  }

  @Test
  void enumMembersThatClashOrAreNotIdentifiersKeepTheirWireValues() throws Exception {
    CompiledModel m = CompiledModel.of(enumType("microsoft.graph.odd", "KNOWN", "value", "a b", "", "1st", "unknown", "Unknown", "class"),
        complex("microsoft.graph.holder", prop("e", "Collection(microsoft.graph.odd)")));
    String json = "{\"e\":[\"KNOWN\",\"value\",\"a b\",\"\",\"1st\",\"unknown\",\"Unknown\",\"class\",\"new\"]}";
    assertEquals(m.mapper.readTree(json), m.roundTrip(json, "microsoft.graph.holder"));
  }

  @Test
  void namespacesThatAreKeywordsBecomeLegalPackages() throws Exception {
    CompiledModel m = CompiledModel.of(complex("microsoft.graph.a", prop("b", "int.public.b")), complex("int.public.b", prop("c", "Edm.String")));
    assertEquals(m.mapper.readTree("{\"b\":{\"c\":\"d\"}}"), m.roundTrip("{\"b\":{\"c\":\"d\"}}", "microsoft.graph.a"));
  }

  /** Properties of one type named by a list of wire names, all strings. */
  private record PropertyDefs(String[] names) {
    io.github.graphdocs.schema.PropertyDef[] all() {
      io.github.graphdocs.schema.PropertyDef[] out = new io.github.graphdocs.schema.PropertyDef[names.length];
      for (int i = 0; i < names.length; i++) {
        out[i] = prop(names[i], "Edm.String");
      }
      return out;
    }
  }
}
