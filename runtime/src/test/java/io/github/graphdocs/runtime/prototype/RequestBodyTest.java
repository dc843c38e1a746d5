package io.github.graphdocs.runtime.prototype;

import static io.github.graphdocs.runtime.prototype.ModelJson.BARE;
import static io.github.graphdocs.runtime.prototype.ModelJson.assertSameJson;
import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.runtime.RequestBodyWriter;
import io.github.graphdocs.runtime.http.ODataMethod;
import io.github.graphdocs.runtime.http.ODataRequest;
import io.github.graphdocs.runtime.http.ResponseType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** POST bodies leave out read-only properties; PATCH bodies hold only what changed; reading keeps all. */
class RequestBodyTest {
  private static final RequestBodyWriter POST = RequestBodyWriter.forPost(BARE);
  private static final RequestBodyWriter PATCH = RequestBodyWriter.forPatch(BARE);

  @Test
  void aPatchAfterReadingAndOneSetterHoldsOnlyThatProperty() throws Exception {
    Message m = BARE.readValue(ReadWriteTest.MESSAGE, Message.class);
    assertFalse(m.hasChanges());
    m.setSubject("Re: Hi");
    assertEquals("{\"subject\":\"Re: Hi\"}", PATCH.writeValueAsString(m));
    assertEquals(Set.of("subject"), m.changedProperties());
    // plain writing still writes everything
    assertSameJson(ReadWriteTest.MESSAGE.replace("6670000Z", "667Z").replace("'Hi'", "'Re: Hi'")
        .replace("\"Hi\"", "\"Re: Hi\""), BARE.writeValueAsString(m));
  }

  @Test
  void aPatchSendsExplicitNullsThatWereSet() throws Exception {
    Message m = BARE.readValue(json("{'id':'1','subject':'s','importance':null}"), Message.class);
    assertEquals("{}", PATCH.writeValueAsString(m));
    m.setSubject(null);
    assertEquals("{\"subject\":null}", PATCH.writeValueAsString(m));
  }

  @Test
  void aPatchOfAnObjectMadeInCodeHoldsWhatWasSet() throws Exception {
    Message m = Message.builder().subject("s").isRead(true).build();
    assertSameJson(json("{'subject':'s','isRead':true}"), PATCH.writeValueAsString(m));
  }

  @Test
  void aChangeInsideAStructuredValueSendsThatValueWhole() throws Exception {
    Message m = BARE.readValue(json("{'id':'1','subject':'s','body':{'contentType':'text','content':'a'}}"),
        Message.class);
    m.getBody().setContent("b");
    assertSameJson(json("{'body':{'contentType':'text','content':'b'}}"), PATCH.writeValueAsString(m));
  }

  @Test
  void aPatchHoldsAdditionalDataAddedSinceReading() throws Exception {
    Message m = BARE.readValue(json("{'id':'1','future':1}"), Message.class);
    assertEquals("{}", PATCH.writeValueAsString(m));
    m.getAdditionalData().put("another", "x");
    assertEquals("{\"another\":\"x\"}", PATCH.writeValueAsString(m));
  }

  @Test
  void clearingChangesMakesTheObjectCountAsJustRead() throws Exception {
    Message m = Message.builder().subject("s").build();
    m.clearChanges();
    assertEquals("{}", PATCH.writeValueAsString(m));
    m.setIsRead(false);
    assertEquals("{\"isRead\":false}", PATCH.writeValueAsString(m));
  }

  @Test
  void aPostLeavesOutReadOnlyPropertiesAtEveryDepth() throws Exception {
    Message m = BARE.readValue(json("{'id':'1','size':3,'createdDateTime':'2020-01-01T00:00:00Z','subject':'s',"
        + "'attachments':[{'@odata.type':'#microsoft.graph.fileAttachment','id':'a','name':'n'}]}"), Message.class);
    assertSameJson(json("{'subject':'s','attachments':[{'@odata.type':'#microsoft.graph.fileAttachment','name':'n'}]}"),
        POST.writeValueAsString(m));
  }

  @Test
  void aPatchNeverSendsReadOnlyProperties() throws Exception {
    Message m = new Message();
    m.setId("1");
    m.setSize(4);
    m.setSubject("s");
    assertEquals("{\"subject\":\"s\"}", PATCH.writeValueAsString(m));
  }

  @Test
  void readingIntoARequestBodyKeepsEverything() throws Exception {
    Message m = BARE.readValue(ReadWriteTest.MESSAGE, Message.class);
    m.setAttachments(List.of());
    assertTrue(BARE.writeValueAsString(m).contains("\"size\":12"));
    assertEquals("{\"attachments\":[]}", PATCH.writeValueAsString(m));
  }

  @Test
  void aPostNamingReadOnlyPropertiesSendsThemForTheBodyObjectOnly() throws Exception {
    RequestBodyWriter post = RequestBodyWriter.forPost(BARE, Set.of("id"));
    Message m = BARE.readValue(json("{'id':'1','size':3,'subject':'s',"
        + "'attachments':[{'@odata.type':'#microsoft.graph.fileAttachment','id':'a','name':'n'}]}"), Message.class);
    assertSameJson(json("{'id':'1','subject':'s','attachments':[{'@odata.type':'#microsoft.graph.fileAttachment','name':'n'}]}"),
        post.writeValueAsString(m));
    // the writer names the body object of each call, not the first object it ever wrote
    Message other = BARE.readValue(json("{'id':'2','size':4}"), Message.class);
    assertSameJson(json("{'id':'2'}"), post.writeValueAsString(other));
    assertSameJson(json("{'subject':'s','attachments':[{'@odata.type':'#microsoft.graph.fileAttachment','name':'n'}]}"),
        POST.writeValueAsString(m));
  }

  @Test
  void aPatchNamingAReadOnlyPropertySendsItWhenSet() throws Exception {
    Message m = BARE.readValue(json("{'id':'1','size':3,'subject':'s'}"), Message.class);
    RequestBodyWriter patch = RequestBodyWriter.forPatch(BARE, Set.of("id"));
    assertEquals("{}", patch.writeValueAsString(m));
    m.setId("9");
    m.setSize(5);
    assertEquals("{\"id\":\"9\"}", patch.writeValueAsString(m));
    assertEquals("{}", PATCH.writeValueAsString(m));
  }

  @Test
  void aRequestSendingAReadOnlyPropertyWritesItInItsBody() throws Exception {
    Message m = Message.builder().subject("s").build();
    m.setId("chosen");
    ODataRequest<Message> create = ODataRequest.of(ODataMethod.POST, "/messages", ResponseType.object(Message.class), 201)
        .withBody(ODataRequest.BodyKind.CREATE, m);
    assertSameJson(json("{'subject':'s'}"), new String(create.bodyBytes(BARE), StandardCharsets.UTF_8));
    ODataRequest<Message> withId = create.sendingReadOnly("id").top(1);
    assertEquals(Set.of("id"), withId.sentReadOnly());
    assertSameJson(json("{'id':'chosen','subject':'s'}"), new String(withId.bodyBytes(BARE), StandardCharsets.UTF_8));
    assertEquals(Set.of(), create.sentReadOnly(), "the setter returns a new request");
  }
}
