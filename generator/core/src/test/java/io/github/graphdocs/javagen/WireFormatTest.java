package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.CompiledModel.complex;
import static io.github.graphdocs.javagen.CompiledModel.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each Edm primitive keeps its wire form through a read and a write with a plain ObjectMapper. */
class WireFormatTest {
  private static final String T = "microsoft.graph.allTypes";
  private static CompiledModel model;

  @BeforeAll
  static void compile() {
    model = CompiledModel.of(complex(T,
        prop("dateTime", "Edm.DateTimeOffset"), prop("dateTimes", "Collection(Edm.DateTimeOffset)"),
        prop("date", "Edm.Date"), prop("time", "Edm.TimeOfDay"), prop("duration", "Edm.Duration"),
        prop("guid", "Edm.Guid"), prop("binary", "Edm.Binary"), prop("int64", "Edm.Int64"), prop("decimal", "Edm.Decimal"),
        prop("dbl", "Edm.Double"), prop("flag", "Edm.Boolean"), prop("any", "Edm.Untyped"), prop("json", "microsoft.graph.Json"),
        prop("dates", "Collection(Edm.Date)")),
        complex("microsoft.graph.Json"));
  }

  private static void assertRoundTrip(String json) throws Exception {
    assertEquals(model.mapper.readTree(json), model.roundTrip(json, T));
  }

  @Test
  void dateTimeOffsetKeepsItsOffsetAndIsAString() throws Exception {
    assertRoundTrip("{\"dateTime\":\"2021-06-01T08:30:00-07:00\"}");
  }

  @Test
  void collectionOfDateTimesIsWrittenAsStrings() throws Exception {
    assertRoundTrip("{\"dateTimes\":[\"2021-06-01T08:30:00Z\",\"2021-06-02T08:30:00+05:30\"]}");
  }

  @Test
  void dateTimeOfDayAndDurationAreStrings() throws Exception {
    assertRoundTrip("{\"date\":\"2021-06-01\",\"dates\":[\"2021-06-02\"],\"time\":\"08:30:15\",\"duration\":\"PT1H30M\"}");
  }

  @Test
  void guidBinaryInt64AndDecimalKeepTheirValues() throws Exception {
    assertRoundTrip("{\"guid\":\"0d3e1f2a-1111-2222-3333-444455556666\",\"binary\":\"aGVsbG8=\","
        + "\"int64\":9007199254740993,\"decimal\":12345678901234567890.123456789,\"dbl\":0.5,\"flag\":false}");
  }

  @Test
  void untypedAndFreeFormJsonPropertiesHoldAnyJsonValue() throws Exception {
    assertRoundTrip("{\"any\":[1,\"a\",{\"b\":null}],\"json\":\"just a string\"}");
    assertRoundTrip("{\"json\":[[1,2],[3,4]]}");
  }

  @Test
  void freeFormJsonTypeIsANodeNotAClass() throws Exception {
    assertSame(JsonNode.class, model.type(T).getMethod("getJson").getReturnType());
  }
}
