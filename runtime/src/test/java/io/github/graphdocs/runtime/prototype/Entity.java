package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.ODataObject;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The base of entities.
 *
 * <p>OData type {@code microsoft.graph.entity} (abstract entity type). Documented in resources/entity.md.
 */
@Generated("io.github.graphdocs")
public abstract class Entity extends ODataObject {
  /** This type's {@code @odata.type}. */
  public static final String ODATA_TYPE = "#microsoft.graph.entity";

  private @Nullable String id;

  /** Creates an empty entity. */
  protected Entity() {}

  /**
   * The unique identifier. Read-only.
   *
   * @return the {@code id} property, or null when absent
   */
  @io.github.graphdocs.runtime.ReadOnly
  public @Nullable String getId() {
    return id;
  }

  /**
   * Sets the {@code id} property.
   *
   * @param id the new value
   */
  public void setId(String id) {
    this.id = id;
    changed("id", id);
  }

  /**
   * Builds an entity.
   *
   * @param <T> the type built
   * @param <B> the builder's own type
   */
  public static class Builder<T extends Entity, B extends Builder<T, B>> extends ODataObject.Builder<T, B> {
    /**
     * For subtypes' builders.
     *
     * @param target the new object
     */
    protected Builder(T target) {
      super(target);
    }

    /**
     * Sets the {@code id} property.
     *
     * @param id the new value
     * @return this builder
     */
    public B id(String id) {
      target.setId(id);
      return self();
    }
  }

  /** An entity of a type this model does not know: its data is kept and written back. */
  public static final class Other extends Entity {
    /** Creates an empty one. */
    public Other() {}
  }
}
