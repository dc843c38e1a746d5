package io.github.graphdocs.runtime.prototype;

import static io.github.graphdocs.runtime.prototype.ModelJson.BARE;
import static io.github.graphdocs.runtime.prototype.ModelJson.MODULES;
import static io.github.graphdocs.runtime.prototype.ModelJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value of the wrong kind is rejected, naming its JSON path; nothing is truncated or coerced. */
class StrictnessTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{'size':1.5}|/size: Edm.Int32 takes an integer, not a fraction",
      "{'size':'12'}|/size: Edm.Int32 takes an integer",
      "{'isRead':'true'}|/isRead: Edm.Boolean takes true or false",
      "{'isRead':1}|/isRead: Edm.Boolean takes true or false",
      "{'subject':5}|/subject: Edm.String takes a string",
      "{'subject':true}|/subject: Edm.String takes a string",
      "{'sentDate':'2020-09-08T12:02:30.667Z'}|/sentDate: Edm.Date takes a date such as",
      "{'createdDateTime':1599566550}|/createdDateTime: Edm.DateTimeOffset takes a date-time",
      "{'sentDate':0}|/sentDate: Edm.Date takes a date",
      "{'reminder':'P1.5D'}|/reminder: Edm.Duration takes an xs:duration",
      "{'categories':['a',1]}|/categories/1: Edm.String takes a string",
      "{'categories':'a'}|/categories: a collection takes a JSON array",
      "{'scores':[true]}|/scores/0: Edm.Double takes a number",
      "{'body':{'contentType':1}}|/body/contentType: BodyType takes a string",
      "{'body':'text'}|/body: ItemBody takes a JSON object",
      "{'attachments':[{'size':2.5}]}|/attachments/0/size: Edm.Int32 takes an integer",
      "{'attachments':[{'name':'x','@odata.type':'#microsoft.graph.fileAttachment','size':2.5}]}|/attachments/0/size: Edm.Int32",
      "{'@odata.type':7}|/@odata.type: Edm.String takes a string",
  })
  void aValueOfTheWrongKindIsRejectedWithItsPath(String payload, String message) {
    for (ObjectMapper mapper : new ObjectMapper[] {BARE, MODULES}) {
      JsonMappingException e = assertThrows(JsonMappingException.class,
          () -> mapper.readValue(json(payload), Message.class));
      assertTrue(e.getOriginalMessage().startsWith(message.replace('\'', '"')), e.getOriginalMessage());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"{'size':2.0}|2", "{'size':-1}|-1", "{'size':1e2}|100"})
  void integralNumbersAreIntegersWhateverTheirSpelling(String payload, int expected) throws Exception {
    assertEquals(expected, BARE.readValue(json(payload), Message.class).getSize());
  }
}
