package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.ODataObject;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A class of the generated shape whose property starts with a value (a field initialiser, which the
 * generator does not emit): a new instance is not empty.
 */
@Generated("io.github.graphdocs")
public class Note extends ODataObject {
  private @Nullable String text = "draft";
  private @Nullable String title;

  /** Creates a note whose text is {@code draft}. */
  public Note() {}

  /**
   * The text property.
   *
   * @return the {@code text} property, or null when absent
   */
  public @Nullable String getText() {
    return text;
  }

  /**
   * Sets the {@code text} property.
   *
   * @param text the new value
   */
  public void setText(@Nullable String text) {
    this.text = text;
    changed("text", text);
  }

  /**
   * The title property.
   *
   * @return the {@code title} property, or null when absent
   */
  public @Nullable String getTitle() {
    return title;
  }

  /**
   * Sets the {@code title} property.
   *
   * @param title the new value
   */
  public void setTitle(@Nullable String title) {
    this.title = title;
    changed("title", title);
  }
}
