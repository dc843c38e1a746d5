package io.github.graphdocs.verify;

import java.util.Map;

/**
 * Loads compiled model classes from memory. Its parent is the loader that holds Jackson, so that the
 * model and the ObjectMapper reading it share Jackson's classes; nothing else is visible to the model.
 */
public final class CompiledModelLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;

  public CompiledModelLoader(Map<String, byte[]> classes, ClassLoader parent) {
    super("graphdocs-model", parent);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
