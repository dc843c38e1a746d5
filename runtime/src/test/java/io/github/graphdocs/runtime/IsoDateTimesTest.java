package io.github.graphdocs.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast ISO 8601 path gives exactly what java.time's ISO formatters give, or leaves the text to them. */
class IsoDateTimesTest {

  private static String viaFormatter(String s) {
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toString();
    } catch (DateTimeParseException e) {
      return "rejected";
    }
  }

  private static String viaFastPath(String s) {
    OffsetDateTime fast = IsoDateTimes.parseDateTime(s);
    return fast != null ? fast.toString() : viaFormatter(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-09-08T12:02:30.6670000Z", "2020-09-08T12:02:30Z", "2020-09-08T12:02Z",
      "2020-09-08T12:02:30.1+05:30", "2020-09-08T12:02:30.123456789-11:45", "2020-02-29T00:00:00Z",
      "2021-02-29T00:00:00Z", "2020-09-08T24:00:00Z", "2020-09-08T23:60:00Z", "2020-09-08T23:59:60Z",
      "2020-13-08T00:00:00Z", "2020-09-08T12:02:30", "2020-09-08 12:02:30Z", "2020-09-08t12:02:30Z",
      "2020-09-08T12:02:30z", "2020-09-08T12:02:30+19:00", "2020-09-08T12:02:30+05:30:15",
      "2020-09-08T12:02:30.Z", "2020-09-08T12:02:30.1234567890Z", "+12020-09-08T12:02:30Z", "2020-9-08T12:02:30Z",
      "2020-09-08T12:02:30-00:00", "0000-01-01T00:00:00Z", "2020-09-08T1a:02:30Z"})
  void aDateTimeReadsAsTheIsoFormatterReadsIt(String text) {
    assertEquals(viaFormatter(text), viaFastPath(text));
  }

  @Test
  void randomDateTimesAreReadAndWrittenAsByTheIsoFormatter() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      OffsetDateTime t = OffsetDateTime.of(1 + random.nextInt(9998), 1 + random.nextInt(12), 1 + random.nextInt(28),
          random.nextInt(24), random.nextInt(60), random.nextInt(60),
          random.nextBoolean() ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, random.nextInt(9)),
          java.time.ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 72) * 15 * 60));
      String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
      assertEquals(iso, IsoDateTimes.format(t));
      assertEquals(t, IsoDateTimes.parseDateTime(iso));
      assertEquals(DateTimeFormatter.ISO_LOCAL_DATE.format(t.toLocalDate()), IsoDateTimes.format(t.toLocalDate()));
      assertEquals(DateTimeFormatter.ISO_LOCAL_TIME.format(t.toLocalTime()), IsoDateTimes.format(t.toLocalTime()));
      assertEquals(t.toLocalDate(), IsoDateTimes.parseDate(DateTimeFormatter.ISO_LOCAL_DATE.format(t.toLocalDate())));
      assertEquals(t.toLocalTime(), IsoDateTimes.parseTime(DateTimeFormatter.ISO_LOCAL_TIME.format(t.toLocalTime())));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-02-30", "2020-1-01", "2020-01-01T00:00", "20200101", "2020-01-1a"})
  void whatIsNotAnIsoDateIsNotTakenByTheFastPath(String text) {
    assertEquals(null, IsoDateTimes.parseDate(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "10:60", "10:15:60", "10:15:30.", "10:15:30.1234567890", "1:15"})
  void whatIsNotAnIsoTimeIsNotTakenByTheFastPath(String text) {
    assertEquals(null, IsoDateTimes.parseTime(text));
  }

  @Test
  void datesOutsideFourDigitYearsAreLeftToTheFormatter() {
    assertEquals("+10000-01-01", IsoDateTimes.format(LocalDate.of(10000, 1, 1)));
    assertEquals("10:15:00", IsoDateTimes.format(LocalTime.of(10, 15)));
  }
}
