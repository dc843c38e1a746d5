package io.github.graphdocs.analysis;

import static io.github.graphdocs.analysis.DocsFolders.analyze;
import static io.github.graphdocs.analysis.DocsFolders.property;
import static io.github.graphdocs.analysis.DocsFolders.type;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import org.junit.jupiter.api.Test;

/**
 * What the docs say about each property beyond its type: whether it can be null, whether it is
 * read-only. Each rule on a tiny page in test resources {@code pages/nullability} and {@code pages/read-only}.
 */
class PropertyFactsTest {
  private static final GraphDocs.Analysis NULLABILITY = analyze("nullability");
  private static final GraphDocs.Analysis READ_ONLY = analyze("read-only");

  private static PropertyDef widget(String name) {
    return property(type(NULLABILITY, "microsoft.graph.widget"), name);
  }

  private static PropertyDef account(String name) {
    return property(type(READ_ONLY, "microsoft.graph.account"), name);
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
}
