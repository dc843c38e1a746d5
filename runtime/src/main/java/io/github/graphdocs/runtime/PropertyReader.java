package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.DeserializationConfig;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Reads a payload's members into a class of the generated shape ({@link GeneratedProperties}), as
 * Jackson's bean deserializer built with {@link ODataPropertyRules} reads them, without building
 * one: each member's value is read by the deserializer Jackson finds for the property's type (found
 * on first use, so only the types a payload reaches are looked up), OData primitive values by
 * {@link StrictScalarDeserializer}; the value is stored in the property's field and recorded with
 * {@link ODataObject#changed} (so explicit nulls are kept), a {@link SingleOrCollection} property
 * takes a single value too, and every other member goes to {@link ODataObject#setAdditionalData}.
 * A problem is reported with the member's path, as Jackson reports it. One instance per class and
 * {@code ObjectMapper}.
 */
final class PropertyReader implements MemberReader {
  private final GeneratedProperties properties;
  private final AtomicReferenceArray<JsonDeserializer<Object>> values;
  private final AtomicReferenceArray<JsonDeserializer<Object>> items;
  private volatile @Nullable JsonDeserializer<Object> additional;
  private volatile @Nullable KeyDeserializer keys;

  private PropertyReader(GeneratedProperties properties) {
    this.properties = properties;
    this.values = new AtomicReferenceArray<>(properties.count());
    this.items = new AtomicReferenceArray<>(properties.count());
  }

  /**
   * The reader of a class, when it has the generated shape and the mapper reads beans as Jackson does
   * by default (no mix-in, naming strategy, case-insensitive names, setter defaults or active view).
   *
   * @param type the concrete class
   * @param ctxt the context, of the mapper that reads
   * @return the reader, or null when Jackson's bean deserializer must read the class
   */
  static @Nullable PropertyReader of(Class<?> type, DeserializationContext ctxt) {
    DeserializationConfig config = ctxt.getConfig();
    if (config.getPropertyNamingStrategy() != null || config.isEnabled(MapperFeature.USE_STD_BEAN_NAMING)
        || config.isEnabled(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        || config.getActiveView() != null || config.mixInCount() > 0
        || !config.getDefaultSetterInfo().equals(com.fasterxml.jackson.annotation.JsonSetter.Value.empty())) {
      return null;
    }
    GeneratedProperties properties = GeneratedProperties.of(type);
    return properties == null ? null : new PropertyReader(properties);
  }

  @Override
  public ODataObject create(DeserializationContext ctxt) throws IOException {
    try {
      ODataObject value = properties.newInstance();
      if (properties.startsEmpty(value)) {
        value.startStoring(properties.count());
      }
      return value;
    } catch (InvocationTargetException e) {
      return (ODataObject) ctxt.handleInstantiationProblem(properties.type(), null, e.getCause());
    } catch (ReflectiveOperationException e) {
      return (ODataObject) ctxt.handleInstantiationProblem(properties.type(), null, e);
    }
  }

  /** As Jackson's {@code BeanDeserializer.deserialize(p, ctxt, bean)} for a bean of plain properties. */
  @Override
  public void read(JsonParser p, DeserializationContext ctxt, ODataObject value) throws IOException {
    p.assignCurrentValue(value);
    String name;
    if (p.isExpectedStartObjectToken()) {
      name = p.nextFieldName();
      if (name == null) {
        return;
      }
    } else if (p.hasToken(JsonToken.FIELD_NAME)) {
      name = p.currentName();
    } else {
      return;
    }
    do {
      p.nextToken();
      GeneratedProperties.Property property = properties.find(name);
      try {
        if (property == null) {
          readAdditional(p, ctxt, value, name);
        } else if (property.singleOrCollection) {
          readSingleOrCollection(property, p, ctxt, value);
        } else {
          store(property, value, readValue(property, p, ctxt));
        }
      } catch (Exception e) {
        throw JsonMappingException.wrapWithPath(reportable(e, ctxt), value, name);
      }
    } while ((name = p.nextFieldName()) != null);
  }

  private @Nullable Object readValue(GeneratedProperties.Property property, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    JsonDeserializer<Object> d = deserializer(property, ctxt);
    if (p.hasToken(JsonToken.VALUE_NULL)) {
      return d.getNullValue(ctxt);
    }
    // most values are OData primitives: a direct call the JIT can inline, not one through Jackson's type
    Object v = d instanceof StrictScalarDeserializer scalar ? scalar.deserialize(p, ctxt) : d.deserialize(p, ctxt);
    return v == null ? d.getNullValue(ctxt) : v;
  }

  /** As {@link ODataPropertyRules.SingleOrCollectionProperty}. */
  private void readSingleOrCollection(GeneratedProperties.Property property, JsonParser p,
      DeserializationContext ctxt, ODataObject value) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY || t == JsonToken.VALUE_NULL) {
      store(property, value, readValue(property, p, ctxt));
      value.readAsSingle(property.wireName, false);
      return;
    }
    List<@Nullable Object> list = new ArrayList<>(1);
    list.add(item(property, ctxt).deserialize(p, ctxt));
    store(property, value, list);
    value.readAsSingle(property.wireName, true);
  }

  /** What the generated setter does: the field stored, then the change recorded (and the property as stored). */
  private static void store(GeneratedProperties.Property property, ODataObject value, @Nullable Object v) {
    Field f = property.field;
    if (f == null) {
      value.setODataType((String) v);
      return;
    }
    try {
      f.set(value, v);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot store " + f, e); // opened by BackingFields
    }
    value.storedProperty(property.index, property.wireName, v);
  }

  /** As {@link AdditionalDataSetter}: the key read as Jackson reads it, the value as untyped JSON. */
  private void readAdditional(JsonParser p, DeserializationContext ctxt, ODataObject value, String name)
      throws IOException {
    JsonDeserializer<Object> d = additional;
    KeyDeserializer k = keys;
    if (d == null) {
      JavaType object = ctxt.constructType(Object.class);
      d = ctxt.findContextualValueDeserializer(object, null);
      k = ctxt.findKeyDeserializer(ctxt.constructType(String.class), null);
      keys = k;
      additional = d;
    }
    Object key = k == null ? name : k.deserializeKey(name, ctxt);
    Object v = p.hasToken(JsonToken.VALUE_NULL) ? d.getNullValue(ctxt) : d.deserialize(p, ctxt);
    value.setAdditionalData((String) key, v);
  }

  /** As {@link ODataPropertyRules.Reading} chooses a property's value deserializer. */
  private JsonDeserializer<Object> deserializer(GeneratedProperties.Property property, DeserializationContext ctxt)
      throws JsonMappingException {
    JsonDeserializer<Object> d = values.get(property.index);
    if (d == null) {
      JavaType type = ctxt.constructType(property.type);
      EdmScalar kind = EdmScalar.forJavaType(type.getRawClass());
      EdmScalar item = ODataPropertyRules.itemScalar(type);
      if (kind != null) {
        d = StrictScalarDeserializer.of(kind);
      } else if (item != null) {
        d = new ODataPropertyRules.ScalarListDeserializer(item);
      } else {
        d = ctxt.findContextualValueDeserializer(type, null);
      }
      values.compareAndSet(property.index, null, d);
    }
    return d;
  }

  private JsonDeserializer<Object> item(GeneratedProperties.Property property, DeserializationContext ctxt)
      throws JsonMappingException {
    JsonDeserializer<Object> d = items.get(property.index);
    if (d == null) {
      JavaType itemType = ctxt.constructType(property.type).getContentType();
      EdmScalar kind = EdmScalar.forJavaType(itemType.getRawClass());
      d = kind != null ? StrictScalarDeserializer.of(kind) : ctxt.findContextualValueDeserializer(itemType, null);
      items.compareAndSet(property.index, null, d);
    }
    return d;
  }

  /** As Jackson's {@code BeanDeserializerBase.throwOrReturnThrowable}: what is wrapped with the path. */
  private static Throwable reportable(Throwable e, DeserializationContext ctxt) throws IOException {
    Throwable t = e;
    while (t instanceof InvocationTargetException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof Error error) {
      throw error;
    }
    boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
    if (t instanceof IOException io) {
      if (!wrap || !(t instanceof JacksonException)) {
        throw io;
      }
    } else if (!wrap && t instanceof RuntimeException rte) {
      throw rte;
    }
    return t;
  }
}
