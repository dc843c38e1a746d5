package io.github.graphdocs.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The private field behind a generated getter or setter, so that reading and writing can store and
 * load values without a reflective method call per property. A generated class (one in a package
 * annotated {@link ODataModel}) declares, per property, a field {@code name}, a getter
 * {@code getName()} that returns it and a setter {@code setName(value)} that stores it and calls
 * {@link ODataObject#changed}. Any other accessor (a hand-written subclass, an overriding getter, a
 * field of another type) has no backing field here, and is called as a method.
 */
final class BackingFields {
  private BackingFields() {}

  /**
   * The field a generated getter returns or a generated setter stores, made accessible.
   *
   * @param accessor a getter ({@code getX()}) or setter ({@code setX(value)})
   * @return the field, or null when the accessor is not a generated one or the field cannot be opened
   */
  static @Nullable Field of(Method accessor) {
    if (!mayHaveOne(accessor)) {
      return null;
    }
    Class<?> owner = accessor.getDeclaringClass();
    String name = accessor.getName();
    boolean getter = accessor.getParameterCount() == 0;
    String fieldName = Character.toLowerCase(name.charAt(3)) + name.substring(4);
    java.lang.reflect.Type valueType = getter ? accessor.getGenericReturnType() : accessor.getGenericParameterTypes()[0];
    try {
      Field f = owner.getDeclaredField(fieldName);
      int m = f.getModifiers();
      if (Modifier.isStatic(m) || Modifier.isFinal(m) || !Modifier.isPrivate(m) || !f.getGenericType().equals(valueType)) {
        return null;
      }
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException | RuntimeException e) {
      return null; // not the generated shape, or the package is not open to the runtime: the method is called
    }
  }

  /**
   * Whether an accessor has the generated shape (a cheap check, without looking up the field).
   *
   * @param accessor a method
   * @return false when {@link #of} gives null for it
   */
  static boolean mayHaveOne(Method accessor) {
    String name = accessor.getName();
    int parameters = accessor.getParameterCount();
    boolean getter = parameters == 0 && name.startsWith("get");
    boolean setter = parameters == 1 && name.startsWith("set");
    Class<?> owner = accessor.getDeclaringClass();
    return (getter || setter) && name.length() > 3 && !Modifier.isStatic(accessor.getModifiers())
        && ODataObject.class.isAssignableFrom(owner) && isGenerated(owner);
  }

  private static boolean isGenerated(Class<?> owner) {
    Package pkg = owner.getPackage();
    return pkg != null && pkg.isAnnotationPresent(ODataModel.class);
  }

  /**
   * A public method of {@link ODataObject} that the runtime calls directly when a model class does
   * not override it ({@code setODataType}, {@code getODataType}, {@code setAdditionalData}).
   *
   * @param name its name
   * @param parameters its parameter types
   * @return the method
   */
  static Method odataObjectMethod(String name, Class<?>... parameters) {
    try {
      return ODataObject.class.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
