package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.ReadOnly;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * An Outlook item.
 *
 * <p>OData type {@code microsoft.graph.outlookItem} (abstract entity type). Documented in resources/outlookitem.md.
 */
@Generated("io.github.graphdocs")
public abstract class OutlookItem extends Entity {
  /** This type's {@code @odata.type}. */
  public static final String ODATA_TYPE = "#microsoft.graph.outlookItem";

  private @Nullable OffsetDateTime createdDateTime;
  private @Nullable List<String> categories;

  /** Creates an empty outlookItem. */
  protected OutlookItem() {}

  /**
   * When the item was created. Read-only.
   *
   * @return the {@code createdDateTime} property, or null when absent
   */
  @ReadOnly
  public @Nullable OffsetDateTime getCreatedDateTime() {
    return createdDateTime;
  }

  /**
   * Sets the {@code createdDateTime} property.
   *
   * @param createdDateTime the new value
   */
  public void setCreatedDateTime(@Nullable OffsetDateTime createdDateTime) {
    this.createdDateTime = createdDateTime;
    changed("createdDateTime", createdDateTime);
  }

  /**
   * The categories.
   *
   * @return the {@code categories} property, or null when absent
   */
  public @Nullable List<String> getCategories() {
    return categories;
  }

  /**
   * Sets the {@code categories} property.
   *
   * @param categories the new value
   */
  public void setCategories(@Nullable List<String> categories) {
    this.categories = categories;
    changed("categories", categories);
  }

  /**
   * Builds an outlookItem.
   *
   * @param <T> the type built
   * @param <B> the builder's own type
   */
  public static class Builder<T extends OutlookItem, B extends Builder<T, B>> extends Entity.Builder<T, B> {
    /**
     * For subtypes' builders.
     *
     * @param target the new object
     */
    protected Builder(T target) {
      super(target);
    }

    /**
     * Sets the {@code createdDateTime} property.
     *
     * @param createdDateTime the new value
     * @return this builder
     */
    public B createdDateTime(@Nullable OffsetDateTime createdDateTime) {
      target.setCreatedDateTime(createdDateTime);
      return self();
    }

    /**
     * Sets the {@code categories} property.
     *
     * @param categories the new value
     * @return this builder
     */
    public B categories(@Nullable List<String> categories) {
      target.setCategories(categories);
      return self();
    }
  }

  /** An outlookItem of a type this model does not know: its data is kept and written back. */
  public static final class Other extends OutlookItem {
    /** Creates an empty one. */
    public Other() {}
  }
}
