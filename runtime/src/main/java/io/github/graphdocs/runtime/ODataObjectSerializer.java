package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.SerializerFactoryConfig;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerFactory;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.SerializerFactory;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes every generated structured type, with no configuration of the {@code ObjectMapper} (it is
 * named on {@link ODataObject} and inherited): the declared properties through the property writers
 * of Jackson's own bean serializer of the class (built here with {@link ODataPropertyRules}), absent
 * ones left out, explicit nulls written as {@code null}, single-or-collection properties in the shape
 * they were read in, then the additional data. For {@link RequestBodyWriter} it leaves out read-only
 * properties (but those the writer names for the body object) and, for PATCH, what was not changed
 * since reading. A plain write loads each generated field once, and of an object a
 * {@link PropertyReader} filled ({@link ODataObject#storedProperties}) looks only at the properties
 * it stored: the others are absent, and the runtime's writers write nothing for them.
 */
public final class ODataObjectSerializer extends StdSerializer<ODataObject> {
  private static final long serialVersionUID = 1L;
  private static final int MAX_DEPTH = 1000;

  private transient volatile @Nullable Properties cached;
  private final transient Map<Class<?>, Properties> others = new ConcurrentHashMap<>();

  /** Created by Jackson from the annotation on {@link ODataObject}. */
  public ODataObjectSerializer() {
    super(ODataObject.class);
  }

  @Override
  public void serialize(ODataObject value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    writeFields(value, gen, provider);
    gen.writeEndObject();
  }

  @Override
  public void serializeWithType(ODataObject value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSerializer) throws IOException {
    WritableTypeId id = typeSerializer.writeTypePrefix(gen, typeSerializer.typeId(value, JsonToken.START_OBJECT));
    writeFields(value, gen, provider);
    typeSerializer.writeTypeSuffix(gen, id);
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, ODataObject value) {
    return false;
  }

  private void writeFields(ODataObject value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    RequestBodyWriter.Kind kind = RequestBodyWriter.kindOf(provider);
    Properties properties = properties(value.getClass(), provider);
    if (kind == null) {
      writeAll(properties, value, gen, provider);
      writeAdditional(value, null, gen, provider);
      return;
    }
    Set<String> sentReadOnly = RequestBodyWriter.sentReadOnly(provider, value);
    for (Property p : properties.array) {
      if (p.readOnly && !sentReadOnly.contains(p.name)) {
        continue;
      }
      if (kind == RequestBodyWriter.Kind.PATCH) {
        writePatched(p, value, gen, provider);
      } else {
        writeOne(p, value, gen, provider);
      }
    }
    writeAdditional(value, kind, gen, provider);
  }

  /**
   * Every declared property, as {@link #writeFields} writes them for a plain write (no request body):
   * a value loaded once and written by its writer; an absent one (null, not an explicit null) costs
   * only its load, since the runtime's writers write nothing for it.
   */
  private static void writeAll(Properties properties, ODataObject value, JsonGenerator gen,
      SerializerProvider provider) throws IOException {
    boolean nulls = value.hasExplicitNulls();
    long[] stored = value.storedProperties();
    Property[] array = properties.array;
    int[] bits = properties.storedBits;
    for (int i = 0; i < array.length; i++) {
      int bit = bits[i];
      if (stored != null && bit >= 0 && (stored[bit >>> 6] & (1L << bit)) == 0) {
        continue; // neither read nor set: absent
      }
      Property p = array[i];
      Object v;
      Field f = p.field;
      if (f != null) {
        try {
          v = f.get(value);
        } catch (IllegalAccessException e) {
          throw JsonMappingException.from(gen, "cannot write " + p.name + ": " + e.getMessage(), e);
        }
      } else if (p.loadsODataType) {
        v = value.getODataType();
      } else {
        writeOne(p, value, gen, provider); // a getter to call
        continue;
      }
      // with a record of stored properties, every value was stored by reading, which marks a null as an
      // explicit null and drops the mark of a value: a property with its bit is an explicit null exactly
      // when it holds null, with no lookup of the mark
      boolean explicitNull = stored != null && bit >= 0 ? v == null
          : nulls && (v == null || stored == null) && value.isExplicitNull(p.name);
      if (explicitNull) {
        gen.writeFieldName(p.writer.getSerializedName());
        gen.writeNull();
      } else if (v != null) {
        if (p.singleOrCollection) {
          write(p, value, v, gen, provider);
        } else {
          serializeLoaded(p, value, v, gen, provider);
        }
      } else if (p.writesNull && !p.singleOrCollection) {
        serializeAsField(p, value, gen, provider);
      }
    }
  }

  /**
   * One declared property written through its writer: an explicit null as {@code null} (set or read as
   * null: the value is null, since setting a value drops the mark), a single-or-collection property
   * in the shape it was read in, else what the writer writes (nothing for an absent value: ODataObject
   * is NON_NULL).
   */
  private static void writeOne(Property p, ODataObject value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (value.isExplicitNull(p.name)) {
      gen.writeFieldName(p.writer.getSerializedName());
      gen.writeNull();
    } else if (p.singleOrCollection) {
      Object v = get(p, value);
      if (v != null) {
        write(p, value, v, gen, provider);
      }
    } else {
      serializeAsField(p, value, gen, provider);
    }
  }

  /** The additional data after the declared properties: for a PATCH only what was added since reading. */
  private static void writeAdditional(ODataObject value, RequestBodyWriter.@Nullable Kind kind, JsonGenerator gen,
      SerializerProvider provider) throws IOException {
    Map<String, @Nullable Object> additional = value.additionalDataOrNull();
    if (additional != null && !additional.isEmpty()) {
      Set<String> added = kind == RequestBodyWriter.Kind.PATCH ? value.addedAdditionalData() : null;
      for (Map.Entry<String, @Nullable Object> e : additional.entrySet()) {
        if (added == null || added.contains(e.getKey())) {
          gen.writeFieldName(e.getKey());
          provider.defaultSerializeValue(e.getValue(), gen);
        }
      }
    }
  }

  private static void serializeLoaded(Property p, ODataObject owner, Object v, JsonGenerator gen,
      SerializerProvider provider) throws IOException {
    try {
      ((LoadedPropertyWriter) p.writer).serializeLoaded(owner, v, gen, provider);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw JsonMappingException.from(gen, "cannot write " + p.name + ": " + e.getMessage(), e);
    }
  }

  /** A property in a PATCH body: only when set since reading, or, for a structured value, changed inside. */
  private void writePatched(Property p, ODataObject value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    String name = p.writer.getName();
    boolean set = value.changedProperties().contains(name);
    Object v = set || p.mayNest ? get(p, value) : null;
    if (!set && !(p.mayNest && changedWithin(v, provider, 0))) {
      return;
    }
    if (v == null) {
      if (value.isExplicitNull(name)) {
        gen.writeFieldName(p.writer.getSerializedName());
        gen.writeNull();
      }
      return;
    }
    if (p.mayNest) {
      // a changed structured value is sent whole (less its read-only properties): services replace it
      RequestBodyWriter.setKind(provider, RequestBodyWriter.Kind.POST);
      try {
        write(p, value, v, gen, provider);
      } finally {
        RequestBodyWriter.setKind(provider, RequestBodyWriter.Kind.PATCH);
      }
    } else {
      write(p, value, v, gen, provider);
    }
  }

  private static void serializeAsField(Property p, Object owner, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    try {
      p.writer.serializeAsField(owner, gen, provider);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw JsonMappingException.from(gen, "cannot write " + p.writer.getName() + ": " + e.getMessage(), e);
    }
  }

  private static void write(Property p, ODataObject owner, Object v, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (p.singleOrCollection && v instanceof List<?> list && list.size() == 1
        && owner.isReadAsSingle(p.writer.getName())) {
      gen.writeFieldName(p.writer.getSerializedName());
      Object item = list.get(0);
      EdmScalar kind = item == null ? null : EdmScalar.forJavaType(item.getClass());
      JsonSerializer<Object> special = kind == null ? null : EdmScalarSerializer.of(kind);
      if (item == null) {
        gen.writeNull();
      } else if (special != null) {
        special.serialize(item, gen, provider);
      } else {
        provider.defaultSerializeValue(item, gen);
      }
      return;
    }
    serializeAsField(p, owner, gen, provider);
  }

  private static @Nullable Object get(Property p, Object bean) throws IOException {
    try {
      return p.writer.get(bean);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot read property " + p.writer.getName(), e);
    }
  }

  /** Whether a structured value (or a list holding some) was changed since it was read, at any depth. */
  private boolean changedWithin(@Nullable Object v, SerializerProvider provider, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw JsonMappingException.from(provider, "values nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
    if (v instanceof ODataObject o) {
      if (o.hasChanges()) {
        return true;
      }
      for (Property p : properties(o.getClass(), provider).list) {
        if (p.mayNest && changedWithin(get(p, o), provider, depth + 1)) {
          return true;
        }
      }
    } else if (v instanceof List<?> list) {
      for (Object item : list) {
        if (changedWithin(item, provider, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private Properties properties(Class<?> type, SerializerProvider provider) throws JsonMappingException {
    Properties p = cached;
    if (p != null && p.type == type) {
      return p;
    }
    if (p == null) {
      p = build(type, provider);
      cached = p;
      if (p.type == type) {
        return p;
      }
    }
    Properties other = others.get(type);
    if (other == null) {
      other = build(type, provider);
      others.put(type, other);
    }
    return other;
  }

  private static Properties build(Class<?> type, SerializerProvider provider) throws JsonMappingException {
    JavaType t = provider.constructType(type);
    BeanDescription description = provider.getConfig().introspect(t);
    JsonSerializer<Object> bean = Factory.INSTANCE.beanSerializer(provider, t, description);
    if (bean instanceof ResolvableSerializer r) {
      r.resolve(provider);
    }
    List<Property> list = new ArrayList<>();
    for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
      PropertyWriter w = it.next();
      if (w instanceof BeanPropertyWriter b) {
        list.add(new Property(b));
      }
    }
    return new Properties(type, list);
  }

  private static final class Properties {
    final Class<?> type;
    final List<Property> list;
    final Property[] array;
    /** Per property, its bit in {@link ODataObject#storedProperties}, or -1 (always looked at). */
    final int[] storedBits;

    Properties(Class<?> type, List<Property> list) {
      this.type = type;
      this.list = list;
      this.array = list.toArray(new Property[0]);
      this.storedBits = new int[array.length];
      GeneratedProperties generated = GeneratedProperties.of(type);
      for (int i = 0; i < array.length; i++) {
        Field f = array[i].field;
        // a property whose writer writes a null (a mapper's null serializer) is written absent too
        storedBits[i] = generated == null || f == null || array[i].writesNull ? -1 : generated.indexOf(array[i].name, f);
      }
    }
  }

  private static final class Property {
    final BeanPropertyWriter writer;
    final String name;
    final boolean readOnly;
    final boolean singleOrCollection;
    /** Whether the value may be (or hold) a structured value, whose changes a PATCH must send. */
    final boolean mayNest;
    /** The field a {@link LoadedPropertyWriter} loads, or null. */
    final @Nullable Field field;
    /** Whether the value is {@link ODataObject#getODataType}, got directly. */
    final boolean loadsODataType;
    /** Whether the writer writes something for a null value (a null serializer configured): else nothing. */
    final boolean writesNull;

    Property(BeanPropertyWriter writer) {
      this.writer = writer;
      this.name = writer.getName();
      this.readOnly = writer.getAnnotation(ReadOnly.class) != null;
      this.singleOrCollection = writer.getAnnotation(SingleOrCollection.class) != null;
      JavaType t = writer.getType();
      JavaType item = t.isCollectionLikeType() ? t.getContentType() : t;
      this.mayNest = ODataObject.class.isAssignableFrom(item.getRawClass());
      LoadedPropertyWriter loaded = writer instanceof LoadedPropertyWriter l && l.loads() ? l : null;
      this.field = loaded == null ? null : loaded.field();
      this.loadsODataType = loaded != null && loaded.loadsODataType();
      this.writesNull = writer.hasNullSerializer();
    }
  }

  /** Jackson's bean serializer factory, with the runtime's property rules, building without annotation lookup. */
  private static final class Factory extends BeanSerializerFactory {
    private static final long serialVersionUID = 1L;
    static final Factory INSTANCE = new Factory(
        new SerializerFactoryConfig().withSerializerModifier(new ODataPropertyRules.Writing()));

    private Factory(SerializerFactoryConfig config) {
      super(config);
    }

    @Override
    public SerializerFactory withConfig(SerializerFactoryConfig config) {
      return new Factory(config);
    }

    JsonSerializer<Object> beanSerializer(SerializerProvider provider, JavaType type, BeanDescription description)
        throws JsonMappingException {
      return constructBeanOrAddOnSerializer(provider, type, description, false);
    }
  }
}
