package io.github.graphdocs.runtime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Fast, strict reading and writing of the ISO 8601 forms payloads use ({@code 2024-05-01T10:15:30.1234567Z},
 * {@code 2024-05-01}, {@code 10:15:30}): the same values {@code DateTimeFormatter}'s ISO formats give
 * and accept, without their general machinery, which dominates the time to read a payload. A text
 * this parser does not take is left to the {@code DateTimeFormatter}, which accepts or rejects it.
 */
final class IsoDateTimes {
  private IsoDateTimes() {}

  /** {@code uuuu-MM-ddTHH:mm[:ss[.f{1,9}]](Z|±HH:MM)}, or null to let the formatter decide. */
  static @Nullable OffsetDateTime parseDateTime(String s) {
    int n = s.length();
    if (n < 17 || s.charAt(10) != 'T') {
      return null;
    }
    LocalDate date = parseDate(s, 0);
    if (date == null) {
      return null;
    }
    int end = n;
    ZoneOffset offset;
    if (s.charAt(n - 1) == 'Z') {
      offset = ZoneOffset.UTC;
      end = n - 1;
    } else {
      if (n < 22) {
        return null;
      }
      char sign = s.charAt(n - 6);
      int h = two(s, n - 5);
      int m = two(s, n - 2);
      if ((sign != '+' && sign != '-') || s.charAt(n - 3) != ':' || h < 0 || m < 0 || h > 18 || m > 59) {
        return null;
      }
      int total = h * 3600 + m * 60;
      if (total > 18 * 3600) {
        return null;
      }
      offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
      end = n - 6;
    }
    LocalTime time = parseTime(s, 11, end);
    return time == null ? null : OffsetDateTime.of(date, time, offset);
  }

  /** {@code uuuu-MM-dd} exactly, or null. */
  static @Nullable LocalDate parseDate(String s) {
    return s.length() == 10 ? parseDate(s, 0) : null;
  }

  /** {@code HH:mm[:ss[.f{1,9}]]} exactly, or null. */
  static @Nullable LocalTime parseTime(String s) {
    return parseTime(s, 0, s.length());
  }

  private static @Nullable LocalDate parseDate(String s, int at) {
    int y = four(s, at);
    int mo = two(s, at + 5);
    int d = two(s, at + 8);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
      return null;
    }
    if (d > 28 && d > java.time.YearMonth.of(y, mo).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, mo, d);
  }

  private static @Nullable LocalTime parseTime(String s, int at, int end) {
    int len = end - at;
    if (len != 5 && len < 8) {
      return null;
    }
    int h = two(s, at);
    int m = two(s, at + 3);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s.charAt(at + 2) != ':') {
      return null;
    }
    if (len == 5) {
      return LocalTime.of(h, m);
    }
    int sec = two(s, at + 6);
    if (s.charAt(at + 5) != ':' || sec < 0 || sec > 59) {
      return null;
    }
    int nano = 0;
    if (len > 8) {
      int digits = len - 9;
      if (s.charAt(at + 8) != '.' || digits < 1 || digits > 9) {
        return null;
      }
      for (int i = 0; i < 9; i++) {
        int c = i < digits ? s.charAt(at + 9 + i) - '0' : 0;
        if (c < 0 || c > 9) {
          return null;
        }
        nano = nano * 10 + c;
      }
    }
    return LocalTime.of(h, m, sec, nano);
  }

  private static int two(String s, int at) {
    if (at < 0 || at + 2 > s.length()) {
      return -1;
    }
    int a = s.charAt(at) - '0';
    int b = s.charAt(at + 1) - '0';
    return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
  }

  private static int four(String s, int at) {
    int a = two(s, at);
    int b = two(s, at + 2);
    return a < 0 || b < 0 ? -1 : a * 100 + b;
  }

  /** As {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} formats it. */
  static String format(OffsetDateTime t) {
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    StringBuilder sb = new StringBuilder(35);
    appendDate(sb, t.toLocalDate());
    sb.append('T');
    appendTime(sb, t.toLocalTime());
    ZoneOffset offset = t.getOffset();
    if (offset.getTotalSeconds() % 60 != 0) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    return sb.append(offset.getId()).toString();
  }

  /** As {@code DateTimeFormatter.ISO_LOCAL_DATE} formats it. */
  static String format(LocalDate d) {
    if (d.getYear() < 0 || d.getYear() > 9999) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(d);
    }
    StringBuilder sb = new StringBuilder(10);
    appendDate(sb, d);
    return sb.toString();
  }

  /** As {@code DateTimeFormatter.ISO_LOCAL_TIME} formats it. */
  static String format(LocalTime t) {
    StringBuilder sb = new StringBuilder(18);
    appendTime(sb, t);
    return sb.toString();
  }

  private static void appendDate(StringBuilder sb, LocalDate d) {
    int y = d.getYear();
    sb.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10)).append((char) ('0' + y / 10 % 10))
        .append((char) ('0' + y % 10)).append('-');
    pad(sb, d.getMonthValue()).append('-');
    pad(sb, d.getDayOfMonth());
  }

  private static void appendTime(StringBuilder sb, LocalTime t) {
    pad(sb, t.getHour()).append(':');
    pad(sb, t.getMinute()).append(':');
    pad(sb, t.getSecond());
    int nano = t.getNano();
    if (nano != 0) {
      // as ISO_LOCAL_TIME: the fewest digits that hold the value
      String digits = Integer.toString(1_000_000_000 + nano).substring(1);
      int last = digits.length();
      while (digits.charAt(last - 1) == '0') {
        last--;
      }
      sb.append('.').append(digits, 0, last);
    }
  }

  private static StringBuilder pad(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
