package io.github.graphdocs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.verify.DocumentedTypeChecker.Mismatch;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentedTypeCheckerTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private final DocumentedTypeChecker checker = new DocumentedTypeChecker(TinySchemas.operationSchema());

  private List<Mismatch> check(String json) throws Exception {
    return checker.check(TypeRef.of("microsoft.graph.operation"), JSON.readTree(json), "$");
  }

  @Test
  void valuesOfTheirDocumentedTypesPass() throws Exception {
    assertEquals(List.of(), check("{\"id\":\"1\",\"count\":3,\"createdDateTime\":\"2024-01-01T00:00:00Z\",\"status\":\"x\","
        + "\"tags\":[\"a\"],\"info\":{\"code\":1}}"));
  }

  @Test
  void aStringForAnInt32IsAMismatchAtItsPath() throws Exception {
    List<Mismatch> m = check("{\"info\":{\"code\":\"200\"}}");
    assertEquals("$.info.code", m.get(0).path());
    assertEquals("string for Edm.Int32", m.get(0).category());
  }

  @Test
  void aDateTimeWithoutOffsetIsAMismatch() throws Exception {
    assertEquals("$.createdDateTime", check("{\"createdDateTime\":\"2024-01-01T00:00:00\"}").get(0).path());
  }

  @Test
  void aFractionForAnIntegerIsAMismatch() throws Exception {
    assertEquals(1, check("{\"count\":1.5}").size());
    assertEquals(0, check("{\"count\":2.0}").size());
  }

  @Test
  void aSingleValueForACollectionIsAMismatch() throws Exception {
    assertEquals("$.tags", check("{\"tags\":\"a\"}").get(0).path());
  }

  @Test
  void aPropertySeenInBothShapesTakesEither() throws Exception {
    PropertyDef both = new PropertyDef("tags", new TypeRef("Edm.String", true), false, true, false, true, "", TinySchemas.AT);
    DocumentedTypeChecker c = new DocumentedTypeChecker(new Schema(List.of(
        TinySchemas.type("labelled", TypeKind.COMPLEX, null, false, both)), List.of(), List.of()));
    TypeRef labelled = TypeRef.of("microsoft.graph.labelled");
    assertEquals(List.of(), c.check(labelled, JSON.readTree("{\"tags\":\"a\"}"), "$"));
    assertEquals(List.of(), c.check(labelled, JSON.readTree("{\"tags\":[\"a\"]}"), "$"));
    assertEquals("$.tags[0]", c.check(labelled, JSON.readTree("{\"tags\":[1]}"), "$").get(0).path());
  }

  @Test
  void undocumentedMembersAreNotChecked() throws Exception {
    assertEquals(List.of(), check("{\"whatever\":{\"code\":\"x\"}}"));
  }

  @Test
  void theSubtypeThePayloadNamesIsCheckedWithItsOwnProperties() throws Exception {
    assertEquals("$.recordingSize", check("{\"@odata.type\":\"#microsoft.graph.recordOperation\",\"recordingSize\":\"big\"}").get(0).path());
    assertEquals(List.of(), check("{\"recordingSize\":\"big\"}"));
  }

  @Test
  void placeholdersAreRecognisedOnlyAsTemplateText() throws Exception {
    assertTrue(check("{\"createdDateTime\":\"datetime-value\"}").get(0).isPlaceholder());
    assertTrue(check("{\"createdDateTime\":\"String (timestamp)\"}").get(0).isPlaceholder());
    assertFalse(check("{\"createdDateTime\":\"2024-01-01\"}").get(0).isPlaceholder());
    assertFalse(check("{\"count\":\"12\"}").get(0).isPlaceholder());
  }
}
