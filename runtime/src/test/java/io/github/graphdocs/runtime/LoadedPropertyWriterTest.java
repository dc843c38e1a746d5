package io.github.graphdocs.runtime;

import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.prototype.ItemBody;
import io.github.graphdocs.runtime.prototype.Message;
import io.github.graphdocs.runtime.prototype.ModelJson;
import org.junit.jupiter.api.Test;

/**
 * Writing loads generated fields, and {@code @odata.type} through {@link ODataObject#getODataType}
 * called directly ({@link LoadedPropertyWriter}); a getter overridden in a hand-written subclass is called.
 */
class LoadedPropertyWriterTest {
  private static final ObjectMapper MAPPER = ModelJson.MODULES;

  @Test
  void theODataTypeSetInCodeIsWrittenFirst() throws Exception {
    ItemBody b = new ItemBody();
    b.setContent("c");
    b.setODataType(ItemBody.ODATA_TYPE);
    assertEquals(json("{'@odata.type':'#microsoft.graph.itemBody','content':'c'}"), MAPPER.writeValueAsString(b));
  }

  @Test
  void anODataTypeGetterOverriddenInAHandWrittenSubclassIsCalled() throws Exception {
    TypedMessage m = new TypedMessage();
    m.setSubject("s");
    assertEquals(json("{'@odata.type':'#my.message','subject':'s'}"), MAPPER.writeValueAsString(m));
  }

  @Test
  void aGeneratedGetterOverriddenInAHandWrittenSubclassIsCalled() throws Exception {
    ComputedSubjectMessage m = new ComputedSubjectMessage();
    m.setETag("W/1");
    assertEquals(MAPPER.readTree(json("{'subject':'computed','eTag':'W/1'}")),
        MAPPER.readTree(MAPPER.writeValueAsString(m)));
  }

  /** A hand-written subclass whose {@code @odata.type} is computed. */
  public static final class TypedMessage extends Message {
    @Override
    public String getODataType() {
      return "#my.message";
    }
  }
}
