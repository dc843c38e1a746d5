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
import com.fasterxml.jackson.databind.deser.SettableAnyProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
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
        if (prop.getMember() instanceof AnnotatedMethod setter && StoredProperty.applies(setter.getAnnotated())) {
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
      SettableAnyProperty any = AdditionalDataSetter.of(builder.getAnySetter());
      if (any != builder.getAnySetter()) {
        builder.setAnySetter(null); // the builder takes one only when it holds none
        builder.setAnySetter(any);
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
        out.add(w.getMember() instanceof AnnotatedMethod getter ? LoadedPropertyWriter.of(w, getter.getAnnotated()) : w);
      }
      return out;
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
