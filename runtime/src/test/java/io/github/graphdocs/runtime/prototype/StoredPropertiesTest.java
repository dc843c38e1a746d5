package io.github.graphdocs.runtime.prototype;

import static io.github.graphdocs.runtime.prototype.ModelJson.MODULES;
import static io.github.graphdocs.runtime.prototype.ModelJson.assertSameJson;
import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.runtime.ComputedSubjectMessage;
import org.junit.jupiter.api.Test;

/**
 * Reading stores values in the generated fields and writing skips absent ones without calling the
 * accessors: the results are those of the setters and getters.
 */
class StoredPropertiesTest {
  @Test
  void aValueReadAfterAnExplicitNullIsStoredAndTheNullKept() throws Exception {
    String payload = json("{'subject':null,'eTag':'W/1','isRead':true}");
    Message m = MODULES.readValue(payload, Message.class);
    assertEquals("W/1", m.getETag());
    assertEquals(Boolean.TRUE, m.getIsRead());
    assertTrue(m.isExplicitNull("subject"));
    assertTrue(m.changedProperties().isEmpty());
    assertSameJson(payload, MODULES.writeValueAsString(m));
  }

  @Test
  void aValueReadIntoAnObjectReplacesItsExplicitNullWithoutCountingAsAChange() throws Exception {
    Message m = new Message();
    m.setSubject(null);
    m.clearChanges();
    MODULES.readerForUpdating(m).readValue(json("{'subject':'Hi'}"));
    assertEquals("Hi", m.getSubject());
    assertFalse(m.isExplicitNull("subject"));
    assertTrue(m.changedProperties().isEmpty());
  }

  @Test
  void aGetterOverriddenInAHandWrittenSubclassIsWhatIsWritten() throws Exception {
    assertSameJson(json("{'subject':'computed'}"), MODULES.writeValueAsString(new ComputedSubjectMessage()));
  }

  @Test
  void aValueSetAfterReadingIsWrittenAndCountsAsAChange() throws Exception {
    Message m = MODULES.readValue(json("{'subject':'Hi'}"), Message.class);
    m.setETag("W/2");
    assertEquals(java.util.Set.of("eTag"), m.changedProperties());
    assertSameJson(json("{'subject':'Hi','eTag':'W/2'}"), MODULES.writeValueAsString(m));
  }

  @Test
  void everyNameAPayloadGivesIsResolvedHoweverManyTheMapperHasSeen() throws Exception {
    for (int i = 0; i < 300; i++) {
      Attachment a = MODULES.readValue(json("{'@odata.type':'#microsoft.graph.future" + i + "','name':'n'}"), Attachment.class);
      assertInstanceOf(Attachment.Other.class, a);
      assertEquals("#microsoft.graph.future" + i, a.getODataType());
    }
    assertInstanceOf(FileAttachment.class,
        MODULES.readValue(json("{'@odata.type':'#microsoft.graph.fileAttachment','name':'n'}"), Attachment.class));
  }
}
