package io.github.graphdocs.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The instance fields a generated class and its generated bases declare (base first), read
 * reflectively for {@link ODataObject}'s {@code equals}, {@code hashCode} and {@code toString}: what
 * would otherwise be emitted per class.
 */
final class ObjectFields {
  private static final ClassValue<ObjectFields> FIELDS = new ClassValue<>() {
    @Override
    protected ObjectFields computeValue(Class<?> type) {
      return new ObjectFields(type);
    }
  };

  private final Field[] fields;

  private ObjectFields(Class<?> type) {
    List<Class<?>> chain = new ArrayList<>();
    for (Class<?> c = type; c != null && c != ODataObject.class; c = c.getSuperclass()) {
      chain.add(0, c);
    }
    List<Field> all = new ArrayList<>();
    for (Class<?> c : chain) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
          f.setAccessible(true);
          all.add(f);
        }
      }
    }
    this.fields = all.toArray(new Field[0]);
  }

  static ObjectFields of(Class<?> type) {
    return FIELDS.get(type);
  }

  boolean equal(Object a, Object b) {
    for (Field f : fields) {
      if (!Objects.deepEquals(get(f, a), get(f, b))) {
        return false;
      }
    }
    return true;
  }

  int hash(Object o) {
    int h = 1;
    for (Field f : fields) {
      Object v = get(f, o);
      h = 31 * h + (v instanceof byte[] bytes ? Arrays.hashCode(bytes) : Objects.hashCode(v));
    }
    return h;
  }

  void append(Object o, StringBuilder sb) {
    for (Field f : fields) {
      Object v = get(f, o);
      if (v != null) {
        ODataObject.separate(sb).append(f.getName()).append('=')
            .append(v instanceof byte[] bytes ? Arrays.toString(bytes) : v);
      }
    }
  }

  private static @Nullable Object get(Field f, Object o) {
    try {
      return f.get(o);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }
}
