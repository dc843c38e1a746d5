package io.github.graphdocs.runtime.prototype;

import static io.github.graphdocs.runtime.prototype.ModelJson.BARE;
import static io.github.graphdocs.runtime.prototype.ModelJson.assertSameJson;
import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.graphdocs.runtime.ODataCollection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties the docs show in both shapes, and collection pages of model types. */
class ShapesAndCollectionsTest {

  @Test
  void aSingleValueIsReadIntoTheListAndWrittenBackSingle() throws Exception {
    String payload = json("{'availability':'Available','activities':{'content':'x'}}");
    Presence p = BARE.readValue(payload, Presence.class);
    assertEquals(List.of("Available"), p.getAvailability());
    assertEquals("x", p.getActivities().get(0).getContent());
    assertSameJson(payload, BARE.writeValueAsString(p));
  }

  @Test
  void aCollectionIsReadAndWrittenBackAsACollection() throws Exception {
    String payload = json("{'availability':['Available'],'activities':[{'content':'x'},{'content':'y'}]}");
    Presence p = BARE.readValue(payload, Presence.class);
    assertEquals(List.of("Available"), p.getAvailability());
    assertSameJson(payload, BARE.writeValueAsString(p));
  }

  @Test
  void aSingleValueReadThenGrownIsWrittenAsACollection() throws Exception {
    Presence p = BARE.readValue(json("{'availability':'Available'}"), Presence.class);
    p.setAvailability(List.of("Available", "Busy"));
    assertSameJson(json("{'availability':['Available','Busy']}"), BARE.writeValueAsString(p));
  }

  @Test
  void itemsOfBothShapesAreStrict() {
    org.junit.jupiter.api.Assertions.assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> BARE.readValue(json("{'availability':5}"), Presence.class));
  }

  @Test
  void aCollectionPageWithANextLinkGivesTypedItemsWithSubtypesResolved() throws Exception {
    String payload = json("{'@odata.context':'https://graph.microsoft.com/v1.0/$metadata#users(x)/messages',"
        + "'value':[{'@odata.type':'#microsoft.graph.message','id':'1','subject':'a'},"
        + "{'@odata.type':'#microsoft.graph.presence','id':'2','availability':'Busy'},{'id':'3'}],"
        + "'@odata.nextLink':'https://graph.microsoft.com/v1.0/me/messages?$skip=3'}");
    ODataCollection<Entity> page = BARE.readValue(payload, new TypeReference<ODataCollection<Entity>>() {});
    assertInstanceOf(Message.class, page.getValue().get(0));
    assertInstanceOf(Presence.class, page.getValue().get(1));
    assertSame(Entity.Other.class, page.getValue().get(2).getClass());
    assertEquals("https://graph.microsoft.com/v1.0/me/messages?$skip=3", page.getNextLink());
    assertSameJson(payload, BARE.writeValueAsString(page));
  }
}
