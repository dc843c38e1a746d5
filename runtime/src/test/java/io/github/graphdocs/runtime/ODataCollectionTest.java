package io.github.graphdocs.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ODataCollectionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@odata.type", visible = true, defaultImpl = Item.class)
  @JsonSubTypes(@JsonSubTypes.Type(value = SpecialItem.class, name = "#x.special"))
  public static class Item {
    @com.fasterxml.jackson.annotation.JsonProperty("@odata.type")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public String type;
    public String id;
  }

  public static class SpecialItem extends Item {
    public int level;
  }

  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void aPageWithANextLinkGivesItsTypedItemsAndItsLinks() throws Exception {
    String page = json("{'@odata.context':'https://x/$metadata#items','value':[{'id':'1'},"
        + "{'@odata.type':'#x.special','id':'2','level':3}],'@odata.nextLink':'https://x/items?$skiptoken=2'}");
    ODataCollection<Item> read = MAPPER.readValue(page, new TypeReference<ODataCollection<Item>>() {});
    assertEquals(2, read.getValue().size());
    assertEquals("1", read.getValue().get(0).id);
    SpecialItem special = assertInstanceOf(SpecialItem.class, read.getValue().get(1));
    assertEquals(3, special.level);
    assertEquals("https://x/items?$skiptoken=2", read.getNextLink());
    assertEquals("https://x/$metadata#items", read.getContext());
    assertNull(read.getDeltaLink());
    assertNull(read.getCount());
  }

  @Test
  void theLastPageOfADeltaQueryHasADeltaLinkAndACount() throws Exception {
    String page = json("{'@odata.count':7,'value':[],'@odata.deltaLink':'https://x/items/delta?token=9'}");
    ODataCollection<Item> read = MAPPER.readValue(page, new TypeReference<ODataCollection<Item>>() {});
    assertTrue(read.getValue().isEmpty());
    assertEquals(7L, read.getCount());
    assertEquals("https://x/items/delta?token=9", read.getDeltaLink());
    assertNull(read.getNextLink());
  }

  @Test
  void otherAnnotationsAndMembersAreKeptAndWrittenBack() throws Exception {
    String page = json("{'@odata.context':'c','@microsoft.graph.tips':'Use $select','value':[{'id':'1'}],"
        + "'@odata.nextLink':null,'futureMember':{'a':[1,2]}}");
    ODataCollection<Item> read = MAPPER.readValue(page, new TypeReference<ODataCollection<Item>>() {});
    assertEquals("Use $select", read.getOther().get("@microsoft.graph.tips"));
    assertTrue(read.getOther().containsKey("@odata.nextLink"));
    assertEquals(MAPPER.readTree(page), MAPPER.readTree(MAPPER.writeValueAsString(read)));
  }

  @Test
  void aPageWithoutValueReadsAsEmptyAndIsWrittenWithoutValue() throws Exception {
    ODataCollection<Item> read = MAPPER.readValue("{}", new TypeReference<ODataCollection<Item>>() {});
    assertEquals(List.of(), read.getValue());
    assertEquals("{}", MAPPER.writeValueAsString(read));
  }

  @Test
  void primitiveItemsAreReadStrictly() throws Exception {
    ODataCollection<Integer> ints = MAPPER.readValue(json("{'value':[1,2]}"),
        new TypeReference<ODataCollection<Integer>>() {});
    assertEquals(List.of(1, 2), ints.getValue());
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(json("{'value':[1,1.5]}"), new TypeReference<ODataCollection<Integer>>() {}));
    assertTrue(e.getMessage().startsWith("/value/1: Edm.Int32 takes an integer, not a fraction"), e.getMessage());
    assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(json("{'value':[7]}"), new TypeReference<ODataCollection<String>>() {}));
  }

  @Test
  void linksAndCountMustHaveTheirTypes() {
    assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(json("{'@odata.nextLink':5}"), new TypeReference<ODataCollection<Item>>() {}));
    assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(json("{'@odata.count':'5'}"), new TypeReference<ODataCollection<Item>>() {}));
    assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(json("{'@odata.count':1.5}"), new TypeReference<ODataCollection<Item>>() {}));
  }

  @Test
  void aPageMadeInCodeIsWrittenWithItsItems() throws Exception {
    Item item = new Item();
    item.id = "9";
    ODataCollection<Item> page = ODataCollection.of(List.of(item));
    page.setNextLink("n");
    assertEquals(MAPPER.readTree(json("{'value':[{'id':'9'}],'@odata.nextLink':'n'}")),
        MAPPER.readTree(MAPPER.writeValueAsString(page)));
    assertEquals(Map.of(), page.getOther());
  }
}
