package io.github.graphdocs.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ODataDurationTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"P1M", "P1Y2M", "P90D", "PT2160H", "-PT1.5S", "P1Y2M3DT4H5M6.789S", "PT0S", "P0D",
      "PT36H", "PT0.0000001S", "P10675199DT2H48M5.4775807S"})
  void theLexicalFormIsReadAndWrittenBackExactly(String lexical) throws Exception {
    String json = "\"" + lexical + "\"";
    ODataDuration d = MAPPER.readValue(json, ODataDuration.class);
    assertEquals(lexical, d.toString());
    assertEquals(json, MAPPER.writeValueAsString(d));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P", "PT", "1D", "P1S", "PT1D", "P1.5D", "P-1D", "PT1.S", "P1DT", " P1D", "p1d"})
  void whatIsNotAnXsDurationIsRejected(String text) {
    assertThrows(DateTimeParseException.class, () -> ODataDuration.parse(text));
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue("\"" + text + "\"", ODataDuration.class));
    assertTrue(e.getMessage().contains("Edm.Duration takes an xs:duration"), e.getMessage());
  }

  @Test
  void aNumberIsNotADuration() {
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("90", ODataDuration.class));
  }

  @Test
  void componentsAreGivenAsWritten() {
    ODataDuration d = ODataDuration.parse("-P1Y2M3DT4H5M6.5S");
    assertTrue(d.isNegative());
    assertEquals(BigInteger.ONE, d.getYears());
    assertEquals(BigInteger.TWO, d.getMonths());
    assertEquals(BigInteger.valueOf(3), d.getDays());
    assertEquals(BigInteger.valueOf(4), d.getHours());
    assertEquals(BigInteger.valueOf(5), d.getMinutes());
    assertEquals(new BigDecimal("6.5"), d.getSeconds());
  }

  @Test
  void daysAndTimesConvertToJavaDurations() {
    assertEquals(Duration.ofDays(90), ODataDuration.parse("P90D").toDuration());
    assertEquals(Duration.ofMillis(-1500), ODataDuration.parse("-PT1.5S").toDuration());
    assertEquals(Duration.ofNanos(100), ODataDuration.parse("PT0.0000001S").toDuration());
    assertThrows(ArithmeticException.class, () -> ODataDuration.parse("P1M").toDuration());
    assertThrows(ArithmeticException.class, () -> ODataDuration.parse("PT0.0000000001S").toDuration());
  }

  @Test
  void yearsMonthsAndDaysConvertToPeriods() {
    assertEquals(Period.of(1, 2, 0), ODataDuration.parse("P1Y2M").toPeriod());
    assertEquals(Period.ofMonths(-1), ODataDuration.parse("-P1M").toPeriod());
    assertThrows(ArithmeticException.class, () -> ODataDuration.parse("P1DT1H").toPeriod());
  }

  @Test
  void javaTimeValuesGiveXsDurations() {
    assertEquals("PT36H0.5S", ODataDuration.of(Duration.ofHours(36).plusMillis(500)).toString());
    assertEquals("-PT1M", ODataDuration.of(Duration.ofMinutes(-1)).toString());
    assertEquals("PT0S", ODataDuration.of(Duration.ZERO).toString());
    assertEquals("P1Y2M3D", ODataDuration.of(Period.of(1, 2, 3)).toString());
    assertEquals("-P1M", ODataDuration.of(Period.ofMonths(-1)).toString());
    assertEquals("P0D", ODataDuration.of(Period.ZERO).toString());
    assertThrows(IllegalArgumentException.class, () -> ODataDuration.of(Period.of(1, -2, 0)));
  }

  @Test
  void equalityIsThatOfXsDuration() {
    assertEquals(ODataDuration.parse("P1D"), ODataDuration.parse("PT24H"));
    assertEquals(ODataDuration.parse("P1D").hashCode(), ODataDuration.parse("PT24H").hashCode());
    assertEquals(ODataDuration.parse("P1Y"), ODataDuration.parse("P12M"));
    assertEquals(ODataDuration.parse("PT1.50S"), ODataDuration.parse("PT1.5S"));
    assertNotEquals(ODataDuration.parse("P1M"), ODataDuration.parse("P30D"));
    assertNotEquals(ODataDuration.parse("PT1S"), ODataDuration.parse("-PT1S"));
  }
}
