package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads every generated structured type, with no configuration of the {@code ObjectMapper} (it is
 * named on {@link ODataObject} and inherited): finds the payload's {@code @odata.type} (buffering the
 * members before it, when it is not first), picks the class through the model's
 * {@link ODataTypeRegistry}, and fills the object with the {@link MemberReader} of that class: a
 * {@link PropertyReader} for a class of the generated shape (no bean introspection), else Jackson's
 * own bean deserializer, built here with {@link ODataPropertyRules} (strict scalars,
 * single-or-collection properties). Readers are made on first use, so reading one type does not
 * look at every type it can reach. Jackson keeps one instance per declared type and mapper.
 */
public final class ODataObjectDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;
  private static final BeanDeserializerFactory FACTORY =
      (BeanDeserializerFactory) BeanDeserializerFactory.instance.withDeserializerModifier(new ODataPropertyRules.Reading());

  private volatile @Nullable JavaType type;
  private transient volatile @Nullable MemberReader reader;
  private transient volatile @Nullable Declared declared;
  /** The readers of the other classes a payload of the declared type was read as (subtypes, Other). */
  private final transient Map<Class<?>, MemberReader> others = new ConcurrentHashMap<>();

  /** Created by Jackson from the annotation on {@link ODataObject}. */
  public ODataObjectDeserializer() {
    super(ODataObject.class);
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
    if (type == null) {
      JavaType t = ctxt.getContextualType();
      if (t == null && property != null) {
        t = property.getType();
      }
      type = t;
    }
    return this;
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Class<?> handledType() {
    JavaType t = type;
    return t == null ? ODataObject.class : t.getRawClass();
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Declared d = declared(ctxt);
    Class<? extends ODataObject> declared = d.type;
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      throw new ODataReadException(p, declared.getSimpleName() + " takes a JSON object; got "
          + StrictScalarDeserializer.describe(p), declared);
    }
    if (!d.polymorphic) {
      // nothing to choose: the reader reads the object as it streams, @odata.type included
      MemberReader reader = readerFor(declared, ctxt);
      ODataObject value = reader.create(ctxt);
      value.beginRead();
      reader.read(p, ctxt, value);
      value.endRead();
      return value;
    }
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    }
    // OData puts control information (@odata.context, @odata.etag, @odata.type...) before the
    // properties: only those are buffered while looking for @odata.type
    TokenBuffer before = null;
    boolean found = false;
    String odataType = null;
    while (t == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (ODataObject.ODATA_TYPE.equals(name)) {
        t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) {
          odataType = p.getText();
        } else if (t != JsonToken.VALUE_NULL) {
          try {
            StrictScalarDeserializer.of(EdmScalar.STRING).deserialize(p, ctxt);
          } catch (JsonMappingException e) {
            throw JsonMappingException.wrapWithPath(e, declared, ODataObject.ODATA_TYPE);
          }
        }
        found = true;
        break;
      }
      if (name.isEmpty() || name.charAt(0) != '@') {
        break;
      }
      if (before == null) {
        before = ctxt.bufferForInputBuffering(p);
      }
      before.writeFieldName(name);
      p.nextToken();
      before.copyCurrentStructure(p);
      t = p.nextToken();
    }
    Class<? extends ODataObject> concrete = d.resolve(odataType);
    ODataObject value = read(concrete, p, before, found, ctxt);
    if (!found && value.getODataType() != null) {
      // @odata.type came after properties (not as OData orders it): read again as the type it names
      Class<? extends ODataObject> named = d.resolve(value.getODataType());
      if (named != value.getClass()) {
        value = reread(value, named, ctxt);
      }
    }
    return value;
  }

  private ODataObject read(Class<? extends ODataObject> concrete, JsonParser p, @Nullable TokenBuffer before,
      boolean found, DeserializationContext ctxt) throws IOException {
    MemberReader reader = readerFor(concrete, ctxt);
    ODataObject value = reader.create(ctxt);
    value.beginRead();
    if (found) {
      value.readODataType(p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
    }
    JsonParser source = p;
    if (before != null) {
      // found: p is at the @odata.type value, which the sequence skips; else p is at the first
      // property (or END_OBJECT), which it keeps
      source = JsonParserSequence.createFlattened(!found, before.asParser(p), p);
      source.nextToken();
    } else if (found) {
      source.nextToken();
    }
    reader.read(source, ctxt, value);
    value.endRead();
    return value;
  }

  /** The same data read as another class: the object written back (exactly, by design) and read again. */
  private ODataObject reread(ODataObject value, Class<? extends ODataObject> named, DeserializationContext ctxt)
      throws IOException {
    com.fasterxml.jackson.core.ObjectCodec codec = ctxt.getParser().getCodec();
    if (codec == null) {
      return value;
    }
    TokenBuffer copy = ctxt.bufferForInputBuffering(ctxt.getParser());
    codec.writeValue(copy, value);
    try (JsonParser again = copy.asParser(codec)) {
      again.nextToken();
      return (ODataObject) ctxt.findRootValueDeserializer(ctxt.constructType(named)).deserialize(again, ctxt);
    }
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
    ODataObject value = (ODataObject) intoValue;
    value.forgetStored(); // it may hold values: the writer must look at every property
    value.beginRead();
    try {
      readerFor(value.getClass(), ctxt).read(p, ctxt, value);
    } finally {
      value.endRead();
    }
    return value;
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
      throws IOException {
    return deserialize(p, ctxt);
  }

  private Declared declared(DeserializationContext ctxt) throws JsonMappingException {
    Declared d = declared;
    JavaType t = type;
    if (d != null && t != null && d.type == t.getRawClass()) {
      return d;
    }
    if (t == null || !ODataObject.class.isAssignableFrom(t.getRawClass())) {
      return ctxt.reportBadDefinition(t == null ? ctxt.constructType(ODataObject.class) : t,
          "not a generated model type: " + t);
    }
    d = new Declared(t.getRawClass().asSubclass(ODataObject.class));
    declared = d;
    return d;
  }

  /** The declared type, its model's registry, and the classes {@code @odata.type} names resolved to. */
  private static final class Declared {
    /** Names kept per declared type; more (payloads naming ever new types) are resolved each time. */
    private static final int MAX_NAMES = 256;
    final Class<? extends ODataObject> type;
    final ODataTypeRegistry registry;
    final boolean polymorphic;
    private volatile @Nullable Class<? extends ODataObject> whenAbsent;
    private final Map<String, Class<? extends ODataObject>> byName = new ConcurrentHashMap<>();

    Declared(Class<? extends ODataObject> type) {
      this.type = type;
      this.registry = ODataTypeRegistry.of(type);
      this.polymorphic = registry.isPolymorphic(type);
    }

    Class<? extends ODataObject> resolve(@Nullable String odataType) {
      if (odataType == null) {
        Class<? extends ODataObject> absent = whenAbsent;
        if (absent == null) {
          absent = registry.resolve(type, null);
          whenAbsent = absent;
        }
        return absent;
      }
      Class<? extends ODataObject> c = byName.get(odataType);
      if (c == null) {
        c = registry.resolve(type, odataType);
        if (byName.size() < MAX_NAMES) {
          byName.put(odataType, c);
        }
      }
      return c;
    }
  }

  private MemberReader readerFor(Class<?> concrete, DeserializationContext ctxt) throws IOException {
    JavaType t = type;
    if (t != null && t.getRawClass() == concrete) {
      MemberReader b = reader;
      if (b == null) {
        b = build(t, ctxt);
        reader = b;
      }
      return b;
    }
    Map<Class<?>, MemberReader> cache = others;
    MemberReader b = cache == null ? null : cache.get(concrete); // none after Java deserialization
    if (b == null) {
      // once per class: the class's own deserializer (so that one reader per class is built), kept here
      JsonDeserializer<?> other = ctxt.findRootValueDeserializer(ctxt.constructType(concrete));
      b = other instanceof ODataObjectDeserializer o && o != this
          ? o.readerFor(concrete, ctxt) : build(ctxt.constructType(concrete), ctxt);
      if (cache != null) {
        cache.putIfAbsent(concrete, b);
      }
    }
    return b;
  }

  /** The reader of a concrete class: {@link PropertyReader} when it applies, else Jackson's bean deserializer. */
  private static MemberReader build(JavaType t, DeserializationContext ctxt) throws JsonMappingException {
    PropertyReader reader = PropertyReader.of(t.getRawClass(), ctxt);
    return reader != null ? reader : new MemberReader.Bean(buildBean(t, ctxt));
  }

  @SuppressWarnings("unchecked")
  private static BeanDeserializerBase buildBean(JavaType t, DeserializationContext ctxt) throws JsonMappingException {
    BeanDescription description = ctxt.getConfig().introspect(t);
    JsonDeserializer<Object> d = FACTORY.buildBeanDeserializer(ctxt, t, description);
    if (d instanceof ResolvableDeserializer r) {
      r.resolve(ctxt);
    }
    d = (JsonDeserializer<Object>) ctxt.handleSecondaryContextualization(d, null, t);
    if (!(d instanceof BeanDeserializerBase b)) {
      return ctxt.reportBadDefinition(t, "no bean deserializer for " + t);
    }
    return b;
  }
}
