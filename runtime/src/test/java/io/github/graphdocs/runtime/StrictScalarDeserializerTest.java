package io.github.graphdocs.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictScalarDeserializerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Object read(EdmScalar kind, String json) throws Exception {
    try (var p = MAPPER.createParser(json)) {
      p.nextToken();
      return StrictScalarDeserializer.of(kind).deserialize(p, MAPPER.getDeserializationContext() == null ? null
          : ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) MAPPER.getDeserializationContext())
              .createInstance(MAPPER.getDeserializationConfig(), p, null));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "STRING|\"x\"|x",
      "BOOLEAN|true|true",
      "BOOLEAN|false|false",
      "INT32|7|7",
      "INT32|-2147483648|-2147483648",
      "INT32|2.0|2",
      "INT32|1e3|1000",
      "INT64|9223372036854775807|9223372036854775807",
      "INT16|-32768|-32768",
      "BYTE|255|255",
      "SBYTE|-128|-128",
      "DOUBLE|1.5|1.5",
      "DOUBLE|3|3.0",
      "DOUBLE|\"NaN\"|NaN",
      "DOUBLE|\"INF\"|Infinity",
      "DOUBLE|\"-INF\"|-Infinity",
      "SINGLE|0.5|0.5",
      "DECIMAL|1.10|1.10",
      "DATE_TIME_OFFSET|\"2020-09-08T12:02:30.667Z\"|2020-09-08T12:02:30.667Z",
      "DATE_TIME_OFFSET|\"2020-09-08T12:02:30.6670000+02:00\"|2020-09-08T12:02:30.667+02:00",
      "DATE|\"2020-09-08\"|2020-09-08",
      "TIME_OF_DAY|\"10:15:30.5\"|10:15:30.500",
      "DURATION|\"P1M\"|P1M",
      "GUID|\"0B6F3A6E-3F1C-4E1B-9A8E-2D8C4B6F1A90\"|0b6f3a6e-3f1c-4e1b-9a8e-2d8c4b6f1a90",
  })
  void valuesOfTheirTypeAreReadExactly(EdmScalar kind, String json, String expected) throws Exception {
    Object v = read(kind, json);
    assertEquals(kind.javaType(), v.getClass());
    assertEquals(expected, v instanceof BigDecimal d ? d.toPlainString() : v.toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "INT32|1.5|not a fraction",
      "INT32|2147483648|in its range",
      "INT32|\"1\"|takes an integer",
      "INT32|true|takes an integer",
      "INT64|9223372036854775808|in its range",
      "INT64|1.5e0|not a fraction",
      "INT16|40000|in its range",
      "BYTE|-1|in its range",
      "BYTE|256|in its range",
      "SBYTE|128|in its range",
      "STRING|1|takes a string",
      "STRING|true|takes a string",
      "STRING|{}|takes a string",
      "STRING|[]|takes a string",
      "BOOLEAN|\"true\"|takes true or false",
      "BOOLEAN|1|takes true or false",
      "DOUBLE|\"1.5\"|takes a number",
      "DOUBLE|1e400|in its range",
      "SINGLE|1e39|in its range",
      "DECIMAL|\"1.5\"|takes a number",
      "DATE_TIME_OFFSET|\"2020-09-08T12:02:30\"|with an offset",
      "DATE_TIME_OFFSET|1599566550|with an offset",
      "DATE_TIME_OFFSET|\"1599566550\"|with an offset",
      "DATE|\"2020-09-08T12:02:30.667Z\"|a date-time is not a date",
      "DATE|0|takes a date",
      "TIME_OF_DAY|\"25:00:00\"|takes a time of day",
      "GUID|\"1-1-1-1-1\"|takes a GUID",
      "BINARY|5|base64",
  })
  void everythingElseIsRejectedWithTheTypeAndWhatWasGiven(EdmScalar kind, String json, String why) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(kind, json));
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertTrue(e.getMessage().startsWith("/: Edm."), e.getMessage());
  }

  @Test
  void javaTypesMapToTheirScalar() {
    assertEquals(EdmScalar.INT32, EdmScalar.forJavaType(Integer.class));
    assertEquals(EdmScalar.DATE, EdmScalar.forJavaType(LocalDate.class));
    assertEquals(EdmScalar.TIME_OF_DAY, EdmScalar.forJavaType(LocalTime.class));
    assertEquals(EdmScalar.DATE_TIME_OFFSET, EdmScalar.forJavaType(OffsetDateTime.class));
    assertEquals(EdmScalar.GUID, EdmScalar.forJavaType(UUID.class));
    assertEquals(null, EdmScalar.forJavaType(Object.class));
  }

  /** The hand-written check accepts exactly what the pattern of OData's Edm.Guid accepts. */
  @Test
  void aGuidIsEightFourFourFourTwelveHexadecimalDigitsNothingElse() {
    java.util.regex.Pattern guid = java.util.regex.Pattern.compile(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    java.util.Random random = new java.util.Random(5);
    String near = "0129afAFgG-_ \u0660\uff10";
    int accepted = 0;
    for (int n = 0; n < 20000; n++) {
      String s = NearMisses.edit(random, new UUID(random.nextLong(), random.nextLong()).toString(), near);
      boolean expected = guid.matcher(s).matches();
      assertEquals(expected, StrictScalarDeserializer.isGuid(s), s);
      accepted += expected ? 1 : 0;
    }
    assertTrue(accepted > 5000 && accepted < 15000, "accepted " + accepted);
  }
}
