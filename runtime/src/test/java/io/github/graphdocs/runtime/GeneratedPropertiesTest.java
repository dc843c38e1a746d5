package io.github.graphdocs.runtime;

import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.graphdocs.runtime.prototype.Attachment;
import io.github.graphdocs.runtime.prototype.Message;
import org.junit.jupiter.api.Test;

/**
 * The properties of a generated class are found as Jackson names them, without its introspection
 * ({@link GeneratedProperties}); any other class, and any mapper that names or matches properties
 * otherwise, is left to Jackson's bean deserializer ({@link PropertyReader#of}).
 */
class GeneratedPropertiesTest {
  @Test
  void aGeneratedClassHasItsPropertiesUnderTheirWireNames() {
    GeneratedProperties message = GeneratedProperties.of(Message.class);
    assertNotNull(message);
    assertNotNull(message.find("subject"));
    assertNotNull(message.find("eTag")); // the getter's @JsonProperty
    assertNull(message.find("etag"));
    assertNotNull(message.find("id")); // declared by a generated base
    assertTrue(message.find("@odata.type").isODataType());
    assertNull(message.find("additionalData"));
  }

  @Test
  void aNameThatIsNotInternedIsFoundToo() {
    GeneratedProperties message = GeneratedProperties.of(Message.class);
    String subject = new String("subject".toCharArray());
    assertEquals("subject", message.find(subject).wireName);
  }

  @Test
  void eachPropertyIsFoundUnderItsOwnName() {
    GeneratedProperties message = GeneratedProperties.of(Message.class);
    for (String name : new String[] {"id", "subject", "body", "importance", "attachments", "isRead", "size",
        "sentDate", "reminder", "eTag", "scores", "sentDates", "createdDateTime", "categories", "@odata.type"}) {
      assertEquals(name, message.find(name).wireName);
    }
    assertNull(message.find("Subject"));
    assertNull(message.find(""));
  }

  @Test
  void aNewInstanceOfAGeneratedClassStartsEmptyUnlessAFieldStartsWithAValue() throws Exception {
    GeneratedProperties message = GeneratedProperties.of(Message.class);
    assertTrue(message.startsEmpty(message.newInstance()));
    GeneratedProperties note = GeneratedProperties.of(io.github.graphdocs.runtime.prototype.Note.class);
    assertEquals(false, note.startsEmpty(note.newInstance()));
  }

  @Test
  void abstractHandWrittenAndHandWrittenSubclassesHaveNone() {
    assertNull(GeneratedProperties.of(Attachment.class));
    assertNull(GeneratedProperties.of(HandwrittenObject.class));
    assertNull(GeneratedProperties.of(ComputedSubjectMessage.class));
  }

  @Test
  void namesAreDerivedAsJacksonDerivesThem() {
    assertEquals("url", GeneratedProperties.mangle("setURL", 3));
    assertEquals("fnumber", GeneratedProperties.mangle("setFNumber", 3));
    assertEquals("subject", GeneratedProperties.mangle("getSubject", 3));
    assertEquals("isRead", GeneratedProperties.mangle("setIsRead", 3));
    assertNull(GeneratedProperties.mangle("set", 3));
  }

  @Test
  void aMapperMatchingNamesCaseInsensitivelyStillDoesSo() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();
    Message m = mapper.readValue(json("{'SUBJECT':'Hi','ETAG':'W/1'}"), Message.class);
    assertEquals("Hi", m.getSubject());
    assertEquals("W/1", m.getETag());
    assertTrue(m.getAdditionalData().isEmpty());
  }

  @Test
  void aMemberNamedAfterTheIgnoredAdditionalDataIsKeptAsAdditionalData() throws Exception {
    Message m = new ObjectMapper().readValue(json("{'additionalData':{'a':1},'subject':'Hi'}"), Message.class);
    assertEquals("Hi", m.getSubject());
    assertEquals(java.util.Map.of("a", 1), m.getAdditionalData().get("additionalData"));
  }
}
