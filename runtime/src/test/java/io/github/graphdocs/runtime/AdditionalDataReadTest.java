package io.github.graphdocs.runtime;

import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.prototype.Message;
import io.github.graphdocs.runtime.prototype.ModelJson;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which additional data counts as added since reading ({@link ODataObject#addedAdditionalData}). */
class AdditionalDataReadTest {
  private static final ObjectMapper MAPPER = ModelJson.MODULES;

  private static Set<String> added(ODataObject o) {
    return o.addedAdditionalData();
  }

  @Test
  void entriesReadAreNotAdded() throws Exception {
    Message m = MAPPER.readValue(json("{'a':1,'b':2}"), Message.class);
    assertEquals(Set.of(), added(m));
    assertFalse(m.hasChanges());
  }

  @Test
  void anEntryPutAfterReadingIsAdded() throws Exception {
    Message m = MAPPER.readValue(json("{'a':1}"), Message.class);
    m.getAdditionalData().put("c", 3);
    assertEquals(Set.of("c"), added(m));
  }

  @Test
  void aReadEntryGivenANewValueIsNotAdded() throws Exception {
    Message m = MAPPER.readValue(json("{'a':1}"), Message.class);
    m.getAdditionalData().put("a", 2);
    assertEquals(Set.of(), added(m));
  }

  @Test
  void readingAgainIntoTheObjectKeepsTheEntriesOfBothReads() throws Exception {
    Message m = MAPPER.readValue(json("{'a':1}"), Message.class);
    MAPPER.readerForUpdating(m).readValue(json("{'b':2}"));
    m.getAdditionalData().put("c", 3);
    assertEquals(Set.of("c"), added(m));
  }

  @Test
  void clearingChangesCountsTheEntriesThereAsRead() throws Exception {
    Message m = new Message();
    m.getAdditionalData().put("a", 1);
    assertTrue(m.hasChanges());
    m.clearChanges();
    assertFalse(m.hasChanges());
  }

  @Test
  void aNullKeyPutInCodeIsAdded() throws Exception {
    Message m = MAPPER.readValue(json("{'a':1}"), Message.class);
    m.getAdditionalData().put(null, 3);
    assertTrue(added(m).contains(null));
  }
}
