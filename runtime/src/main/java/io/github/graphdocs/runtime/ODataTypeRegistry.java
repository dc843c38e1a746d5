package io.github.graphdocs.runtime;

import java.lang.reflect.Modifier;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The {@code @odata.type} names of one generated model and their classes. A generated subclass
 * answers {@link #classFor} with a switch over lower-case names that returns class literals, so a
 * class is loaded only when a payload names it. Resolution accepts only generated subtypes of the
 * declared type: any other name (another model type, a Java class name, an unknown type) gives the
 * declared type, or the {@code Other} form of an abstract declared type, and the name is kept as data.
 */
public abstract class ODataTypeRegistry {
  private static final ClassValue<ODataTypeRegistry> BY_CLASS = new ClassValue<>() {
    @Override
    protected ODataTypeRegistry computeValue(Class<?> type) {
      Package pkg = type.getPackage();
      ODataModel model = pkg == null ? null : pkg.getAnnotation(ODataModel.class);
      if (model == null) {
        throw new IllegalStateException(type.getName() + " is not a class of a generated model: its package has no @"
            + ODataModel.class.getSimpleName());
      }
      return INSTANCES.get(model.registry());
    }
  };
  /** One instance per registry class, shared by all the classes of its model (and their caches). */
  private static final ClassValue<ODataTypeRegistry> INSTANCES = new ClassValue<>() {
    @Override
    protected ODataTypeRegistry computeValue(Class<?> registry) {
      try {
        return (ODataTypeRegistry) registry.getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create the registry " + registry.getName(), e);
      }
    }
  };
  private static final ClassValue<Class<?>> OTHER = new ClassValue<>() {
    @Override
    protected Class<?> computeValue(Class<?> type) {
      try {
        Class<?> other = Class.forName(type.getName() + "$Other", false, type.getClassLoader());
        if (type.isAssignableFrom(other) && !Modifier.isAbstract(other.getModifiers())) {
          return other;
        }
      } catch (ClassNotFoundException e) {
        // no concrete form: reported below
      }
      throw new IllegalStateException("abstract class " + type.getName() + " has no concrete nested class Other");
    }
  };

  private final ClassValue<Boolean> hasSubtypes = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      try {
        Object name = type.getField("ODATA_TYPE").get(null);
        return name instanceof String s && s.startsWith("#") && hasSubtypes(s.substring(1).toLowerCase(Locale.ROOT));
      } catch (ReflectiveOperationException e) {
        return true;
      }
    }
  };

  /** For generated registries. */
  protected ODataTypeRegistry() {}

  /**
   * The generated class of a structured type.
   *
   * @param lowerCaseName its qualified name in lower case, without {@code #}, such as {@code microsoft.graph.user}
   * @return the class, or null when the model has no such type
   */
  protected abstract @Nullable Class<? extends ODataObject> classFor(String lowerCaseName);

  /**
   * Whether a structured type has generated subtypes (so that a payload's {@code @odata.type} may
   * select another class).
   *
   * @param lowerCaseName its qualified name in lower case, without {@code #}
   * @return true when some generated type derives from it
   */
  protected abstract boolean hasSubtypes(String lowerCaseName);

  /**
   * Whether a payload of this declared type may be of another generated class: it has generated
   * subtypes (known from its {@code ODATA_TYPE} constant), or is abstract.
   *
   * @param declared a generated class
   * @return false when the declared type is always what is read
   */
  public final boolean isPolymorphic(Class<?> declared) {
    return Modifier.isAbstract(declared.getModifiers()) || hasSubtypes.get(declared);
  }

  /**
   * The registry of the model a class belongs to.
   *
   * @param modelClass a generated class
   * @return its model's registry (one instance per model)
   * @throws IllegalStateException when the class is not of a generated model
   */
  public static ODataTypeRegistry of(Class<?> modelClass) {
    return BY_CLASS.get(modelClass);
  }

  /**
   * The class to read a payload of a declared type into.
   *
   * @param declared the type asked for
   * @param odataType the payload's {@code @odata.type}, or null when absent
   * @param <T> the declared type
   * @return a concrete generated subtype of {@code declared} (or {@code declared} itself) that the name
   *     selects; else {@code declared} when concrete, else its {@code Other} form
   */
  public final <T extends ODataObject> Class<? extends T> resolve(Class<T> declared, @Nullable String odataType) {
    if (odataType != null && !odataType.isEmpty()) {
      String name = odataType.charAt(0) == '#' ? odataType.substring(1) : odataType;
      Class<? extends ODataObject> found = classFor(name.toLowerCase(Locale.ROOT));
      if (found != null && declared.isAssignableFrom(found)) {
        return concrete(found.asSubclass(declared));
      }
    }
    return concrete(declared);
  }

  /**
   * The class itself when concrete, else its nested {@code Other} form.
   *
   * @param type a generated class
   * @param <T> its type
   * @return a class that can be instantiated
   */
  public static <T extends ODataObject> Class<? extends T> concrete(Class<T> type) {
    if (!Modifier.isAbstract(type.getModifiers())) {
      return type;
    }
    return OTHER.get(type).asSubclass(type);
  }
}
