package io.github.graphdocs.model;

import static io.github.graphdocs.model.Json.assertSameData;
import static io.github.graphdocs.model.Json.json;
import static io.github.graphdocs.model.Json.map;
import static io.github.graphdocs.model.Json.read;
import static io.github.graphdocs.model.Json.tree;
import static io.github.graphdocs.model.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties the docs do not describe are kept; explicit nulls stay nulls; absent stays absent. */
class AdditionalDataAndNullsTest {

  @Test
  void unknownPropertiesOfEveryShapeAreKeptAndWrittenBack() {
    String payload = json("{'id':'1','futureNumber':1.5,'futureText':'t','futureFlag':false,'futureNull':null,"
        + "'futureObject':{'a':[1,{'b':null}]},'futureList':['x','y']}");
    CommsOperation op = read(payload, CommsOperation.class);
    assertEquals(Arrays.asList("futureNumber", "futureText", "futureFlag", "futureNull", "futureObject", "futureList"),
        List.copyOf(op.getAdditionalData().keySet()));
    assertNull(op.getAdditionalData().get("futureNull"));
    assertTrue(op.getAdditionalData().containsKey("futureNull"));
    assertSameData(payload, write(op));
  }

  @Test
  void unknownPropertiesOfANestedComplexValueAreKept() {
    String payload = json("{'resultInfo':{'code':1,'futureDetail':{'trace':'abc'}}}");
    CommsOperation op = read(payload, CommsOperation.class);
    assertEquals(map("futureDetail", map("trace", "abc")), op.getResultInfo().getAdditionalData());
    assertSameData(payload, write(op));
  }

  @Test
  void additionalDataAddedInCodeIsWritten() {
    ResultInfo info = new ResultInfo();
    info.setCode(3);
    info.getAdditionalData().put("hint", "retry");
    assertSameData(json("{'code':3,'hint':'retry'}"), write(info));
  }

  @Test
  void explicitNullsAreWrittenBackAsNulls() {
    String payload = json("{'@odata.type':'#microsoft.graph.recordOperation','id':'1','clientContext':null,"
        + "'resultInfo':null,'status':null,'createdDateTime':null,'recordingLocation':null,"
        + "'resultInfoHolder':{'code':null}}");
    CommsOperation op = read(payload, CommsOperation.class);
    assertNull(op.getClientContext());
    assertNull(op.getResultInfo());
    assertSameData(payload, write(op));
  }

  @Test
  void anExplicitNullInsideANestedValueIsWrittenBack() {
    String payload = json("{'resultInfo':{'code':null,'message':'m','subcode':null}}");
    assertSameData(payload, write(read(payload, CommsOperation.class)));
  }

  @Test
  void absentPropertiesAreNotWritten() {
    assertEquals("{\"id\":\"1\"}", write(read(json("{'id':'1'}"), CommsOperation.class)));
    assertEquals("{}", write(new LongRunningOperation()));
  }

  @Test
  void settingNullInCodeWritesANullAndSettingAValueAgainWritesTheValue() {
    LongRunningOperation op = new LongRunningOperation();
    op.setStatusDetail(null);
    assertSameData(json("{'statusDetail':null}"), write(op));
    op.setStatusDetail("fine");
    assertSameData(json("{'statusDetail':'fine'}"), write(op));
  }

  @Test
  void anUnknownPropertyDoesNotHideAKnownOne() {
    CommsOperation op = read(json("{'clientContext':'c','clientcontext':'lower'}"), CommsOperation.class);
    assertEquals("c", op.getClientContext());
    assertEquals(map("clientcontext", "lower"), op.getAdditionalData());
    assertFalse(tree(write(op)).isEmpty());
    assertSameData(json("{'clientContext':'c','clientcontext':'lower'}"), write(op));
  }
}
