package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads one OData primitive value exactly as the payload gives it, or rejects it: an integer type
 * takes only integers in its range ({@code 1.5} is not an Edm.Int32, {@code 2.0} is 2), a string only a
 * JSON string, a boolean only {@code true} or {@code false}, a date only {@code yyyy-mm-dd} (a date-time
 * is rejected, not cut), a date-time only an ISO 8601 date-time with its offset. Floating-point types
 * also take the OData strings {@code "NaN"}, {@code "INF"} and {@code "-INF"}. Each rejection is a
 * {@link ODataReadException} whose message starts with the JSON pointer of the value (such as
 * {@code /attachments/0/size}).
 */
public final class StrictScalarDeserializer extends StdScalarDeserializer<Object> {
  private static final long serialVersionUID = 1L;
  private static final Map<EdmScalar, StrictScalarDeserializer> INSTANCES = new EnumMap<>(EdmScalar.class);

  static {
    for (EdmScalar kind : EdmScalar.values()) {
      INSTANCES.put(kind, new StrictScalarDeserializer(kind));
    }
  }

  private final EdmScalar kind;

  private StrictScalarDeserializer(EdmScalar kind) {
    super(kind.javaType());
    this.kind = kind;
  }

  /**
   * The reader of one primitive type.
   *
   * @param kind the type
   * @return a shared, stateless reader
   */
  public static StrictScalarDeserializer of(EdmScalar kind) {
    return INSTANCES.get(kind);
  }

  /** The primitive type this reader reads. */
  public EdmScalar kind() {
    return kind;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    switch (kind) {
      case STRING:
        if (t == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        break;
      case BOOLEAN:
        if (t == JsonToken.VALUE_TRUE) {
          return Boolean.TRUE;
        } else if (t == JsonToken.VALUE_FALSE) {
          return Boolean.FALSE;
        }
        break;
      case BYTE:
      case SBYTE:
      case INT16:
      case INT32:
      case INT64:
        return integer(p, ctxt, t);
      case SINGLE:
      case DOUBLE:
        return floating(p, ctxt, t);
      case DECIMAL:
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          return p.getDecimalValue();
        }
        break;
      case BINARY:
        if (t == JsonToken.VALUE_STRING) {
          return binary(p, ctxt.getBase64Variant());
        } else if (t == JsonToken.VALUE_EMBEDDED_OBJECT && p.getEmbeddedObject() instanceof byte[] bytes) {
          return bytes;
        }
        break;
      default:
        if (t == JsonToken.VALUE_STRING) {
          return text(p, ctxt, p.getText());
        }
    }
    return reject(p, ctxt, "takes " + expected());
  }

  /**
   * With Jackson's default variant, padded standard base64 decoded by {@link PaddedBase64}; any other
   * text, and every other variant, decoded (or rejected) by Jackson.
   */
  private static byte[] binary(JsonParser p, Base64Variant variant) throws IOException {
    if (variant == Base64Variants.MIME_NO_LINEFEEDS) {
      byte[] bytes = PaddedBase64.decode(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (bytes != null) {
        return bytes;
      }
    }
    return p.getBinaryValue(variant);
  }

  private Object text(JsonParser p, DeserializationContext ctxt, String s) throws IOException {
    try {
      switch (kind) {
        case DATE_TIME_OFFSET:
          OffsetDateTime fast = IsoDateTimes.parseDateTime(s);
          return fast != null ? fast : OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        case DATE:
          LocalDate date = IsoDateTimes.parseDate(s);
          return date != null ? date : LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        case TIME_OF_DAY:
          LocalTime time = IsoDateTimes.parseTime(s);
          return time != null ? time : LocalTime.parse(s, DateTimeFormatter.ISO_LOCAL_TIME);
        case DURATION:
          return ODataDuration.parse(s);
        case GUID:
          if (isGuid(s)) {
            return UUID.fromString(s);
          }
          break;
        default:
          break;
      }
    } catch (DateTimeParseException e) {
      // rejected below
    }
    String hint = kind == EdmScalar.DATE && s.indexOf('T') > 0 ? " (a date-time is not a date)" : "";
    return reject(p, ctxt, "takes " + expected() + hint);
  }

  /** Whether the text is 8-4-4-4-12 hexadecimal digits, as OData writes an Edm.Guid. */
  static boolean isGuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
          : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private Object integer(JsonParser p, DeserializationContext ctxt, JsonToken t) throws IOException {
    BigInteger value;
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        long v;
        try {
          v = p.getLongValue();
        } catch (InputCoercionException e) {
          return reject(p, ctxt, "takes " + expected() + " in its range");
        }
        return ranged(p, ctxt, v);
      }
      value = p.getBigIntegerValue();
    } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = p.getDecimalValue();
      if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
        return reject(p, ctxt, "takes " + expected() + ", not a fraction");
      }
      value = d.toBigInteger();
    } else {
      return reject(p, ctxt, "takes " + expected());
    }
    if (value.bitLength() > 63) {
      return reject(p, ctxt, "takes " + expected() + " in its range");
    }
    return ranged(p, ctxt, value.longValue());
  }

  private Object ranged(JsonParser p, DeserializationContext ctxt, long v) throws IOException {
    switch (kind) {
      case INT64:
        return v;
      case INT32:
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
          return (int) v;
        }
        break;
      case INT16:
        if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
          return (short) v;
        }
        break;
      case BYTE:
        if (v >= 0 && v <= 255) {
          return (short) v;
        }
        break;
      default:
        if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
          return (byte) v;
        }
        break;
    }
    return reject(p, ctxt, "takes " + expected() + " in its range");
  }

  private Object floating(JsonParser p, DeserializationContext ctxt, JsonToken t) throws IOException {
    double d;
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      d = p.getDoubleValue();
      if (Double.isInfinite(d) || (kind == EdmScalar.SINGLE && Float.isInfinite((float) d))) {
        return reject(p, ctxt, "takes " + expected() + " in its range");
      }
    } else if (t == JsonToken.VALUE_STRING && p.getText().equals("NaN")) {
      d = Double.NaN;
    } else if (t == JsonToken.VALUE_STRING && p.getText().equals("INF")) {
      d = Double.POSITIVE_INFINITY;
    } else if (t == JsonToken.VALUE_STRING && p.getText().equals("-INF")) {
      d = Double.NEGATIVE_INFINITY;
    } else {
      return reject(p, ctxt, "takes " + expected());
    }
    if (kind == EdmScalar.SINGLE) {
      return Float.valueOf((float) d);
    }
    return Double.valueOf(d);
  }

  private String expected() {
    switch (kind) {
      case STRING:
        return "a string";
      case BOOLEAN:
        return "true or false";
      case BYTE:
      case SBYTE:
      case INT16:
      case INT32:
      case INT64:
        return "an integer";
      case SINGLE:
      case DOUBLE:
        return "a number (or \"NaN\", \"INF\", \"-INF\")";
      case DECIMAL:
        return "a number";
      case DATE_TIME_OFFSET:
        return "a date-time with an offset such as \"2024-05-01T10:15:30Z\"";
      case DATE:
        return "a date such as \"2024-05-01\"";
      case TIME_OF_DAY:
        return "a time of day such as \"10:15:30\"";
      case DURATION:
        return "an xs:duration such as \"P1M\" or \"PT1.5S\"";
      case GUID:
        return "a GUID such as \"0b6f3a6e-3f1c-4e1b-9a8e-2d8c4b6f1a90\"";
      default:
        return "a base64 string";
    }
  }

  private Object reject(JsonParser p, DeserializationContext ctxt, String what) throws IOException {
    throw new ODataReadException(p, "Edm." + edmName() + " " + what + "; got " + describe(p), kind.javaType());
  }

  private String edmName() {
    String name = kind.name();
    switch (kind) {
      case DATE_TIME_OFFSET:
        return "DateTimeOffset";
      case TIME_OF_DAY:
        return "TimeOfDay";
      case SBYTE:
        return "SByte";
      default:
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("_")) {
          sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }
  }

  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case VALUE_STRING:
        String s = p.getText();
        return "the string \"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + p.getText();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "the boolean " + p.getText();
      case START_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }
}
