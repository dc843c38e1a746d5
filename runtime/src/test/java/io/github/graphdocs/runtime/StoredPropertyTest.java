package io.github.graphdocs.runtime;

import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.prototype.ItemBody;
import io.github.graphdocs.runtime.prototype.Message;
import io.github.graphdocs.runtime.prototype.ModelJson;
import org.junit.jupiter.api.Test;

/**
 * Reading stores each value in its generated field and records it as the setter would
 * ({@link StoredProperty}): explicit nulls, values after them, the same key twice, and
 * {@code @odata.type}; a setter overridden in a hand-written subclass is called.
 */
class StoredPropertyTest {
  private static final ObjectMapper MAPPER = ModelJson.MODULES;

  private static void assertSameJson(String expected, String actual) throws Exception {
    assertEquals(MAPPER.readTree(expected), MAPPER.readTree(actual), actual);
  }

  @Test
  void aNullThenAValueForTheSameKeyKeepsTheValueAndNoExplicitNull() throws Exception {
    Message m = MAPPER.readValue(json("{'subject':null,'subject':'Hi'}"), Message.class);
    assertEquals("Hi", m.getSubject());
    assertFalse(m.isExplicitNull("subject"));
    assertTrue(m.changedProperties().isEmpty());
    assertSameJson(json("{'subject':'Hi'}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void aValueThenANullForTheSameKeyKeepsTheExplicitNull() throws Exception {
    Message m = MAPPER.readValue(json("{'subject':'Hi','subject':null}"), Message.class);
    assertNull(m.getSubject());
    assertTrue(m.isExplicitNull("subject"));
    assertTrue(m.changedProperties().isEmpty());
    assertSameJson(json("{'subject':null}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void anExplicitNullFollowedByOtherPropertiesStoresThemAndKeepsOnlyThatNull() throws Exception {
    String payload = json("{'subject':null,'isRead':true,'eTag':'W/1','size':3}");
    Message m = MAPPER.readValue(payload, Message.class);
    assertEquals(Boolean.TRUE, m.getIsRead());
    assertEquals("W/1", m.getETag());
    assertEquals(3, m.getSize());
    assertTrue(m.isExplicitNull("subject"));
    assertFalse(m.isExplicitNull("isRead"));
    assertFalse(m.isExplicitNull("eTag"));
    assertFalse(m.hasChanges());
    assertSameJson(payload, MAPPER.writeValueAsString(m));
  }

  @Test
  void aNullReadForAPropertyWhoseWireNameIsNotItsBeanNameIsKeptUnderTheWireName() throws Exception {
    Message m = MAPPER.readValue(json("{'eTag':null,'subject':'s'}"), Message.class);
    assertNull(m.getETag());
    assertTrue(m.isExplicitNull("eTag"));
    assertSameJson(json("{'eTag':null,'subject':'s'}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void aNullReadIntoAnObjectIsAnExplicitNullWithoutCountingAsAChange() throws Exception {
    Message m = new Message();
    m.setSubject("Hi");
    m.clearChanges();
    MAPPER.readerForUpdating(m).readValue(json("{'subject':null}"));
    assertNull(m.getSubject());
    assertTrue(m.isExplicitNull("subject"));
    assertTrue(m.changedProperties().isEmpty());
  }

  @Test
  void setterCallsAfterReadingStillCountAsChanges() throws Exception {
    Message m = MAPPER.readValue(json("{'subject':null,'eTag':'W/1'}"), Message.class);
    m.setSubject("now");
    m.setETag(null);
    assertEquals(java.util.Set.of("subject", "eTag"), m.changedProperties());
    assertSameJson(json("{'subject':'now','eTag':null}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void theODataTypeIsReadAsTheSetterWouldAndWrittenBack() throws Exception {
    ItemBody b = MAPPER.readValue(json("{'@odata.type':'#microsoft.graph.itemBody','content':'c'}"), ItemBody.class);
    assertEquals(ItemBody.ODATA_TYPE, b.getODataType());
    assertFalse(b.hasChanges());
    assertSameJson(json("{'@odata.type':'#microsoft.graph.itemBody','content':'c'}"), MAPPER.writeValueAsString(b));
  }

  @Test
  void anExplicitNullODataTypeIsKeptAndWrittenBack() throws Exception {
    ItemBody b = MAPPER.readValue(json("{'@odata.type':null,'content':'c'}"), ItemBody.class);
    assertNull(b.getODataType());
    assertTrue(b.isExplicitNull(ODataObject.ODATA_TYPE));
    assertSameJson(json("{'@odata.type':null,'content':'c'}"), MAPPER.writeValueAsString(b));
  }

  @Test
  void aSetterOverriddenInAHandWrittenSubclassIsCalled() throws Exception {
    ShoutingMessage m = MAPPER.readerForUpdating(new ShoutingMessage()).readValue(json("{'subject':'hi','eTag':'W/1'}"));
    assertEquals("HI", m.getSubject());
    assertEquals("W/1", m.getETag());
    assertFalse(StoredProperty.applies(ShoutingMessage.class.getMethod("setSubject", String.class)));
  }

  @Test
  void generatedSettersAndTheODataTypeSetterAreStoredOthersNot() throws Exception {
    assertTrue(StoredProperty.applies(Message.class.getMethod("setSubject", String.class)));
    assertTrue(StoredProperty.applies(ODataObject.class.getMethod("setODataType", String.class)));
    assertFalse(StoredProperty.applies(HandwrittenObject.class.getMethod("setTitle", String.class)));
  }

  /** A hand-written subclass of a generated class whose setter changes the value. */
  public static final class ShoutingMessage extends Message {
    @Override
    public void setSubject(String subject) {
      super.setSubject(subject == null ? null : subject.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
