package io.github.graphdocs.model;

import static io.github.graphdocs.model.Json.json;
import static io.github.graphdocs.model.Json.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** equals, hashCode and toString of the generated classes. */
class ValueMethodsTest {
  private static final String RECORD = json("{'@odata.type':'#microsoft.graph.recordOperation','id':'1',"
      + "'status':'running','recordingLocation':'x','resultInfo':{'code':200},'futureField':1}");

  @Test
  void objectsReadFromTheSameJsonAreEqualWithEqualHashCodes() {
    CommsOperation a = read(RECORD, CommsOperation.class);
    CommsOperation b = read(RECORD, CommsOperation.class);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.getResultInfo(), b.getResultInfo());
  }

  @Test
  void anyDifferenceMakesThemUnequal() {
    RecordOperation base = read(RECORD, RecordOperation.class);

    RecordOperation ownField = read(RECORD, RecordOperation.class);
    ownField.setRecordingLocation("y");
    RecordOperation inheritedField = read(RECORD, RecordOperation.class);
    inheritedField.setId("2");
    RecordOperation nested = read(RECORD, RecordOperation.class);
    nested.getResultInfo().setCode(500);
    RecordOperation additional = read(RECORD, RecordOperation.class);
    additional.getAdditionalData().put("futureField", 2);

    for (RecordOperation other : new RecordOperation[] {ownField, inheritedField, nested, additional}) {
      assertNotEquals(base, other);
      assertNotEquals(other, base);
    }
    assertNotEquals(base, null);
    assertNotEquals(base, "x");
  }

  @Test
  void aSupertypeWithTheSameValuesIsNotEqual() {
    CommsOperation comms = new CommsOperation();
    comms.setId("1");
    RecordOperation record = new RecordOperation();
    record.setId("1");
    assertNotEquals(comms, record);
    assertNotEquals(record, comms);
  }

  @Test
  void objectsMadeInCodeWithTheSameValuesAreEqual() {
    ResultInfo a = new ResultInfo();
    a.setCode(1);
    a.setMessage("m");
    ResultInfo b = new ResultInfo();
    b.setCode(1);
    b.setMessage("m");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    b.setSubcode(2);
    assertNotEquals(a, b);
  }

  @Test
  void toStringNamesTheClassAndEveryValueIncludingInheritedOnes() {
    String text = read(RECORD, CommsOperation.class).toString();
    assertTrue(text.startsWith("RecordOperation{"), text);
    for (String part : new String[] {"id=1", "status=running", "recordingLocation=x", "code=200", "futureField=1"}) {
      assertTrue(text.contains(part), part + " in " + text);
    }
  }
}
