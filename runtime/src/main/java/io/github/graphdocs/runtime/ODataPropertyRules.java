package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsConstantProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every generated property gets from the runtime instead of per-property annotations: OData
 * primitive values (and lists of them) are read by {@link StrictScalarDeserializer} and written by
 * {@link EdmScalarSerializer}; a {@link SingleOrCollection} property reads either shape.
 */
final class ODataPropertyRules {
  private ODataPropertyRules() {}

  /** The primitive type of a list property's items, or null. */
  static @Nullable EdmScalar itemScalar(JavaType type) {
    return type.isCollectionLikeType() ? EdmScalar.forJavaType(type.getContentType().getRawClass()) : null;
  }

  /** Applied to each generated class's bean deserializer. */
  static final class Reading extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
        BeanDeserializerBuilder builder) {
      List<SettableBeanProperty> replaced = new ArrayList<>();
      for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
        SettableBeanProperty prop = it.next();
        SettableBeanProperty strict = prop;
        EdmScalar kind = EdmScalar.forJavaType(prop.getType().getRawClass());
        EdmScalar item = itemScalar(prop.getType());
        if (kind != null) {
          strict = prop.withValueDeserializer(StrictScalarDeserializer.of(kind));
        } else if (item != null) {
          strict = prop.withValueDeserializer(new ScalarListDeserializer(item));
        }
        if (prop.getMember() instanceof AnnotatedMethod setter && BackingFields.mayHaveOne(setter.getAnnotated())) {
          strict = new StoredProperty(strict, setter.getAnnotated());
        }
        if (prop.getType().isCollectionLikeType() && prop.getAnnotation(SingleOrCollection.class) != null) {
          strict = new SingleOrCollectionProperty(strict);
        }
        if (strict != prop) {
          replaced.add(strict);
        }
      }
      for (SettableBeanProperty prop : replaced) {
        builder.addOrReplaceProperty(prop, true);
      }
      return builder;
    }
  }

  /** Applied to each generated class's bean serializer. */
  static final class Writing extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
        List<BeanPropertyWriter> properties) {
      List<BeanPropertyWriter> out = new ArrayList<>(properties.size());
      for (BeanPropertyWriter w : properties) {
        EdmScalar kind = EdmScalar.forJavaType(w.getType().getRawClass());
        EdmScalar item = itemScalar(w.getType());
        if (kind != null && EdmScalarSerializer.of(kind) != null && !w.hasSerializer()) {
          w.assignSerializer(EdmScalarSerializer.of(kind));
        } else if (item != null && EdmScalarSerializer.of(item) != null && !w.hasSerializer()) {
          w.assignSerializer(new ScalarListSerializer(EdmScalarSerializer.of(item)));
        }
        Field field = w.getMember() instanceof AnnotatedMethod getter ? BackingFields.of(getter.getAnnotated()) : null;
        out.add(field == null ? w : new LoadedPropertyWriter(w, field));
      }
      return out;
    }
  }

  /**
   * The writer of a property of a generated class whose getter only returns its field: the field is
   * loaded instead of calling the getter; everything else is Jackson's {@code serializeAsField}.
   */
  static final class LoadedPropertyWriter extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable Field field;

    LoadedPropertyWriter(BeanPropertyWriter base, Field field) {
      super(base);
      this.field = field;
    }

    @Override
    public @Nullable Object get(Object bean) throws Exception {
      Field f = field;
      return f == null ? super.get(bean) : f.get(bean);
    }

    /** As {@link BeanPropertyWriter#serializeAsField} (jackson-databind 2.22), the value loaded from the field. */
    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
      Field f = field;
      if (f == null) { // after Java deserialization
        super.serializeAsField(bean, gen, prov);
        return;
      }
      Object value = f.get(bean);
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
      JsonSerializer<Object> ser = _serializer;
      if (ser == null) {
        Class<?> cls = value.getClass();
        com.fasterxml.jackson.databind.ser.impl.PropertySerializerMap m = _dynamicSerializers;
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

  /** A list of OData primitive values, each read strictly; nulls kept. */
  static final class ScalarListDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final StrictScalarDeserializer items;

    ScalarListDeserializer(EdmScalar kind) {
      super(List.class);
      this.items = StrictScalarDeserializer.of(kind);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartArrayToken()) {
        throw new ODataReadException(p, "a collection takes a JSON array; got "
            + StrictScalarDeserializer.describe(p), List.class);
      }
      List<@Nullable Object> list = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        try {
          list.add(t == JsonToken.VALUE_NULL ? null : items.deserialize(p, ctxt));
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
          throw com.fasterxml.jackson.databind.JsonMappingException.wrapWithPath(e, list, list.size());
        }
      }
      return list;
    }
  }

  /** A list of OData primitive values whose items need {@link EdmScalarSerializer}. */
  static final class ScalarListSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final JsonSerializer<Object> items;

    ScalarListSerializer(JsonSerializer<Object> items) {
      super(Object.class);
      this.items = items;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      List<?> list = (List<?>) value;
      gen.writeStartArray(list, list.size());
      for (Object item : list) {
        if (item == null) {
          gen.writeNull();
        } else {
          items.serialize(item, gen, provider);
        }
      }
      gen.writeEndArray();
    }
  }

  /**
   * A property of a generated class whose setter only stores the value and records it
   * ({@link ODataObject#changed}): while an object is read, and has no explicit null to clear, a
   * non-null value is stored in the field directly, as the setter would; else the setter is called.
   */
  static final class StoredProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    /** Looked up on first use, so that reading a payload opens only the fields it holds. */
    private transient volatile @Nullable Object field;
    private final transient @Nullable Method setter;

    StoredProperty(SettableBeanProperty delegate, @Nullable Method setter) {
      super(delegate);
      this.setter = setter;
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
      return new StoredProperty(d, setter);
    }

    private @Nullable Field field() {
      Object f = field;
      if (f == null) {
        Field found = setter == null ? null : BackingFields.of(setter); // none after Java deserialization
        f = found == null ? Boolean.FALSE : found;
        field = f;
      }
      return f instanceof Field found ? found : null;
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
      if (p.hasToken(JsonToken.VALUE_NULL)) {
        delegate.deserializeAndSet(p, ctxt, instance);
        return;
      }
      Object value = deserialize(p, ctxt);
      if (value == null && NullsConstantProvider.isSkipper(getNullValueProvider())) {
        return;
      }
      set(instance, value);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
        throws IOException {
      deserializeAndSet(p, ctxt, instance);
      return instance;
    }

    @Override
    public void set(Object instance, @Nullable Object value) throws IOException {
      Field f;
      if (value != null && ((ODataObject) instance).storesPlainly() && (f = field()) != null) {
        try {
          f.set(instance, value);
          return;
        } catch (IllegalAccessException | IllegalArgumentException e) {
          // not what the setter takes after all: the setter decides
        }
      }
      delegate.set(instance, value);
    }

    @Override
    public Object setAndReturn(Object instance, @Nullable Object value) throws IOException {
      set(instance, value);
      return instance;
    }
  }

  /** Reads a list property from an array, or from a single value (remembered, to write it back so). */
  static final class SingleOrCollectionProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    private transient volatile @Nullable JsonDeserializer<Object> item;

    SingleOrCollectionProperty(SettableBeanProperty delegate) {
      super(delegate);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
      return new SingleOrCollectionProperty(d);
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
      deserializeSetAndReturn(p, ctxt, instance);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
        throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_ARRAY || t == JsonToken.VALUE_NULL) {
        delegate.deserializeAndSet(p, ctxt, instance);
        ((ODataObject) instance).readAsSingle(getName(), false);
        return instance;
      }
      List<@Nullable Object> list = new ArrayList<>(1);
      list.add(item(ctxt).deserialize(p, ctxt));
      delegate.set(instance, list);
      ((ODataObject) instance).readAsSingle(getName(), true);
      return instance;
    }

    private JsonDeserializer<Object> item(DeserializationContext ctxt) throws IOException {
      JsonDeserializer<Object> d = item;
      if (d == null) {
        JavaType itemType = getType().getContentType();
        EdmScalar kind = EdmScalar.forJavaType(itemType.getRawClass());
        d = kind != null ? StrictScalarDeserializer.of(kind) : ctxt.findContextualValueDeserializer(itemType, this);
        item = d;
      }
      return d;
    }
  }
}
