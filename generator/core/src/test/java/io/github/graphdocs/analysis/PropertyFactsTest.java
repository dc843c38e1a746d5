package io.github.graphdocs.analysis;

import static io.github.graphdocs.analysis.DocsFolders.analyze;
import static io.github.graphdocs.analysis.DocsFolders.diagnostic;
import static io.github.graphdocs.analysis.DocsFolders.noErrors;
import static io.github.graphdocs.analysis.DocsFolders.property;
import static io.github.graphdocs.analysis.DocsFolders.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import org.junit.jupiter.api.Test;

/**
 * What the docs say about each property beyond its type: whether it can be null, whether it is
 * read-only, and which shape its examples show. Each rule on a tiny page in test resources
 * {@code pages/nullability}, {@code pages/read-only} and {@code pages/example-shapes}.
 */
class PropertyFactsTest {
  private static final GraphDocs.Analysis NULLABILITY = analyze("nullability");
  private static final GraphDocs.Analysis READ_ONLY = analyze("read-only");
  private static final GraphDocs.Analysis SHAPES = analyze("example-shapes");

  private static PropertyDef widget(String name) {
    return property(type(NULLABILITY, "microsoft.graph.widget"), name);
  }

  private static PropertyDef frame(String type, String name) {
    return property(type(NULLABILITY, "microsoft.graph." + type), name);
  }

  private static PropertyDef timer(String name) {
    return property(type(NULLABILITY, "microsoft.graph.timer"), name);
  }

  private static PropertyDef account(String name) {
    return property(type(READ_ONLY, "microsoft.graph.account"), name);
  }

  private static PropertyDef status(String name) {
    return property(type(SHAPES, "microsoft.graph.status"), name);
  }

  // ---------------------------------------------------------------- nullability

  @Test
  void notNullableInTheDescriptionIsNotNullable() {
    assertFalse(widget("name").nullable());
  }

  @Test
  void nullableInTheDescriptionIsNullable() {
    assertTrue(widget("note").nullable());
  }

  @Test
  void aPropertyTheDocsSayNothingAboutIsNullable() {
    assertTrue(widget("weight").nullable());
  }

  @Test
  void aKeyIsNeverNull() {
    assertFalse(property(type(NULLABILITY, "microsoft.graph.entity"), "id").nullable());
  }

  @Test
  void aValueRequiredWhenCreatingIsNotNullable() {
    assertFalse(property(type(NULLABILITY, "microsoft.graph.bigWidget"), "depth").nullable());
    assertFalse(widget("created").nullable());
  }

  @Test
  void aValueRequiredWhenCreatingADerivedTypeIsNotNullableOnTheBaseThatDeclaresIt() {
    assertFalse(widget("count").nullable());
  }

  @Test
  void aStringRequiredWhenCreatingStaysNullable() {
    assertTrue(widget("label").nullable());
  }

  @Test
  void aCollectionRequiredWhenCreatingStaysNullable() {
    assertTrue(widget("tags").nullable());
  }

  @Test
  void optionalInTheDescriptionWinsOverRequiredWhenCreating() {
    assertTrue(widget("size").nullable());
  }

  @Test
  void optionalPropertiesInTheAnnotationWinOverRequiredWhenCreating() {
    assertTrue(widget("enabled").nullable());
  }

  @Test
  void aRangeOfValidValuesIsNullableThoughRequiredWhenCreating() {
    assertTrue(timer("retries").nullable());
  }

  @Test
  void aRangeStatedForOneInt32MakesTheOtherInt32sOfTheTypeNullable() {
    assertTrue(timer("interval").nullable());
  }

  @Test
  void aRangeStatedForOneInt32LeavesTheTypesOtherValuesAndOtherTypesAlone() {
    assertFalse(timer("startAt").nullable());
    assertFalse(widget("count").nullable());
  }

  @Test
  void theValuesOfAComplexTypeRequiredWhenCreatingAreNotNullable() {
    assertFalse(frame("frame", "width").nullable());
  }

  @Test
  void theValuesOfAComplexTypeNestedInARequiredOneAreNotNullable() {
    assertFalse(frame("hinge", "angle").nullable());
  }

  @Test
  void theValuesOfATypeDerivedFromARequiredComplexTypeAreNotNullable() {
    assertFalse(frame("roundFrame", "radius").nullable());
  }

  @Test
  void aRequiredComplexTypeKeepsItsStringsAndOptionalValuesNullable() {
    assertTrue(frame("frame", "material").nullable());
    assertTrue(frame("frame", "hinges").nullable());
    assertTrue(frame("frame", "spare").nullable());
  }

  @Test
  void theValuesOfAComplexTypeNoCreatePageRequiresStayNullable() {
    assertTrue(frame("finish", "coats").nullable());
  }

  // ---------------------------------------------------------------- read-only

  @Test
  void readOnlySentenceMakesItReadOnly() {
    assertTrue(account("created").readOnly());
    assertTrue(account("owner").readOnly());
    assertTrue(account("region").readOnly());
  }

  @Test
  void readOnlyUnderAConditionIsNotReadOnly() {
    assertFalse(account("phone").readOnly());
    assertFalse(account("code").readOnly());
    assertFalse(account("status").readOnly());
  }

  @Test
  void readOnlyAboutSomethingElseIsNotReadOnly() {
    assertFalse(account("archived").readOnly());
    assertFalse(account("name").readOnly());
  }

  @Test
  void readOnlyAndNotNullableAreReadTogether() {
    assertFalse(account("owner").nullable());
  }

  // ---------------------------------------------------------------- shapes from examples

  @Test
  void everyExampleShowingASingleValueMakesATableCollectionSingle() {
    assertEquals("Edm.String", status("availability").type().csdl());
    assertFalse(status("availability").bothShapes());
  }

  @Test
  void everyExampleShowingACollectionMakesATableSingleACollection() {
    assertEquals("Collection(microsoft.graph.part)", status("parts").type().csdl());
  }

  @Test
  void theContradictionIsReportedAtTheExampleWithTheTableRow() {
    Diagnostic d = diagnostic(SHAPES, "GD320", "api/status-get.md", "'availability'");
    assertEquals(22, d.location().line());
    assertEquals("resources/status.md", d.related().get(0).file());
    assertEquals(9, d.related().get(0).line());
  }

  @Test
  void examplesSplitBetweenShapesKeepTheTableShapeAndMarkBoth() {
    PropertyDef aliases = status("aliases");
    assertEquals("Collection(Edm.String)", aliases.type().csdl());
    assertTrue(aliases.bothShapes());
    Diagnostic d = diagnostic(SHAPES, "GD321", "api/status-get.md", "'aliases'");
    assertEquals(35, d.location().line());
  }

  @Test
  void objectsWhereTheTableGivesAPlainValueAreReportedAndTheTableKept() {
    assertEquals("Edm.String", status("color").type().csdl());
    diagnostic(SHAPES, "GD322", "api/status-get.md", "'color'");
  }

  @Test
  void nullInAnExampleSaysNothingAboutShape() {
    assertEquals("Edm.String", status("note").type().csdl());
    assertFalse(status("note").bothShapes());
    noErrors(SHAPES);
  }
}
