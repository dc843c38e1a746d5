package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.MethodProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsConstantProvider;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * A property of a model class set without a reflective setter call, doing what the setter does.
 *
 * <p>A generated setter stores its value in its field and calls {@link ODataObject#changed} with the
 * property's wire name, which is Jackson's name of the property (the writer relies on it too, to find
 * explicit nulls): this property stores the value in that field ({@link BackingFields}) and calls
 * {@code changed} itself, for a null (an explicit null is recorded) as for a value (one recorded is
 * cleared). {@link ODataObject#setODataType} is called directly. Any other setter (one overridden in a
 * hand-written subclass, or a field that cannot be opened) is called by Jackson's {@link MethodProperty},
 * as is every setter after Java deserialization. Values are read as {@link MethodProperty} reads them: a
 * JSON null, or a value read as null, gives the null provider's value, skipped when that says so.
 */
final class StoredProperty extends SettableBeanProperty.Delegating {
  private static final long serialVersionUID = 1L;
  private static final Method SET_ODATA_TYPE = BackingFields.odataObjectMethod("setODataType", String.class);
  /** What {@link #store} holds for {@link ODataObject#setODataType}. */
  private static final Object ODATA_TYPE = new Object();

  /** Looked up on first use, so that reading a payload opens only the fields it holds. */
  private transient volatile @Nullable Object store;
  private final transient @Nullable Method setter;

  StoredProperty(SettableBeanProperty delegate, @Nullable Method setter) {
    super(delegate);
    this.setter = setter;
  }

  /**
   * Whether a setter's property may be stored so.
   *
   * @param setter the setter Jackson found
   * @return true for a generated setter and for {@link ODataObject#setODataType} (not overridden)
   */
  static boolean applies(Method setter) {
    return BackingFields.mayHaveOne(setter) || setter.equals(SET_ODATA_TYPE);
  }

  @Override
  protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
    return new StoredProperty(d, setter);
  }

  /** The field, {@link #ODATA_TYPE}, or null when the setter must be called. */
  private @Nullable Object store() {
    Object s = store;
    if (s == null) {
      Method m = setter;
      Object found = m == null ? null : m.equals(SET_ODATA_TYPE) ? ODATA_TYPE : BackingFields.of(m); // none after Java deserialization
      s = found == null ? Boolean.FALSE : found;
      store = s;
    }
    return s == Boolean.FALSE ? null : s;
  }

  @Override
  public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
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
    Object s = store();
    if (s instanceof Field f && instance instanceof ODataObject o) {
      try {
        f.set(o, value);
      } catch (IllegalAccessException | IllegalArgumentException e) {
        delegate.set(instance, value); // not what the setter takes after all: the setter decides
        return;
      }
      o.changed(getName(), value); // what the generated setter does after storing
      return;
    }
    if (s == ODATA_TYPE && instance instanceof ODataObject o && (value == null || value instanceof String)) {
      o.setODataType((String) value);
      return;
    }
    delegate.set(instance, value);
  }

  @Override
  public Object setAndReturn(Object instance, @Nullable Object value) throws IOException {
    set(instance, value);
    return instance;
  }
}
