package io.github.graphdocs.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The OData primitive types a model property can have, each with the Java class that holds it. A
 * value is read exactly as the payload gives it or rejected: no truncation, no coercion between
 * strings, numbers, booleans and dates (see {@link StrictScalarDeserializer}).
 */
public enum EdmScalar {
  STRING(String.class),
  BOOLEAN(Boolean.class),
  BYTE(Short.class),
  SBYTE(Byte.class),
  INT16(Short.class),
  INT32(Integer.class),
  INT64(Long.class),
  SINGLE(Float.class),
  DOUBLE(Double.class),
  DECIMAL(BigDecimal.class),
  DATE_TIME_OFFSET(OffsetDateTime.class),
  DATE(LocalDate.class),
  TIME_OF_DAY(LocalTime.class),
  DURATION(ODataDuration.class),
  GUID(UUID.class),
  BINARY(byte[].class);

  private final Class<?> javaType;

  EdmScalar(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The Java class of a value of this type. */
  public Class<?> javaType() {
    return javaType;
  }

  /**
   * The scalar type a model property of this Java class holds, or null for any other class. Edm.Byte
   * and Edm.Int16 share {@code Short}; this gives {@link #INT16}, which accepts every Edm.Byte value.
   */
  public static @Nullable EdmScalar forJavaType(Class<?> type) {
    if (type == String.class) {
      return STRING;
    } else if (type == Boolean.class || type == boolean.class) {
      return BOOLEAN;
    } else if (type == Integer.class || type == int.class) {
      return INT32;
    } else if (type == Long.class || type == long.class) {
      return INT64;
    } else if (type == Short.class || type == short.class) {
      return INT16;
    } else if (type == Byte.class || type == byte.class) {
      return SBYTE;
    } else if (type == Double.class || type == double.class) {
      return DOUBLE;
    } else if (type == Float.class || type == float.class) {
      return SINGLE;
    } else if (type == BigDecimal.class) {
      return DECIMAL;
    } else if (type == OffsetDateTime.class) {
      return DATE_TIME_OFFSET;
    } else if (type == LocalDate.class) {
      return DATE;
    } else if (type == LocalTime.class) {
      return TIME_OF_DAY;
    } else if (type == ODataDuration.class) {
      return DURATION;
    } else if (type == UUID.class) {
      return GUID;
    } else if (type == byte[].class) {
      return BINARY;
    }
    return null;
  }
}
