package io.github.graphdocs.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A types/namespaces selection: the selected types closed over bases and property types, subtypes on request. */
class SchemaSelectorTest {
  private static final SourceLocation AT = SourceLocation.ofFile("docs");

  private static final Schema SCHEMA = new Schema(List.of(
      type(TypeKind.ENTITY, "m.entity", null, prop("id", "Edm.String")),
      type(TypeKind.ENTITY, "m.item", "m.entity", prop("owner", "m.person"), prop("tags", "Collection(m.tag)"),
          prop("status", "m.status"), prop("size", "Edm.Int32")),
      type(TypeKind.ENTITY, "m.special", "m.item", prop("extra", "Edm.String")),
      type(TypeKind.ENTITY, "m.verySpecial", "m.special"),
      type(TypeKind.COMPLEX, "m.person", null, prop("address", "m.address"), prop("missing", "m.undocumented")),
      type(TypeKind.COMPLEX, "m.address", null, prop("city", "Edm.String")),
      type(TypeKind.COMPLEX, "m.tag", null),
      enumType("m.status"),
      type(TypeKind.ENTITY, "m.other", "m.entity"),
      type(TypeKind.ENTITY, "x.item", null, prop("thing", "x.thing")),
      type(TypeKind.COMPLEX, "x.thing", null)),
      List.of(
          new OperationDef("get item", "GET", List.of("/items/{id}"), null, List.of(), TypeRef.of("m.item"), 200, AT),
          new OperationDef("get other", "GET", List.of("/others/{id}"), null, List.of(), TypeRef.of("m.other"), 200, AT),
          new OperationDef("count", "GET", List.of("/items/$count"), null, List.of(), TypeRef.of("Edm.Int32"), 200, AT)),
      List.of(
          new ExampleDef("response", TypeRef.of("m.item"), false, false, "{}", AT),
          new ExampleDef("response", TypeRef.of("m.other"), false, false, "{}", AT),
          new ExampleDef("request", null, false, false, "{}", AT)));

  private final DiagnosticCollector diagnostics = new DiagnosticCollector();

  private List<String> selected(TypeSelection selection) {
    return new SchemaSelector(SCHEMA).select(selection, AT, diagnostics).types().stream().map(TypeDef::qualifiedName).toList();
  }

  @Test
  void aTypeBringsItsBasesAndPropertyTypesAtAnyDepth() {
    assertEquals(List.of("m.entity", "m.item", "m.person", "m.address", "m.tag", "m.status"),
        selected(new TypeSelection(List.of("m.item"), List.of(), false)));
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
  }

  @Test
  void subtypesComeAtAnyDepthOnlyWhenAskedFor() {
    assertEquals(List.of("m.entity", "m.item", "m.special", "m.verySpecial", "m.person", "m.address", "m.tag", "m.status"),
        selected(new TypeSelection(List.of("m.item"), List.of(), true)));
  }

  @Test
  void aNamespaceSelectsItsTypesExactly() {
    assertEquals(List.of("x.item", "x.thing"), selected(new TypeSelection(List.of(), List.of("X"), false)));
  }

  @Test
  void namesIgnoreLetterCaseAndASimpleNameOfOneNamespaceIsEnough() {
    assertEquals(List.of("m.person", "m.address"), selected(new TypeSelection(List.of("PERSON"), List.of(), false)));
    assertEquals(List.of("m.address", "x.thing"), selected(new TypeSelection(List.of("address, X.Thing"), List.of(), false)));
  }

  @Test
  void anUnknownTypeIsALocatedErrorAndSelectsNothing() {
    Schema s = new SchemaSelector(SCHEMA).select(new TypeSelection(List.of("m.persn", "n.address"), List.of(), false), AT, diagnostics);
    assertTrue(s.types().isEmpty());
    List<Diagnostic> all = diagnostics.all();
    assertEquals(2, all.size(), all.toString());
    assertEquals("GD130", all.get(0).code().id());
    assertEquals(AT, all.get(0).location());
    assertEquals("the selected type 'm.persn' is not a type of the docs", all.get(0).message());
    assertEquals("the selected type 'n.address' is not a type of the docs; did you mean m.address?", all.get(1).message());
  }

  @Test
  void aSimpleNameOfSeveralNamespacesIsAmbiguous() {
    Schema s = new SchemaSelector(SCHEMA).select(new TypeSelection(List.of("item"), List.of(), false), AT, diagnostics);
    assertTrue(s.types().isEmpty());
    assertEquals("GD132", diagnostics.all().get(0).code().id());
    assertEquals("the selected type 'item' is defined in 2 namespaces: name one of m.item, x.item",
        diagnostics.all().get(0).message());
  }

  @Test
  void anUnknownNamespaceIsALocatedError() {
    new SchemaSelector(SCHEMA).select(new TypeSelection(List.of(), List.of("m.sub"), false), AT, diagnostics);
    assertEquals("GD131", diagnostics.all().get(0).code().id());
    assertEquals("the selected namespace 'm.sub' is not a namespace of the docs (namespaces: m, x)",
        diagnostics.all().get(0).message());
  }

  @Test
  void operationsAndExamplesStayWhenTheirTypesDo() {
    Schema s = new SchemaSelector(SCHEMA).select(new TypeSelection(List.of("m.item"), List.of(), false), AT, diagnostics);
    assertEquals(List.of("get item", "count"), s.operations().stream().map(OperationDef::name).toList());
    assertEquals(List.of(TypeRef.of("m.item")), s.examples().stream().map(ExampleDef::type).toList());
  }

  @Test
  void noSelectionIsTheWholeSchema() {
    assertSame(SCHEMA, new SchemaSelector(SCHEMA).select(TypeSelection.ALL, AT, diagnostics));
    assertTrue(new TypeSelection(List.of(" ", ""), List.of(), true).all());
  }

  private static PropertyDef prop(String name, String type) {
    boolean collection = type.startsWith("Collection(");
    String element = collection ? type.substring("Collection(".length(), type.length() - 1) : type;
    return new PropertyDef(name, new TypeRef(element, collection), false, "", AT);
  }

  private static TypeDef type(TypeKind kind, String qualifiedName, String base, PropertyDef... props) {
    int dot = qualifiedName.lastIndexOf('.');
    return new TypeDef(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1), kind, base, false, false, false,
        List.of(), List.of(props), List.of(), "", List.of(AT));
  }

  private static TypeDef enumType(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return new TypeDef(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1), TypeKind.ENUM, null, false, false,
        false, List.of(), List.of(), List.of(new EnumMemberDef("on", null, "", AT), new EnumMemberDef("off", null, "", AT)),
        "", List.of(AT));
  }
}
