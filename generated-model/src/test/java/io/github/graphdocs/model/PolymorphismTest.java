package io.github.graphdocs.model;

import static io.github.graphdocs.model.Json.assertSameData;
import static io.github.graphdocs.model.Json.json;
import static io.github.graphdocs.model.Json.read;
import static io.github.graphdocs.model.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code @odata.type} picks a generated subtype of the declared type, and nothing else. */
class PolymorphismTest {

  /** The scenario of issue 2's "done when", to the letter. */
  @Test
  void aRecordOperationReadAsCommsOperationIsARecordOperationAndWritesBackAllFiveFields() {
    String payload = "{\"@odata.type\":\"#microsoft.graph.recordOperation\",\"id\":\"1\",\"status\":\"running\","
        + "\"recordingLocation\":\"x\",\"futureField\":1}";

    CommsOperation op = read(payload, CommsOperation.class);

    assertSame(RecordOperation.class, op.getClass());
    RecordOperation record = (RecordOperation) op;
    assertEquals("#microsoft.graph.recordOperation", record.getODataType());
    assertEquals("1", record.getId());
    assertSame(OperationStatus.RUNNING, record.getStatus());
    assertEquals("x", record.getRecordingLocation());
    assertEquals(Map.of("futureField", 1), record.getAdditionalData());
    assertSameData(payload, write(op));
  }

  @Test
  void aSubtypeIsFoundThroughEveryDeclaredSupertype() {
    String payload = json("{'@odata.type':'#microsoft.graph.recordOperation','id':'1','recordingLocation':'x'}");
    assertSame(RecordOperation.class, read(payload, Entity.class).getClass());
    assertSame(RecordOperation.class, read(payload, CommsOperation.class).getClass());
    assertSame(RecordOperation.class, read(payload, RecordOperation.class).getClass());
    assertSameData(payload, write(read(payload, Entity.class)));
  }

  @Test
  void withoutODataTypeTheDeclaredTypeIsRead() {
    String payload = json("{'id':'1','status':'completed'}");
    CommsOperation op = read(payload, CommsOperation.class);
    assertSame(CommsOperation.class, op.getClass());
    assertSameData(payload, write(op));
  }

  @Test
  void theODataTypeOfTheDeclaredTypeItselfGivesTheDeclaredType() {
    String payload = json("{'@odata.type':'#microsoft.graph.commsOperation','id':'1'}");
    assertSame(CommsOperation.class, read(payload, CommsOperation.class).getClass());
    assertSameData(payload, write(read(payload, CommsOperation.class)));
  }

  /**
   * Names that are not generated subtypes of commsOperation: Java classes (which must never be
   * instantiated), a generated type that is not a subtype, a sibling, the base type, unknown names.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "#java.lang.Runtime",
      "java.lang.ProcessBuilder",
      "#io.github.graphdocs.model.RecordOperation",
      "#microsoft.graph.resultInfo",
      "#microsoft.graph.longRunningOperation",
      "#microsoft.graph.entity",
      "#microsoft.graph.someFutureOperation",
      "",
      "#"
  })
  void anODataTypeThatIsNotAGeneratedSubtypeGivesTheDeclaredTypeAndIsKept(String odataType) {
    String payload = "{\"@odata.type\":\"" + odataType + "\",\"id\":\"1\",\"clientContext\":\"c\"}";
    CommsOperation op = read(payload, CommsOperation.class);
    assertSame(CommsOperation.class, op.getClass(), odataType);
    assertEquals("c", op.getClientContext());
    assertSameData(payload, write(op));
  }

  @Test
  void aNestedComplexValueNamingAnEntityTypeStaysAResultInfo() {
    String payload = json("{'@odata.type':'#microsoft.graph.commsOperation',"
        + "'resultInfo':{'@odata.type':'#microsoft.graph.recordOperation','code':7}}");
    CommsOperation op = read(payload, CommsOperation.class);
    assertSame(ResultInfo.class, op.getResultInfo().getClass());
    assertEquals(7, op.getResultInfo().getCode());
    assertSameData(payload, write(op));
  }

  @Test
  void anAbstractDeclaredTypeWithAForeignODataTypeReadsIntoItsOtherFormNeverTheForeignClass() {
    String payload = json("{'@odata.type':'#java.lang.Runtime','id':'1'}");
    Entity e = read(payload, Entity.class);
    assertSame(Entity.Other.class, e.getClass());
    assertEquals("#java.lang.Runtime", e.getODataType());
    assertSameData(payload, write(e));
  }

  @Test
  void theODataTypeIsWrittenForAnObjectMadeInCode() {
    RecordOperation record = new RecordOperation();
    record.setODataType("#microsoft.graph.recordOperation");
    record.setId("r1");
    assertSameData(json("{'@odata.type':'#microsoft.graph.recordOperation','id':'r1'}"), write(record));
    assertSame(RecordOperation.class, read(write(record), CommsOperation.class).getClass());
  }
}
