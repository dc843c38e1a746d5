package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An {@code Edm.Duration} value: an xs:duration such as {@code P1M}, {@code P1Y2M}, {@code P90D} or
 * {@code -PT1.5S}, kept in the lexical form it was read or made with (written back exactly), with its
 * components and conversions to {@code java.time} on request. Immutable.
 *
 * <p>Two durations are equal when they have the same number of months and the same number of seconds
 * (the xs:duration equality: {@code P1D} equals {@code PT24H}, {@code P1M} does not equal {@code P30D}).
 */
@JsonSerialize(using = ODataDuration.Writer.class)
@JsonDeserialize(using = ODataDuration.Reader.class)
public final class ODataDuration {
  private static final Pattern LEXICAL = Pattern.compile(
      "(-)?P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:\\.(\\d+))?S)?)?");
  private static final BigInteger SECONDS_PER_DAY = BigInteger.valueOf(86_400);

  private final String lexical;
  private final boolean negative;
  private final BigInteger years;
  private final BigInteger months;
  private final BigInteger days;
  private final BigInteger hours;
  private final BigInteger minutes;
  private final BigDecimal seconds;

  private ODataDuration(String lexical, Matcher m) {
    this.lexical = lexical;
    this.negative = m.group(1) != null;
    this.years = integer(m.group(2));
    this.months = integer(m.group(3));
    this.days = integer(m.group(4));
    this.hours = integer(m.group(5));
    this.minutes = integer(m.group(6));
    this.seconds = m.group(7) == null ? BigDecimal.ZERO
        : new BigDecimal(m.group(8) == null ? m.group(7) : m.group(7) + "." + m.group(8));
  }

  private static BigInteger integer(@Nullable String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits);
  }

  /**
   * Reads an xs:duration.
   *
   * @param text such as {@code P1Y2M}, {@code PT2160H} or {@code -P3DT0.25S}
   * @return the duration, keeping {@code text} as its lexical form
   * @throws DateTimeParseException when {@code text} is not an xs:duration
   */
  public static ODataDuration parse(CharSequence text) {
    String s = text.toString();
    Matcher m = LEXICAL.matcher(s);
    boolean matches = m.matches();
    if (!matches || s.endsWith("P") || s.endsWith("T")) {
      throw new DateTimeParseException("not an xs:duration (such as P1M, P90D or PT1.5S): " + s, s, 0);
    }
    return new ODataDuration(s, m);
  }

  /**
   * The duration of a {@code java.time.Duration}, in hours, minutes and seconds ({@code PT36H1.5S}).
   *
   * @param duration the duration
   * @return the same length of time
   */
  public static ODataDuration of(Duration duration) {
    Duration abs = duration.abs();
    StringBuilder s = new StringBuilder(duration.isNegative() ? "-PT" : "PT");
    long hours = abs.toHours();
    int minutes = abs.toMinutesPart();
    BigDecimal secs = BigDecimal.valueOf(abs.toSecondsPart()).add(BigDecimal.valueOf(abs.toNanosPart(), 9))
        .stripTrailingZeros();
    if (hours != 0) {
      s.append(hours).append('H');
    }
    if (minutes != 0) {
      s.append(minutes).append('M');
    }
    if (secs.signum() != 0 || (hours == 0 && minutes == 0)) {
      s.append(secs.toPlainString()).append('S');
    }
    return parse(s);
  }

  /**
   * The duration of a {@code java.time.Period} ({@code P1Y2M3D}).
   *
   * @param period the period
   * @return the same years, months and days
   * @throws IllegalArgumentException when the period mixes positive and negative parts, which an
   *     xs:duration cannot hold
   */
  public static ODataDuration of(Period period) {
    boolean negative = period.isNegative();
    Period abs = negative ? period.negated() : period;
    if (abs.getYears() < 0 || abs.getMonths() < 0 || abs.getDays() < 0) {
      throw new IllegalArgumentException("an xs:duration cannot mix positive and negative parts: " + period);
    }
    String text = abs.isZero() ? "P0D" : abs.toString();
    return parse(negative ? "-" + text : text);
  }

  /** Whether this duration is negative (written with a leading {@code -}). */
  public boolean isNegative() {
    return negative;
  }

  /** The years component, as written. */
  public BigInteger getYears() {
    return years;
  }

  /** The months component, as written. */
  public BigInteger getMonths() {
    return months;
  }

  /** The days component, as written. */
  public BigInteger getDays() {
    return days;
  }

  /** The hours component, as written. */
  public BigInteger getHours() {
    return hours;
  }

  /** The minutes component, as written. */
  public BigInteger getMinutes() {
    return minutes;
  }

  /** The seconds component with its fraction, as written. */
  public BigDecimal getSeconds() {
    return seconds;
  }

  /** Whether the duration has a years or months part, whose length in seconds is not fixed. */
  public boolean hasYearsOrMonths() {
    return years.signum() != 0 || months.signum() != 0;
  }

  /**
   * The same length of time as a {@code java.time.Duration} (a day counted as 24 hours).
   *
   * @return the exact duration
   * @throws ArithmeticException when it has years or months, or a fraction finer than nanoseconds, or
   *     does not fit
   */
  public Duration toDuration() {
    if (hasYearsOrMonths()) {
      throw new ArithmeticException(lexical + " has years or months, which have no fixed length; use toPeriod()");
    }
    BigDecimal total = new BigDecimal(totalSeconds());
    total = total.add(seconds);
    if (total.stripTrailingZeros().scale() > 9) {
      throw new ArithmeticException(lexical + " is finer than a nanosecond");
    }
    BigInteger nanos = total.movePointRight(9).toBigIntegerExact();
    BigInteger[] parts = nanos.divideAndRemainder(BigInteger.valueOf(1_000_000_000));
    Duration d = Duration.ofSeconds(parts[0].longValueExact(), parts[1].longValueExact());
    return negative ? d.negated() : d;
  }

  private BigInteger totalSeconds() {
    return days.multiply(SECONDS_PER_DAY)
        .add(hours.multiply(BigInteger.valueOf(3600)))
        .add(minutes.multiply(BigInteger.valueOf(60)));
  }

  /**
   * The years, months and days as a {@code java.time.Period}.
   *
   * @return the exact period
   * @throws ArithmeticException when it has hours, minutes or seconds, or a part does not fit an int
   */
  public Period toPeriod() {
    if (hours.signum() != 0 || minutes.signum() != 0 || seconds.signum() != 0) {
      throw new ArithmeticException(lexical + " has a time part; use toDuration()");
    }
    Period p = Period.of(years.intValueExact(), months.intValueExact(), days.intValueExact());
    return negative ? p.negated() : p;
  }

  private BigInteger signedMonths() {
    BigInteger m = years.multiply(BigInteger.valueOf(12)).add(months);
    return negative ? m.negate() : m;
  }

  private BigDecimal signedSeconds() {
    BigDecimal s = new BigDecimal(totalSeconds()).add(seconds).stripTrailingZeros();
    return negative ? s.negate() : s;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ODataDuration other && signedMonths().equals(other.signedMonths())
        && signedSeconds().compareTo(other.signedSeconds()) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * signedMonths().hashCode() + signedSeconds().hashCode();
  }

  /** The lexical form, exactly as read or made: what is written to JSON. */
  @Override
  public String toString() {
    return lexical;
  }

  /** Writes the lexical form as a JSON string. */
  static final class Writer extends StdScalarSerializer<ODataDuration> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(ODataDuration.class);
    }

    @Override
    public void serialize(ODataDuration value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.lexical);
    }
  }

  /** Reads a JSON string holding an xs:duration, and nothing else. */
  static final class Reader extends StdScalarDeserializer<ODataDuration> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(ODataDuration.class);
    }

    @Override
    public ODataDuration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return (ODataDuration) StrictScalarDeserializer.of(EdmScalar.DURATION).deserialize(p, ctxt);
    }
  }
}
