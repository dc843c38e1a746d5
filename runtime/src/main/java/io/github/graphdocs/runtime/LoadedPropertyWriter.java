package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.PropertySerializerMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * The writer of a property of a model class whose value is loaded without a reflective getter call: a
 * generated getter only returns its field, which is loaded instead ({@link BackingFields});
 * {@link ODataObject#getODataType} is called directly. Everything else is Jackson's
 * {@link BeanPropertyWriter#serializeAsField}; any other getter is called by Jackson's writer.
 */
final class LoadedPropertyWriter extends BeanPropertyWriter {
  private static final long serialVersionUID = 1L;
  private static final Method GET_ODATA_TYPE = BackingFields.odataObjectMethod("getODataType");

  /** Null after Java deserialization, and for {@code @odata.type}. */
  private final transient @Nullable Field field;
  private final boolean odataType;

  private LoadedPropertyWriter(BeanPropertyWriter base, @Nullable Field field, boolean odataType) {
    super(base);
    this.field = field;
    this.odataType = odataType;
  }

  /**
   * The writer to use for a property.
   *
   * @param base the writer Jackson made
   * @param getter its getter
   * @return a writer loading the value, or {@code base} when the getter must be called
   */
  static BeanPropertyWriter of(BeanPropertyWriter base, Method getter) {
    if (getter.equals(GET_ODATA_TYPE)) {
      return new LoadedPropertyWriter(base, null, true);
    }
    Field f = BackingFields.of(getter);
    return f == null ? base : new LoadedPropertyWriter(base, f, false);
  }

  /** The field {@link #load} loads, or null ({@code @odata.type}, or after Java deserialization). */
  @Nullable Field field() {
    return field;
  }

  /** Whether {@link #load} gives {@link ODataObject#getODataType}. */
  boolean loadsODataType() {
    return odataType;
  }

  /** Whether {@link #load} gives the value (false after Java deserialization: the getter is called). */
  boolean loads() {
    return field != null || odataType;
  }

  /**
   * The property's value, loaded from its field (or {@code @odata.type} got directly).
   *
   * @param bean the object written; only when {@link #loads}
   * @return the value, null when absent
   */
  @Nullable Object load(Object bean) throws IllegalAccessException {
    Field f = field;
    return f != null ? f.get(bean) : ((ODataObject) bean).getODataType();
  }

  @Override
  public @Nullable Object get(Object bean) throws Exception {
    return loads() ? load(bean) : super.get(bean);
  }

  /** As {@link BeanPropertyWriter#serializeAsField} (jackson-databind 2.22), the value loaded by {@link #load}. */
  @Override
  public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
    if (!loads()) { // after Java deserialization
      super.serializeAsField(bean, gen, prov);
      return;
    }
    Object value = load(bean);
    if (value == null) {
      if (_suppressableValue != null && prov.includeFilterSuppressNulls(_suppressableValue)) {
        return;
      }
      if (_nullSerializer != null) {
        gen.writeFieldName(_name);
        _nullSerializer.serialize(null, gen, prov);
      }
      return;
    }
    serializeLoaded(bean, value, gen, prov);
  }

  /**
   * The second half of {@link #serializeAsField}: a value already loaded, not null.
   *
   * @param bean the object written
   * @param value what {@link #load} gave for it
   * @param gen the generator
   * @param prov the provider
   */
  void serializeLoaded(Object bean, Object value, JsonGenerator gen, SerializerProvider prov) throws Exception {
    JsonSerializer<Object> ser = _serializer;
    if (ser == null) {
      Class<?> cls = value.getClass();
      PropertySerializerMap m = _dynamicSerializers;
      ser = m.serializerFor(cls);
      if (ser == null) {
        ser = _findAndAddDynamic(m, cls, prov);
      }
    }
    if (_suppressableValue != null) {
      if (MARKER_FOR_EMPTY == _suppressableValue) {
        if (ser.isEmpty(prov, value)) {
          return;
        }
      } else if (_suppressableValue.equals(value)) {
        return;
      }
    }
    if (value == bean && _handleSelfReference(bean, gen, prov, ser)) {
      return;
    }
    gen.writeFieldName(_name);
    if (_typeSerializer == null) {
      ser.serialize(value, gen, prov);
    } else {
      ser.serializeWithType(value, gen, prov, _typeSerializer);
    }
  }
}
