package io.github.graphdocs.runtime;

import io.github.graphdocs.runtime.prototype.Message;

/** A hand-written subclass of a generated class, outside the model's package: its getter computes the value. */
public final class ComputedSubjectMessage extends Message {
  @Override
  public String getSubject() {
    return "computed";
  }
}
