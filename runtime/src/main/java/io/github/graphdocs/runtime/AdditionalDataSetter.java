package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.SettableAnyProperty;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's any-setter of a model class, {@link ODataObject#setAdditionalData} (not overridden), called
 * directly instead of reflectively: what it does for every member the class does not declare
 * ({@code @odata.context}, {@code @odata.etag}, properties the docs do not describe). The key is read as
 * Jackson reads it (the key deserializer it finds for {@code String}), the value by Jackson's own
 * any-setter, and a problem the setter throws is reported as Jackson reports it.
 */
final class AdditionalDataSetter extends SettableAnyProperty {
  private static final long serialVersionUID = 1L;
  private static final Method SET_ADDITIONAL_DATA =
      BackingFields.odataObjectMethod("setAdditionalData", String.class, Object.class);

  /** Jackson's any-setter, which reads the values. */
  private final SettableAnyProperty base;
  private transient volatile @Nullable KeyDeserializer keys;

  private AdditionalDataSetter(SettableAnyProperty base, @Nullable JsonDeserializer<Object> values) {
    super(base.getProperty(), base.getProperty().getMember(), base.getType(), null, values, null);
    this.base = base;
  }

  /**
   * The any-setter to use for a class.
   *
   * @param base the one Jackson made, or null
   * @return one calling {@link ODataObject#setAdditionalData} directly, or {@code base} when it sets
   *     something else
   */
  static @Nullable SettableAnyProperty of(@Nullable SettableAnyProperty base) {
    if (base == null || base.getClass() != SettableAnyProperty.MethodAnyProperty.class || base.hasValueDeserializer()
        || !(base.getProperty().getMember() instanceof AnnotatedMethod m)
        || !m.getAnnotated().equals(SET_ADDITIONAL_DATA)) {
      return base;
    }
    return new AdditionalDataSetter(base, null);
  }

  @Override
  public SettableAnyProperty withValueDeserializer(JsonDeserializer<Object> deser) {
    return new AdditionalDataSetter(base.withValueDeserializer(deser), deser);
  }

  /** As {@link SettableAnyProperty#deserializeAndSet} (jackson-databind 2.22). */
  @Override
  public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance, String propName)
      throws IOException {
    KeyDeserializer k = keys;
    if (k == null) {
      // as Jackson's factory finds it for the setter's String parameter
      k = ctxt.findKeyDeserializer(ctxt.constructType(String.class), getProperty());
      keys = k;
    }
    Object key = k == null ? propName : k.deserializeKey(propName, ctxt);
    set(instance, key, deserialize(p, ctxt));
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return base.deserialize(p, ctxt);
  }

  @Override
  protected void _set(Object instance, Object propName, @Nullable Object value) throws Exception {
    if (!(instance instanceof ODataObject o) || !(propName instanceof String name)) {
      throw new IllegalArgumentException("argument type mismatch"); // as Method.invoke
    }
    try {
      o.setAdditionalData(name, value);
    } catch (RuntimeException | Error e) {
      throw new InvocationTargetException(e); // as Method.invoke reports what the setter threw
    }
  }
}
