package io.github.graphdocs.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graphdocs.pipeline.GraphDocs;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The done-when scenarios of the end-to-end issue, on the model of the seed docs (src-docs), compiled
 * with -Xlint:all -Werror and used through a plain {@code new ObjectMapper().findAndRegisterModules()}.
 */
class SeedModelRuntimeTest {
  private static final String COMMS = "microsoft.graph.commsOperation";
  private static final String LRO = "microsoft.graph.longRunningOperation";
  private static final String ENTITY = "microsoft.graph.entity";
  private static CompiledModel model;

  @BeforeAll
  static void compileSeedModel() {
    GraphDocs.Analysis a = GraphDocs.analyze(Path.of("../../src-docs"));
    assertFalse(a.diagnostics().hasErrors(), () -> a.diagnostics().all().toString());
    model = CompiledModel.of(a.schema());
  }

  @Test
  void recordOperationReadAsCommsOperationIsRecordOperationAndWritesBackAllFiveFields() throws Exception {
    String json = "{\"@odata.type\":\"#microsoft.graph.recordOperation\",\"id\":\"1\",\"status\":\"running\","
        + "\"recordingLocation\":\"x\",\"futureField\":1}";
    Object read = model.read(json, COMMS);
    assertSame(model.type("microsoft.graph.recordOperation"), read.getClass());
    assertEquals(model.mapper.readTree(json), model.write(read));
  }

  @Test
  void anObjectBuiltInCodeNamesItsTypeWithItsOdataTypeConstant() throws Exception {
    Class<?> record = model.type("microsoft.graph.recordOperation");
    Object op = record.getConstructor().newInstance();
    String name = (String) record.getField("ODATA_TYPE").get(null);
    assertEquals("#microsoft.graph.recordOperation", name);
    record.getMethod("setODataType", String.class).invoke(op, name);
    Object back = model.read(model.write(op).toString(), COMMS);
    assertSame(record, back.getClass());
  }

  @Test
  void odataTypeMatchesIgnoringCaseAndWithoutHash() throws Exception {
    Object read = model.read("{\"@odata.type\":\"MICROSOFT.GRAPH.RECORDOPERATION\"}", COMMS);
    assertSame(model.type("microsoft.graph.recordOperation"), read.getClass());
  }

  @Test
  void unknownEnumValueRoundTripsUnchanged() throws Exception {
    String json = "{\"id\":\"7\",\"status\":\"notYetDocumented\"}";
    assertEquals(model.mapper.readTree(json), model.roundTrip(json, LRO));
  }

  @Test
  void unknownEnumValueIsNotKnownButDocumentedOneIs() throws Exception {
    Class<?> status = model.type("microsoft.graph.longRunningOperationStatus");
    Object unknown = status.getMethod("fromValue", String.class).invoke(null, "notYetDocumented");
    Object running = status.getMethod("fromValue", String.class).invoke(null, "running");
    assertEquals(false, status.getMethod("isKnown").invoke(unknown));
    assertEquals(true, status.getMethod("isKnown").invoke(running));
    assertSame(running, status.getMethod("fromValue", String.class).invoke(null, "running"));
  }

  @Test
  void createdDateTimeIsWrittenBackAsTheIsoStringRead() throws Exception {
    for (String instant : new String[] {"2024-01-31T12:00:00Z", "2024-01-31T12:00:00.123Z", "2016-03-01T19:00:00.8713133+02:00"}) {
      JsonNode back = model.roundTrip("{\"createdDateTime\":\"" + instant + "\"}", LRO);
      assertEquals(instant, back.get("createdDateTime").textValue());
    }
  }

  @Test
  void odataTypeNamingANonSubtypeGivesTheDeclaredType() throws Exception {
    Object read = model.read("{\"@odata.type\":\"#microsoft.graph.longRunningOperation\",\"id\":\"1\"}", COMMS);
    assertSame(model.type(COMMS), read.getClass());
    assertEquals("#microsoft.graph.longRunningOperation", model.write(read).get("@odata.type").textValue());
  }

  @Test
  void odataTypeNamingAJavaClassIsNeverInstantiated() throws Exception {
    Object read = model.read("{\"@odata.type\":\"#java.lang.Runtime\",\"id\":\"1\"}", COMMS);
    assertSame(model.type(COMMS), read.getClass());
    Object other = model.read("{\"@odata.type\":\"java.lang.Runtime\"}", ENTITY);
    assertEquals("Other", other.getClass().getSimpleName());
    assertSame(model.type(ENTITY), other.getClass().getSuperclass());
  }

  @Test
  void abstractTypeIsAbstractAndReadsAsTheSubtypeItsPayloadNames() throws Exception {
    assertTrue(Modifier.isAbstract(model.type(ENTITY).getModifiers()));
    Object read = model.read("{\"@odata.type\":\"#microsoft.graph.longRunningOperation\",\"id\":\"1\"}", ENTITY);
    assertSame(model.type(LRO), read.getClass());
  }

  @Test
  void abstractTypeWithoutOdataTypeReadsIntoItsOtherFormAndWritesBackUnchanged() throws Exception {
    Object read = model.read("{\"id\":\"1\",\"future\":2}", ENTITY);
    assertSame(model.type(ENTITY), read.getClass().getSuperclass());
    assertEquals(model.mapper.readTree("{\"id\":\"1\",\"future\":2}"), model.roundTrip("{\"id\":\"1\",\"future\":2}", ENTITY));
  }

  @Test
  void explicitNullIsWrittenBackAndAbsentStaysAbsent() throws Exception {
    JsonNode back = model.roundTrip("{\"id\":\"1\",\"clientContext\":null}", COMMS);
    assertTrue(back.has("clientContext") && back.get("clientContext").isNull());
    assertFalse(back.has("status"));
  }

  @Test
  void unknownPropertyWithNullValueIsKept() throws Exception {
    JsonNode back = model.roundTrip("{\"futureField\":null,\"futureObject\":{\"a\":[1,null]}}", COMMS);
    assertEquals(model.mapper.readTree("{\"futureField\":null,\"futureObject\":{\"a\":[1,null]}}"), back);
  }

  @Test
  void nestedComplexAndInheritedPropertiesRoundTrip() throws Exception {
    String json = "{\"@odata.type\":\"#microsoft.graph.recordOperation\",\"id\":\"9\",\"clientContext\":\"c\","
        + "\"resultInfo\":{\"code\":200,\"subcode\":0,\"message\":\"ok\",\"extra\":true},"
        + "\"lastActionDateTime\":\"2024-02-01T00:00:00Z\",\"recordingAccessToken\":\"t\"}";
    assertEquals(model.mapper.readTree(json), model.roundTrip(json, COMMS));
  }

  @Test
  void equalPayloadsGiveEqualObjectsWithEqualHashCodes() throws Exception {
    String json = "{\"@odata.type\":\"#microsoft.graph.recordOperation\",\"id\":\"1\",\"recordingLocation\":\"x\",\"more\":2}";
    Object a = model.read(json, COMMS);
    Object b = model.read(json, COMMS);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void payloadsDifferingInOneFieldAreNotEqual() throws Exception {
    Object a = model.read("{\"id\":\"1\",\"recordingLocation\":\"x\"}", "microsoft.graph.recordOperation");
    Object b = model.read("{\"id\":\"1\",\"recordingLocation\":\"y\"}", "microsoft.graph.recordOperation");
    Object c = model.read("{\"id\":\"2\",\"recordingLocation\":\"x\"}", "microsoft.graph.recordOperation");
    assertNotEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void baseAndSubtypeWithTheSameFieldsAreNotEqual() throws Exception {
    Object base = model.read("{\"id\":\"1\"}", COMMS);
    Object sub = model.read("{\"id\":\"1\"}", "microsoft.graph.recordOperation");
    assertNotEquals(base, sub);
  }

  @Test
  void toStringNamesTheClassAndEveryFieldIncludingInheritedOnes() throws Exception {
    Object read = model.read("{\"id\":\"1\",\"recordingLocation\":\"x\",\"status\":\"running\"}", "microsoft.graph.recordOperation");
    String s = read.toString();
    assertTrue(s.startsWith("RecordOperation{"), s);
    assertTrue(s.contains("id=1") && s.contains("recordingLocation=x") && s.contains("status=running"), s);
  }
}
