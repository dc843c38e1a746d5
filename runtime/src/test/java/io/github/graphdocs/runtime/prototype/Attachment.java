package io.github.graphdocs.runtime.prototype;

import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The attachment type.
 *
 * <p>OData type {@code microsoft.graph.attachment} (abstract entity type).
 */
@Generated("io.github.graphdocs")
public abstract class Attachment extends Entity {
  /** This type's {@code @odata.type}. */
  public static final String ODATA_TYPE = "#microsoft.graph.attachment";

  private @Nullable String name;
  private @Nullable Integer size;

  /** Creates an empty attachment. */
  protected Attachment() {}

  /**
   * The name property.
   *
   * @return the {@code name} property, or null when absent
   */
  public @Nullable String getName() {
    return name;
  }

  /**
   * Sets the {@code name} property.
   *
   * @param name the new value
   */
  public void setName(@Nullable String name) {
    this.name = name;
    changed("name", name);
  }

  /**
   * The size property.
   *
   * @return the {@code size} property, or null when absent
   */
  public @Nullable Integer getSize() {
    return size;
  }

  /**
   * Sets the {@code size} property.
   *
   * @param size the new value
   */
  public void setSize(@Nullable Integer size) {
    this.size = size;
    changed("size", size);
  }

  /**
   * Builds a attachment.
   *
   * @param <T> the type built
   * @param <B> the builder's own type
   */
  public static class Builder<T extends Attachment, B extends Builder<T, B>> extends Entity.Builder<T, B> {
    /**
     * For this type's and subtypes' builders.
     *
     * @param target the new object
     */
    protected Builder(T target) {
      super(target);
    }

    /**
     * Sets the {@code name} property.
     *
     * @param name the new value
     * @return this builder
     */
    public B name(@Nullable String name) {
      target.setName(name);
      return self();
    }

    /**
     * Sets the {@code size} property.
     *
     * @param size the new value
     * @return this builder
     */
    public B size(@Nullable Integer size) {
      target.setSize(size);
      return self();
    }
  }

  /** A attachment of a type this model does not know: its data is kept and written back. */
  public static final class Other extends Attachment {
    /** Creates an empty one. */
    public Other() {}
  }
}
