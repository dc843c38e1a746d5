package io.github.graphdocs.runtime.prototype;

import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The fileAttachment type.
 *
 * <p>OData type {@code microsoft.graph.fileAttachment} (entity type).
 */
@Generated("io.github.graphdocs")
public class FileAttachment extends Attachment {
  /** This type's {@code @odata.type}. */
  public static final String ODATA_TYPE = "#microsoft.graph.fileAttachment";

  private @Nullable byte[] contentBytes;

  /** Creates an empty fileAttachment. */
  public FileAttachment() {}

  /**
   * The contentBytes property.
   *
   * @return the {@code contentBytes} property, or null when absent
   */
  public @Nullable byte[] getContentBytes() {
    return contentBytes;
  }

  /**
   * Sets the {@code contentBytes} property.
   *
   * @param contentBytes the new value
   */
  public void setContentBytes(@Nullable byte[] contentBytes) {
    this.contentBytes = contentBytes;
    changed("contentBytes", contentBytes);
  }

  /**
   * A builder of a new fileAttachment.
   *
   * @return the builder
   */
  public static Builder<? extends FileAttachment, ?> builder() {
    return new Builder<>(new FileAttachment());
  }

  /**
   * Builds a fileAttachment.
   *
   * @param <T> the type built
   * @param <B> the builder's own type
   */
  public static class Builder<T extends FileAttachment, B extends Builder<T, B>> extends Attachment.Builder<T, B> {
    /**
     * For this type's and subtypes' builders.
     *
     * @param target the new object
     */
    protected Builder(T target) {
      super(target);
    }

    /**
     * Sets the {@code contentBytes} property.
     *
     * @param contentBytes the new value
     * @return this builder
     */
    public B contentBytes(@Nullable byte[] contentBytes) {
      target.setContentBytes(contentBytes);
      return self();
    }
  }
}
