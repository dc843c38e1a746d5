package io.github.graphdocs.runtime.prototype;

import static io.github.graphdocs.runtime.prototype.ModelJson.BARE;
import static io.github.graphdocs.runtime.prototype.ModelJson.MAPPERS;
import static io.github.graphdocs.runtime.prototype.ModelJson.assertSameJson;
import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.ODataDuration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Reading and writing the emitted shape with a mapper nobody configured. */
class ReadWriteTest {
  static final String MESSAGE = json("{'@odata.type':'#microsoft.graph.message','id':'m1',"
      + "'createdDateTime':'2020-09-08T12:02:30.6670000Z','categories':['a','b'],'subject':'Hi',"
      + "'body':{'contentType':'html','content':'<p>x</p>'},'importance':'high','isRead':false,'size':12,"
      + "'sentDate':'2020-09-08','reminder':'P1M','eTag':'W/1','scores':[1.5,'NaN','INF'],"
      + "'sentDates':['2020-01-01T00:00:00+02:00'],"
      + "'attachments':[{'@odata.type':'#microsoft.graph.fileAttachment','id':'a1','name':'f','contentBytes':'AQID'}],"
      + "'futureProperty':{'x':[1,null]}}");

  @ParameterizedTest
  @FieldSource("io.github.graphdocs.runtime.prototype.ModelJson#MAPPERS")
  void aMessageIsReadIntoTypedValuesAndWrittenBackUnchanged(ObjectMapper mapper) throws Exception {
    Message m = (Message) mapper.readValue(MESSAGE, Entity.class);
    assertEquals("m1", m.getId());
    assertEquals(OffsetDateTime.parse("2020-09-08T12:02:30.667Z"), m.getCreatedDateTime());
    assertEquals(List.of("a", "b"), m.getCategories());
    assertSame(BodyType.HTML, m.getBody().getContentType());
    assertSame(Importance.HIGH, m.getImportance());
    assertEquals(Boolean.FALSE, m.getIsRead());
    assertEquals(12, m.getSize());
    assertEquals(LocalDate.of(2020, 9, 8), m.getSentDate());
    assertEquals("P1M", m.getReminder().toString());
    assertEquals("W/1", m.getETag());
    assertEquals(List.of(1.5, Double.NaN, Double.POSITIVE_INFINITY), m.getScores());
    FileAttachment a = assertInstanceOf(FileAttachment.class, m.getAttachments().get(0));
    assertArrayEquals(new byte[] {1, 2, 3}, a.getContentBytes());
    assertEquals(Map.of("x", java.util.Arrays.asList(1, null)), m.getAdditionalData().get("futureProperty"));
    String written = mapper.writeValueAsString(m);
    assertSameJson(MESSAGE.replace("6670000Z", "667Z"), written);
  }

  @Test
  void datesAreWrittenAsIsoStringsWithSecondsAndTheirOffset() throws Exception {
    Message m = new Message();
    m.setCreatedDateTime(OffsetDateTime.parse("2020-01-01T00:00+05:30"));
    m.setSentDate(LocalDate.of(2020, 1, 2));
    m.setReminder(ODataDuration.parse("P90D"));
    for (ObjectMapper mapper : MAPPERS) {
      assertSameJson(json("{'createdDateTime':'2020-01-01T00:00:00+05:30','sentDate':'2020-01-02','reminder':'P90D'}"),
          mapper.writeValueAsString(m));
    }
  }

  @Test
  void explicitNullsStayNullsAndAbsentStaysAbsent() throws Exception {
    String payload = json("{'subject':null,'body':{'content':null},'attachments':null,'@odata.type':null}");
    Message m = BARE.readValue(payload, Message.class);
    assertNull(m.getSubject());
    assertTrue(m.isExplicitNull("subject"));
    assertFalse(m.isExplicitNull("importance"));
    assertSameJson(payload, BARE.writeValueAsString(m));
    assertEquals("{}", BARE.writeValueAsString(new Message()));
  }

  @Test
  void settingNullInCodeWritesANullAndSettingAValueAgainWritesTheValue() throws Exception {
    Message m = new Message();
    m.setSubject(null);
    assertSameJson(json("{'subject':null}"), BARE.writeValueAsString(m));
    m.setSubject("s");
    assertSameJson(json("{'subject':'s'}"), BARE.writeValueAsString(m));
  }

  @Test
  void anUnknownSubtypeOfAnAbstractTypeIsReadIntoItsOtherFormAndWrittenBackUnchanged() throws Exception {
    String payload = json("{'attachments':[{'@odata.type':'#Microsoft.OutlookServices.ItemAttachment','id':'a',"
        + "'name':'n','item':{'subject':'s'}},{'id':'b','size':3}]}");
    Message m = BARE.readValue(payload, Message.class);
    Attachment first = m.getAttachments().get(0);
    assertSame(Attachment.Other.class, first.getClass());
    assertEquals("#Microsoft.OutlookServices.ItemAttachment", first.getODataType());
    assertEquals("n", first.getName());
    assertEquals(Map.of("subject", "s"), first.getAdditionalData().get("item"));
    assertSame(Attachment.Other.class, m.getAttachments().get(1).getClass());
    assertSameJson(payload, BARE.writeValueAsString(m));
  }

  @Test
  void theODataTypeNeedNotComeFirst() throws Exception {
    String payload = json("{'id':'a','name':'n','contentBytes':'AQID','@odata.type':'#microsoft.graph.fileAttachment',"
        + "'size':1}");
    FileAttachment a = assertInstanceOf(FileAttachment.class, BARE.readValue(payload, Attachment.class));
    assertEquals("a", a.getId());
    assertEquals(1, a.getSize());
    assertSameJson(payload, BARE.writeValueAsString(a));
    String late = json("{'id':'e','@odata.type':'#microsoft.graph.presence'}");
    assertInstanceOf(Presence.class, BARE.readValue(late, Entity.class));
  }

  @Test
  void onlyGeneratedSubtypesOfTheDeclaredTypeAreChosen() throws Exception {
    for (String name : List.of("#java.lang.Runtime", "java.lang.ProcessBuilder", "#microsoft.graph.itemBody",
        "#microsoft.graph.presence", "#io.github.graphdocs.runtime.prototype.FileAttachment", "", "#")) {
      String payload = "{\"@odata.type\":\"" + name + "\",\"id\":\"1\"}";
      Attachment a = BARE.readValue(payload, Attachment.class);
      assertSame(Attachment.Other.class, a.getClass(), name);
      assertEquals(name, a.getODataType());
      assertSameJson(payload, BARE.writeValueAsString(a));
    }
    assertSame(Message.class, BARE.readValue("{\"@odata.type\":\"#MICROSOFT.GRAPH.MESSAGE\"}", Entity.class).getClass());
    assertSame(Message.class, BARE.readValue("{\"@odata.type\":\"microsoft.graph.message\"}", Message.class).getClass());
  }

  @Test
  void anAbstractTypeNamedByTheODataTypeGivesItsOtherForm() throws Exception {
    assertSame(OutlookItem.Other.class,
        BARE.readValue("{\"@odata.type\":\"#microsoft.graph.outlookItem\"}", Entity.class).getClass());
  }

  @Test
  void unknownEnumValuesAreKeptExactly() throws Exception {
    ItemBody b = BARE.readValue(json("{'contentType':'markdown'}"), ItemBody.class);
    assertEquals("markdown", b.getContentType().value());
    assertFalse(b.getContentType().isKnown());
    assertTrue(BodyType.fromValue("HTML").isKnown());
    assertNotEquals(BodyType.HTML, BodyType.fromValue("HTML"));
    assertEquals(List.of(BodyType.TEXT, BodyType.HTML), BodyType.values());
    assertSameJson(json("{'contentType':'markdown'}"), BARE.writeValueAsString(b));
  }

  @Test
  void equalsHashCodeAndToStringCoverWhatTheObjectHolds() throws Exception {
    Message a = BARE.readValue(MESSAGE, Message.class);
    Message b = BARE.readValue(MESSAGE, Message.class);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    b.setSubject("other");
    assertNotEquals(a, b);
    Message c = Message.builder().id("1").subject(null).importance(Importance.LOW).build();
    assertEquals("Message{id=1, importance=low, subject=null}", c.toString());
    assertEquals("Message{}", new Message().toString());
  }
}
