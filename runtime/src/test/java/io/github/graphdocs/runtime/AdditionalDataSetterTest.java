package io.github.graphdocs.runtime;

import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.prototype.Message;
import io.github.graphdocs.runtime.prototype.ModelJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Members a class does not declare go to {@link ODataObject#setAdditionalData}, called directly
 * ({@link AdditionalDataSetter}); an override in a hand-written subclass is called instead.
 */
class AdditionalDataSetterTest {
  private static final ObjectMapper MAPPER = ModelJson.MODULES;

  @Test
  void undeclaredMembersAreKeptInPayloadOrderWithNullsAndStructures() throws Exception {
    String payload = json("{'@odata.context':'ctx','subject':'s','future':{'a':[1,null]},'gone':null,'@odata.etag':'W/1'}");
    Message m = MAPPER.readValue(payload, Message.class);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("@odata.context", "ctx");
    expected.put("future", Map.of("a", Arrays.asList(1, null)));
    expected.put("gone", null);
    expected.put("@odata.etag", "W/1");
    assertEquals(expected, m.getAdditionalData());
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(m.getAdditionalData().keySet()));
    assertEquals("s", m.getSubject());
    assertFalse(m.hasChanges());
    assertEquals(MAPPER.readTree(payload), MAPPER.readTree(MAPPER.writeValueAsString(m)));
  }

  @Test
  void anUndeclaredNullFollowedByADeclaredPropertyKeepsBoth() throws Exception {
    Message m = MAPPER.readValue(json("{'gone':null,'subject':null,'eTag':'W/1'}"), Message.class);
    assertTrue(m.getAdditionalData().containsKey("gone"));
    assertNull(m.getAdditionalData().get("gone"));
    assertTrue(m.isExplicitNull("subject"));
    assertEquals("W/1", m.getETag());
  }

  @Test
  void additionalDataAddedAfterReadingCountsAsAChange() throws Exception {
    Message m = MAPPER.readValue(json("{'future':1}"), Message.class);
    assertFalse(m.hasChanges());
    m.setAdditionalData("more", 2);
    assertTrue(m.hasChanges());
  }

  @Test
  void anAdditionalDataSetterOverriddenInAHandWrittenSubclassIsCalled() throws Exception {
    CountingMessage m = MAPPER.readerForUpdating(new CountingMessage()).readValue(json("{'a':1,'subject':'s','b':2}"));
    assertEquals(List.of("a", "b"), m.seen);
    assertEquals(Map.of("a", 1, "b", 2), m.getAdditionalData());
  }

  /** A hand-written subclass that records the additional data it is given. */
  public static final class CountingMessage extends Message {
    final List<String> seen = new ArrayList<>();

    @Override
    public void setAdditionalData(String name, Object value) {
      seen.add(name);
      super.setAdditionalData(name, value);
    }
  }
}
