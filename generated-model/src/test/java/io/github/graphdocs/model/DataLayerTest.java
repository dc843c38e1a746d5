package io.github.graphdocs.model;

import static io.github.graphdocs.model.Json.MAPPER;
import static io.github.graphdocs.model.Json.assertSameData;
import static io.github.graphdocs.model.Json.json;
import static io.github.graphdocs.model.Json.read;
import static io.github.graphdocs.model.Json.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.ODataCollection;
import io.github.graphdocs.runtime.RequestBodyWriter;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The model as the data layer of a client: real payloads read, written back unchanged, sent minimal. */
class DataLayerTest {

  /** An attachment of a type the docs do not describe, as Outlook returns it inside a message. */
  private static final String ITEM_ATTACHMENT = json("{'@odata.type':'#Microsoft.OutlookServices.ItemAttachment',"
      + "'id':'AAMkADA1M-zAAA=','lastModifiedDateTime':'2017-07-21T00:20:34Z','name':'Reminder - please bring laptop',"
      + "'contentType':null,'size':32005,'isInline':false,'item':{'@odata.type':'#microsoft.graph.event','id':'AAMk'}}");

  @Test
  void anAbstractTypeWithAnUnknownSubtypeIsReadIntoItsOtherFormAndWrittenBackUnchanged() {
    Attachment a = read(ITEM_ATTACHMENT, Attachment.class);
    assertSame(Attachment.Other.class, a.getClass());
    assertEquals("Reminder - please bring laptop", a.getName());
    assertEquals(32005, a.getSize());
    assertTrue(a.getAdditionalData().containsKey("item"));
    assertSameData(ITEM_ATTACHMENT, write(a));
  }

  @Test
  void aCollectionPageWithANextLinkGivesTypedItemsWithSubtypesResolved() throws Exception {
    String page = json("{'@odata.context':'https://graph.microsoft.com/v1.0/$metadata#users(x)/messages(y)/attachments',"
        + "'value':[{'@odata.type':'#microsoft.graph.fileAttachment','id':'f1','name':'hello.txt','size':218,"
        + "'contentBytes':'SGVsbG8gV29ybGQh'}," + ITEM_ATTACHMENT + "],"
        + "'@odata.nextLink':'https://graph.microsoft.com/v1.0/me/messages/y/attachments?$skip=2'}");
    ODataCollection<Attachment> read = MAPPER.readValue(page, new TypeReference<ODataCollection<Attachment>>() {});
    FileAttachment file = assertInstanceOf(FileAttachment.class, read.getValue().get(0));
    assertArrayEquals("Hello World!".getBytes(StandardCharsets.US_ASCII), file.getContentBytes());
    assertSame(Attachment.Other.class, read.getValue().get(1).getClass());
    assertEquals("https://graph.microsoft.com/v1.0/me/messages/y/attachments?$skip=2", read.getNextLink());
    assertSameData(page, write(read));
  }

  @Test
  void aDurationOfMonthsIsReadAndWrittenBackExactly() {
    String payload = json("{'@odata.type':'#microsoft.graph.accessReviewInactiveUsersQueryScope','query':'/users',"
        + "'queryType':'MicrosoftGraph','inactiveDuration':'P1M'}");
    AccessReviewInactiveUsersQueryScope scope = read(payload, AccessReviewInactiveUsersQueryScope.class);
    assertEquals("P1M", scope.getInactiveDuration().toString());
    assertEquals(Period.ofMonths(1), scope.getInactiveDuration().toPeriod());
    assertSameData(payload, write(scope));
    assertEquals("P90D", read(json("{'inactiveDuration':'P90D'}"), AccessReviewInactiveUsersQueryScope.class)
        .getInactiveDuration().toString());
  }

  @Test
  void aPatchBodyAfterReadingAndOneSetterHoldsOnlyThatProperty() throws Exception {
    FileAttachment a = read(json("{'@odata.type':'#microsoft.graph.fileAttachment','id':'f1','name':'hello.txt',"
        + "'size':218,'isInline':false,'contentBytes':'SGVsbG8gV29ybGQh'}"), FileAttachment.class);
    a.setName("renamed.txt");
    assertEquals("{\"name\":\"renamed.txt\"}", RequestBodyWriter.forPatch(MAPPER).writeValueAsString(a));
    assertTrue(write(a).contains("\"size\":218"), "plain writing still writes everything");
  }

  @Test
  void aPostBodyLeavesOutTheReadOnlyPropertiesTheDocsName() throws Exception {
    FileAttachment a = read(json("{'@odata.type':'#microsoft.graph.fileAttachment','id':'f1','name':'hello.txt',"
        + "'size':218,'lastModifiedDateTime':'2017-01-26T08:48:28Z','contentBytes':'SGVsbG8gV29ybGQh'}"),
        FileAttachment.class);
    assertSameData(json("{'@odata.type':'#microsoft.graph.fileAttachment','name':'hello.txt',"
        + "'contentBytes':'SGVsbG8gV29ybGQh'}"), RequestBodyWriter.forPost(MAPPER).writeValueAsString(a));
  }

  @Test
  void aValueThatDoesNotFitItsTypeIsRejectedWithItsJsonPath() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(json("{'value':[{'@odata.type':'#microsoft.graph.fileAttachment','size':1.5}]}"),
            new TypeReference<ODataCollection<Attachment>>() {}));
    assertTrue(e.getOriginalMessage().startsWith("/value/0/size: Edm.Int32 takes an integer, not a fraction"),
        e.getOriginalMessage());
  }

  @Test
  void aBareObjectMapperReadsAndWritesTheModelExactly() throws Exception {
    ObjectMapper bare = new ObjectMapper();
    String payload = json("{'id':'1','createdDateTime':'2024-07-19T10:11:12.1234567Z','status':'running'}");
    CommsOperation op = bare.readValue(payload, CommsOperation.class);
    assertSameData(payload, bare.writeValueAsString(op));
  }

  @Test
  void aBuilderChainsItsOwnAndItsBasesMethodsInAnyOrderAndBuildsTheConcreteType() {
    // compiles only if each call returns the builder of the type being built, whichever class declares it
    FileAttachment.Builder<? extends FileAttachment, ?> builder = FileAttachment.builder().contentId("c").id("f1")
        .odataType(FileAttachment.ODATA_TYPE).name("n").additionalData("extra", 1).contentId("c2");
    FileAttachment a = builder.build();
    assertSame(FileAttachment.class, a.getClass());
    assertSame(a, builder.build(), "a builder builds one object");
    assertEquals("c2", a.getContentId());
    assertEquals(java.util.List.of("contentId", "id", "@odata.type", "name"), java.util.List.copyOf(a.changedProperties()),
        "the declared properties set, in the order first set");
    assertSameData(json("{'@odata.type':'#microsoft.graph.fileAttachment','id':'f1','name':'n','contentId':'c2','extra':1}"),
        write(a));
  }

  @Test
  void aBuilderReusesItsBaseTypesMethods() {
    FileAttachment a = FileAttachment.builder().id("f1").name("n").contentId("c").build();
    assertSameData(json("{'id':'f1','name':'n','contentId':'c'}"), write(a));
  }
}
