package io.github.graphdocs.runtime;

/** A hand-written structured type, in no generated model's package. */
public final class HandwrittenObject extends ODataObject {
  private String title;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
