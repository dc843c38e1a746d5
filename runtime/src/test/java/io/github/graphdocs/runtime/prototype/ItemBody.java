package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.ODataObject;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The itemBody type.
 *
 * <p>OData type {@code microsoft.graph.itemBody} (complex type).
 */
@Generated("io.github.graphdocs")
public class ItemBody extends ODataObject {
  /** This type's {@code @odata.type}. */
  public static final String ODATA_TYPE = "#microsoft.graph.itemBody";

  private @Nullable String content;
  private @Nullable BodyType contentType;

  /** Creates an empty itemBody. */
  public ItemBody() {}

  /**
   * The content property.
   *
   * @return the {@code content} property, or null when absent
   */
  public @Nullable String getContent() {
    return content;
  }

  /**
   * Sets the {@code content} property.
   *
   * @param content the new value
   */
  public void setContent(@Nullable String content) {
    this.content = content;
    changed("content", content);
  }

  /**
   * The contentType property.
   *
   * @return the {@code contentType} property, or null when absent
   */
  public @Nullable BodyType getContentType() {
    return contentType;
  }

  /**
   * Sets the {@code contentType} property.
   *
   * @param contentType the new value
   */
  public void setContentType(@Nullable BodyType contentType) {
    this.contentType = contentType;
    changed("contentType", contentType);
  }

  /**
   * A builder of a new itemBody.
   *
   * @return the builder
   */
  public static Builder<? extends ItemBody, ?> builder() {
    return new Builder<>(new ItemBody());
  }

  /**
   * Builds a itemBody.
   *
   * @param <T> the type built
   * @param <B> the builder's own type
   */
  public static class Builder<T extends ItemBody, B extends Builder<T, B>> extends ODataObject.Builder<T, B> {
    /**
     * For this type's and subtypes' builders.
     *
     * @param target the new object
     */
    protected Builder(T target) {
      super(target);
    }

    /**
     * Sets the {@code content} property.
     *
     * @param content the new value
     * @return this builder
     */
    public B content(@Nullable String content) {
      target.setContent(content);
      return self();
    }

    /**
     * Sets the {@code contentType} property.
     *
     * @param contentType the new value
     * @return this builder
     */
    public B contentType(@Nullable BodyType contentType) {
      target.setContentType(contentType);
      return self();
    }
  }
}
