package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The base of every generated enum: an extensible enum, a final class with a constant per documented
 * member, that keeps any other value exactly as read, so that a value the docs do not list is read
 * and written back unchanged. Read only from a JSON string (never from a number or boolean); written
 * as its value. A generated enum {@code E} has a private {@code Members<E>} table that its constants
 * are added to, and a public static {@code fromValue(String)}.
 *
 * @param <E> the generated enum
 */
@JsonSerialize(using = ODataEnum.Writer.class)
@JsonDeserialize(using = ODataEnum.Reader.class)
public abstract class ODataEnum<E extends ODataEnum<E>> {
  private final String value;
  private final Members<E> members;

  /**
   * For generated enums.
   *
   * @param value the wire value
   * @param members the enum's table of documented members
   */
  protected ODataEnum(String value, Members<E> members) {
    this.value = value;
    this.members = members;
  }

  /** The wire value, exactly as read or documented. */
  public final String value() {
    return value;
  }

  /** Whether the docs list this value (letter case ignored). */
  public final boolean isKnown() {
    return members.findIgnoringCase(value) != null;
  }

  /**
   * Whether this value, a flags value that may combine members comma-separated, includes a member.
   *
   * @param member the member
   * @return true when included
   */
  public final boolean has(E member) {
    for (String part : value.split(",")) {
      if (part.trim().equalsIgnoreCase(member.value())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((ODataEnum<?>) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The wire value. */
  @Override
  public final String toString() {
    return value;
  }

  /**
   * The documented members of one enum, in doc order.
   *
   * @param <E> the enum
   */
  public static final class Members<E extends ODataEnum<E>> {
    private final List<E> list = new ArrayList<>();
    private final Map<String, E> byValue = new HashMap<>();
    private final Map<String, E> byLowerCase = new HashMap<>();

    /** A new, empty table, for a generated enum's static initializer. */
    public Members() {}

    /**
     * Adds a documented member (during the enum's static initialization).
     *
     * @param member the member
     * @return the member
     */
    public E add(E member) {
      list.add(member);
      byValue.putIfAbsent(member.value(), member);
      byLowerCase.putIfAbsent(member.value().toLowerCase(Locale.ROOT), member);
      return member;
    }

    /**
     * The documented member of exactly this value.
     *
     * @param value a wire value
     * @return the member, or null
     */
    public @Nullable E find(String value) {
      return byValue.get(value);
    }

    @Nullable E findIgnoringCase(String value) {
      return byLowerCase.get(value.toLowerCase(Locale.ROOT));
    }

    /** The documented members, in doc order (unmodifiable). */
    public List<E> values() {
      return Collections.unmodifiableList(list);
    }
  }

  /** Writes the value as a JSON string. */
  static final class Writer extends StdScalarSerializer<ODataEnum<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unchecked")
    Writer() {
      super((Class<ODataEnum<?>>) (Class<?>) ODataEnum.class);
    }

    @Override
    public void serialize(ODataEnum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.value);
    }
  }

  /** Reads a JSON string through the enum's {@code fromValue}. */
  static final class Reader extends StdScalarDeserializer<Object> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable Method fromValue;
    private final transient Map<String, Object> known;

    Reader() {
      this(ODataEnum.class, null, Map.of());
    }

    private Reader(Class<?> type, @Nullable Method fromValue, Map<String, Object> known) {
      super(type);
      this.fromValue = fromValue;
      this.known = known;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      if (fromValue != null) {
        return this;
      }
      JavaType t = ctxt.getContextualType();
      if (t == null && property != null) {
        t = property.getType();
      }
      if (t == null) {
        return this;
      }
      try {
        Map<String, Object> known = new HashMap<>();
        for (Object member : (List<?>) t.getRawClass().getMethod("values").invoke(null)) {
          known.putIfAbsent(((ODataEnum<?>) member).value(), member);
        }
        Method fromValue = t.getRawClass().getMethod("fromValue", String.class);
        // public already: only spares the access check of each call, which misses its one-entry cache
        // whenever payloads alternate between enums (a module that does not open the package keeps it)
        fromValue.trySetAccessible();
        return new Reader(t.getRawClass(), fromValue, known);
      } catch (ReflectiveOperationException | ClassCastException e) {
        return ctxt.reportBadDefinition(t, t.getRawClass().getName()
            + " is not a generated enum (public static fromValue(String) and values()): " + e);
      }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Method m = fromValue;
      if (m == null) {
        return ctxt.reportBadDefinition(ctxt.constructType(handledType()), "not a generated enum");
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new ODataReadException(p, handledType().getSimpleName() + " takes a string; got "
            + StrictScalarDeserializer.describe(p), handledType());
      }
      String text = p.getText();
      Object member = known.get(text);
      if (member != null) {
        return member;
      }
      try {
        return m.invoke(null, text);
      } catch (IllegalAccessException | InvocationTargetException e) {
        return ctxt.reportBadDefinition(ctxt.constructType(handledType()), "cannot call fromValue: " + e);
      }
    }
  }
}
