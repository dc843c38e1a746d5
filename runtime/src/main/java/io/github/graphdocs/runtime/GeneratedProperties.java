package io.github.graphdocs.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The properties Jackson would find on a concrete generated class, worked out once per class from its
 * declared setters and their backing fields ({@link BackingFields}), without Jackson's bean
 * introspection: the wire name is the setter's name as Jackson derives it (the
 * {@code @JsonProperty} of the setter or of its getter when there is one), {@code @odata.type} is
 * {@link ODataObject#setODataType}, and every other member goes to the additional data. A class of
 * any other shape (a hand-written class in its chain, an accessor without its field, a getter
 * without a setter, a Jackson annotation the generator does not emit) has none, and is read by
 * Jackson's bean deserializer.
 */
final class GeneratedProperties {
  private static final ClassValue<Optional<GeneratedProperties>> BY_CLASS = new ClassValue<>() {
    @Override
    protected Optional<GeneratedProperties> computeValue(Class<?> type) {
      return Optional.ofNullable(build(type));
    }
  };

  /** One property of a generated class; {@code field} is null for {@code @odata.type}. */
  static final class Property {
    final int index;
    final String wireName;
    final @Nullable Field field;
    final Type type;
    final boolean singleOrCollection;

    Property(int index, String wireName, @Nullable Field field, Type type, boolean singleOrCollection) {
      this.index = index;
      this.wireName = wireName;
      this.field = field;
      this.type = type;
      this.singleOrCollection = singleOrCollection;
    }

    boolean isODataType() {
      return field == null;
    }
  }

  private final Class<? extends ODataObject> type;
  private final Constructor<? extends ODataObject> constructor;
  private final Map<String, Property> byWireName;
  private final int count;
  /**
   * The wire names in an open-addressing table (linear probing) and the property of each: a read's
   * lookup compares the parser's interned name by reference and loads no map entry.
   */
  private final @Nullable String[] names;
  private final @Nullable Property[] slots;
  /** Whether a new instance holds no value (no field initialiser): 0 not known yet, 1 yes, -1 no. */
  private volatile int startsEmpty;

  private GeneratedProperties(Class<? extends ODataObject> type, Constructor<? extends ODataObject> constructor,
      Map<String, Property> byWireName) {
    this.type = type;
    this.constructor = constructor;
    this.byWireName = byWireName;
    this.count = byWireName.size();
    int size = Integer.highestOneBit(Math.max(1, count) * 2) * 2; // under half full
    this.names = new String[size];
    this.slots = new Property[size];
    for (Property p : byWireName.values()) {
      int i = slot(p.wireName);
      while (names[i] != null) {
        i = (i + 1) & (size - 1);
      }
      names[i] = p.wireName;
      slots[i] = p;
    }
  }

  private int slot(String wireName) {
    int h = wireName.hashCode();
    return (h ^ (h >>> 16)) & (names.length - 1);
  }

  /**
   * The properties of a class, when it has the generated shape.
   *
   * @param type a class
   * @return its properties, or null when Jackson's bean deserializer must read it
   */
  static @Nullable GeneratedProperties of(Class<?> type) {
    return BY_CLASS.get(type).orElse(null);
  }

  Class<? extends ODataObject> type() {
    return type;
  }

  /** The number of properties, {@code @odata.type} included; {@link Property#index} is below it. */
  int count() {
    return count;
  }

  @Nullable Property find(String wireName) {
    @Nullable String[] n = names;
    int mask = n.length - 1;
    String k;
    for (int i = slot(wireName); (k = n[i]) != null; i = (i + 1) & mask) {
      if (k == wireName || k.equals(wireName)) {
        return slots[i];
      }
    }
    return null;
  }

  ODataObject newInstance() throws ReflectiveOperationException {
    return constructor.newInstance();
  }

  /**
   * Whether new instances of the class hold no property value, checked on the first one (a
   * constructor or field initialiser could set one): then the properties a reader stores are the
   * only ones that can hold a value.
   *
   * @param fresh an instance just made by {@link #newInstance}
   */
  boolean startsEmpty(ODataObject fresh) {
    int known = startsEmpty;
    if (known == 0) {
      known = 1;
      for (Property p : byWireName.values()) {
        try {
          if (p.field != null && p.field.get(fresh) != null) {
            known = -1;
          }
        } catch (IllegalAccessException e) {
          known = -1;
        }
      }
      startsEmpty = known;
    }
    return known > 0;
  }

  /**
   * The index of a property stored in this field, for the writer's bits ({@link ODataObject#storedProperties}).
   *
   * @return the index, or -1 when no property of that name is stored in that field
   */
  int indexOf(String wireName, Field field) {
    Property p = byWireName.get(wireName);
    return p != null && field.equals(p.field) ? p.index : -1;
  }

  private static @Nullable GeneratedProperties build(Class<?> type) {
    if (!ODataObject.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    List<Class<?>> chain = new ArrayList<>();
    for (Class<?> c = type; c != ODataObject.class; c = c.getSuperclass()) {
      if (!isGenerated(c) || hasJacksonAnnotation(c.getDeclaredAnnotations())) {
        return null;
      }
      chain.add(0, c);
    }
    Constructor<? extends ODataObject> constructor;
    try {
      constructor = type.asSubclass(ODataObject.class).getConstructor();
    } catch (NoSuchMethodException e) {
      return null;
    }
    try {
      constructor.setAccessible(true); // public already: only spares the access check of each call
    } catch (RuntimeException e) {
      // a module that does not open the package: checked at each call
    }
    Map<String, Property> byWireName = new HashMap<>();
    byWireName.put(ODataObject.ODATA_TYPE, new Property(0, ODataObject.ODATA_TYPE, null, String.class, false));
    for (Class<?> c : chain) {
      if (!addDeclared(c, byWireName)) {
        return null;
      }
    }
    return new GeneratedProperties(type.asSubclass(ODataObject.class), constructor, byWireName);
  }

  /** Adds the properties a class declares; false when it is not of the generated shape. */
  private static boolean addDeclared(Class<?> c, Map<String, Property> byWireName) {
    for (Field f : c.getDeclaredFields()) {
      if (!f.isSynthetic() && f.getDeclaredAnnotations().length > 0) {
        return false;
      }
    }
    Map<String, Method> getters = new HashMap<>();
    List<Method> setters = new ArrayList<>();
    for (Method m : c.getDeclaredMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
        continue;
      }
      String implicit = implicitName(m);
      if (implicit == null) {
        if (hasJacksonAnnotation(m.getDeclaredAnnotations())) {
          return false;
        }
      } else if (m.getParameterCount() == 0) {
        if (getters.put(implicit, m) != null || !onlyAllowed(m, true)) {
          return false;
        }
      } else {
        if (!onlyAllowed(m, false)) {
          return false;
        }
        setters.add(m);
      }
    }
    for (Method setter : setters) {
      Field field = BackingFields.of(setter);
      String implicit = implicitName(setter);
      if (field == null || implicit == null) {
        return false;
      }
      Method getter = getters.remove(implicit);
      String wireName = explicitName(setter);
      if (wireName == null && getter != null) {
        wireName = explicitName(getter);
      }
      if (wireName == null) {
        wireName = implicit;
      }
      // the parser's names are interned (Jackson's default): the lookup then compares references
      wireName = wireName.intern();
      boolean single = getter != null && getter.isAnnotationPresent(SingleOrCollection.class)
          && Collection.class.isAssignableFrom(field.getType());
      if (byWireName.putIfAbsent(wireName,
          new Property(byWireName.size(), wireName, field, field.getGenericType(), single)) != null) {
        return false;
      }
    }
    return getters.isEmpty(); // a getter without a setter: Jackson may use it to set a collection
  }

  /**
   * The property name Jackson derives from a public getter or setter (its default, legacy naming), or
   * null when the method is neither.
   */
  static @Nullable String implicitName(Method m) {
    if (!Modifier.isPublic(m.getModifiers())) {
      return null;
    }
    String name = m.getName();
    int parameters = m.getParameterCount();
    if (parameters == 1 && name.startsWith("set")) {
      return mangle(name, 3);
    }
    if (parameters == 0 && name.startsWith("get") && m.getReturnType() != void.class) {
      return mangle(name, 3);
    }
    if (parameters == 0 && name.startsWith("is") && m.getReturnType() == boolean.class) {
      return mangle(name, 2);
    }
    return null;
  }

  /** As Jackson's {@code BeanUtil.legacyManglePropertyName}: the leading upper-case letters lowered. */
  static @Nullable String mangle(String name, int offset) {
    int end = name.length();
    if (end == offset) {
      return null;
    }
    char c = name.charAt(offset);
    char lower = Character.toLowerCase(c);
    if (c == lower) {
      return name.substring(offset);
    }
    StringBuilder sb = new StringBuilder(end - offset).append(lower);
    for (int i = offset + 1; i < end; i++) {
      c = name.charAt(i);
      lower = Character.toLowerCase(c);
      if (c == lower) {
        sb.append(name, i, end);
        break;
      }
      sb.append(lower);
    }
    return sb.toString();
  }

  private static @Nullable String explicitName(Method m) {
    JsonProperty p = m.getAnnotation(JsonProperty.class);
    return p == null || p.value().isEmpty() ? null : p.value();
  }

  /** Whether an accessor carries only what the generator emits on it. */
  private static boolean onlyAllowed(Method m, boolean getter) {
    for (Annotation a : m.getDeclaredAnnotations()) {
      Class<? extends Annotation> t = a.annotationType();
      boolean allowed = (t == JsonProperty.class && ((JsonProperty) a).access() == JsonProperty.Access.AUTO)
          || (getter && (t == ReadOnly.class || t == SingleOrCollection.class));
      if (!allowed && !t.getName().startsWith("java.")) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasJacksonAnnotation(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGenerated(Class<?> c) {
    Package pkg = c.getPackage();
    return pkg != null && pkg.isAnnotationPresent(ODataModel.class);
  }
}
