package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Writes the OData primitive values whose JSON form Jackson does not give by itself: date-times,
 * dates and times of day as ISO 8601 strings (seconds always written, offsets kept as read, no
 * {@code java.time} module needed), and infinite or NaN floating-point values as the OData strings
 * {@code "INF"}, {@code "-INF"} and {@code "NaN"}.
 */
public final class EdmScalarSerializer extends StdScalarSerializer<Object> {
  private static final long serialVersionUID = 1L;
  private static final EdmScalarSerializer DATE_TIME_OFFSET = new EdmScalarSerializer(EdmScalar.DATE_TIME_OFFSET);
  private static final EdmScalarSerializer DATE = new EdmScalarSerializer(EdmScalar.DATE);
  private static final EdmScalarSerializer TIME_OF_DAY = new EdmScalarSerializer(EdmScalar.TIME_OF_DAY);
  private static final EdmScalarSerializer DOUBLE = new EdmScalarSerializer(EdmScalar.DOUBLE);
  private static final EdmScalarSerializer SINGLE = new EdmScalarSerializer(EdmScalar.SINGLE);

  private final EdmScalar kind;

  private EdmScalarSerializer(EdmScalar kind) {
    super(kind.javaType(), false);
    this.kind = kind;
  }

  /**
   * The writer of one primitive type, or null when Jackson's own writer writes it exactly.
   *
   * @param kind the type
   * @return a shared, stateless writer, or null
   */
  public static @Nullable EdmScalarSerializer of(EdmScalar kind) {
    switch (kind) {
      case DATE_TIME_OFFSET:
        return DATE_TIME_OFFSET;
      case DATE:
        return DATE;
      case TIME_OF_DAY:
        return TIME_OF_DAY;
      case DOUBLE:
        return DOUBLE;
      case SINGLE:
        return SINGLE;
      default:
        return null;
    }
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    switch (kind) {
      case DATE_TIME_OFFSET:
        gen.writeString(IsoDateTimes.format((OffsetDateTime) value));
        break;
      case DATE:
        gen.writeString(IsoDateTimes.format((LocalDate) value));
        break;
      case TIME_OF_DAY:
        gen.writeString(IsoDateTimes.format((LocalTime) value));
        break;
      case SINGLE:
        float f = (Float) value;
        if (Float.isNaN(f) || Float.isInfinite(f)) {
          gen.writeString(special(f));
        } else {
          gen.writeNumber(f);
        }
        break;
      default:
        double d = (Double) value;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          gen.writeString(special(d));
        } else {
          gen.writeNumber(d);
        }
        break;
    }
  }

  private static String special(double d) {
    return Double.isNaN(d) ? "NaN" : d > 0 ? "INF" : "-INF";
  }
}
