package io.github.graphdocs.runtime;

import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.prototype.ItemBody;
import io.github.graphdocs.runtime.prototype.Message;
import io.github.graphdocs.runtime.prototype.ModelJson;
import io.github.graphdocs.runtime.prototype.Note;
import io.github.graphdocs.runtime.prototype.Presence;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A plain write looks only at the properties a reader stored into an object it made
 * ({@link ODataObject#storedProperties}), and at every property once anything else may have set one.
 */
class StoredPropertiesWriterTest {
  private static final ObjectMapper MAPPER = ModelJson.MODULES;

  private static Message read(String json) throws Exception {
    return MAPPER.readValue(json(json), Message.class);
  }

  private static long @Nullable [] record(ODataObject o) {
    return o.storedProperties();
  }

  private static boolean stored(ODataObject o, String wireName) {
    long[] bits = record(o);
    assertNotNull(bits);
    GeneratedProperties.Property p = GeneratedProperties.of(o.getClass()).find(wireName);
    return (bits[p.index >>> 6] & (1L << p.index)) != 0;
  }

  @Test
  void readingRecordsEachPropertyStoredAndNoOther() throws Exception {
    Message m = read("{'subject':'s','body':null}");
    assertEquals(true, stored(m, "subject"));
    assertEquals(true, stored(m, "body"));
    assertEquals(false, stored(m, "isRead"));
  }

  @Test
  void aReadObjectIsWrittenWithItsValuesAndExplicitNulls() throws Exception {
    Message m = read("{'isRead':true,'subject':null,'future':1}");
    assertEquals(json("{'subject':null,'isRead':true,'future':1}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void aMemberReadAsNullThenAsAValueIsWrittenWithTheValue() throws Exception {
    Message m = read("{'subject':null,'isRead':null,'subject':'s'}");
    assertEquals(json("{'subject':'s','isRead':null}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void aMemberReadAsAValueThenAsNullIsWrittenAsAnExplicitNull() throws Exception {
    Message m = read("{'subject':'s','isRead':true,'subject':null}");
    assertEquals(true, m.isExplicitNull("subject"));
    assertEquals(json("{'subject':null,'isRead':true}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void aMemberReadAsNullThenAsAValueIsNoExplicitNull() throws Exception {
    Message m = read("{'subject':null,'subject':'s'}");
    assertEquals(false, m.isExplicitNull("subject"));
    assertEquals(json("{'subject':'s'}"), RequestBodyWriter.forPost(MAPPER).writeValueAsString(m));
  }

  @Test
  void aSetterDropsTheRecord() throws Exception {
    Message m = read("{'subject':'s'}");
    m.setIsRead(true);
    assertNull(record(m));
    assertEquals(json("{'subject':'s','isRead':true}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void settingTheODataTypeKeepsTheRecord() throws Exception {
    Message m = read("{'subject':'s'}");
    m.setODataType(Message.ODATA_TYPE);
    assertNotNull(record(m));
    assertEquals(json("{'@odata.type':'#microsoft.graph.message','subject':'s'}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void readingIntoAnObjectDropsTheRecord() throws Exception {
    Message m = read("{'subject':'s'}");
    MAPPER.readerForUpdating(m).readValue(json("{'size':3}"));
    assertNull(record(m));
    assertEquals(json("{'subject':'s','size':3}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void anObjectMadeInCodeHasNoRecord() {
    assertNull(record(new Message()));
  }

  @Test
  void nestedObjectsReadHaveTheirOwnRecord() throws Exception {
    Message m = read("{'body':{'content':'c'}}");
    assertEquals(true, stored(m.getBody(), "content"));
    assertEquals(false, stored(m.getBody(), "contentType"));
  }

  @Test
  void aChangeInsideANestedObjectDropsOnlyItsRecord() throws Exception {
    Message m = read("{'body':{'content':'c'}}");
    ItemBody body = m.getBody();
    body.setContent(null);
    assertNull(record(body));
    assertNotNull(record(m));
    assertEquals(json("{'body':{'content':null}}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void aSingleValueReadIsWrittenBackSingle() throws Exception {
    Presence p = MAPPER.readValue(json("{'availability':'Busy'}"), Presence.class);
    assertEquals(json("{'availability':'Busy'}"), MAPPER.writeValueAsString(p));
  }

  @Test
  void aClassWhoseNewInstanceHoldsAValueHasNoRecord() throws Exception {
    Note n = MAPPER.readValue(json("{'title':'t'}"), Note.class);
    assertNull(record(n));
    assertEquals(json("{'text':'draft','title':'t'}"), MAPPER.writeValueAsString(n));
  }

  @Test
  void aMapperWritingNullsWritesThePropertiesAReadLeftAbsent() throws Exception {
    ObjectMapper nulls = new ObjectMapper();
    nulls.configOverride(String.class).setInclude(
        JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
    ItemBody read = nulls.readValue(json("{'contentType':'html'}"), ItemBody.class);
    assertEquals(json("{'@odata.type':null,'content':null,'contentType':'html'}"), nulls.writeValueAsString(read));
  }

  @Test
  void aPatchOfAReadObjectHoldsOnlyWhatWasSetSince() throws Exception {
    Message m = read("{'subject':'s','isRead':true}");
    m.setSubject("t");
    assertEquals(json("{'subject':'t'}"), RequestBodyWriter.forPatch(MAPPER).writeValueAsString(m));
  }
}
