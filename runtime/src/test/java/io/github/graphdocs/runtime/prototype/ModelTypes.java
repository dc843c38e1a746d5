package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.ODataObject;
import io.github.graphdocs.runtime.ODataTypeRegistry;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** The {@code @odata.type} names of this model's structured types. */
@Generated("io.github.graphdocs")
public final class ModelTypes extends ODataTypeRegistry {
  /** Created once per model by the runtime. */
  public ModelTypes() {}

  @Override
  protected @Nullable Class<? extends ODataObject> classFor(String lowerCaseName) {
    switch (lowerCaseName) {
      case "microsoft.graph.attachment": return Attachment.class;
      case "microsoft.graph.entity": return Entity.class;
      case "microsoft.graph.fileattachment": return FileAttachment.class;
      case "microsoft.graph.itembody": return ItemBody.class;
      case "microsoft.graph.message": return Message.class;
      case "microsoft.graph.outlookitem": return OutlookItem.class;
      case "microsoft.graph.presence": return Presence.class;
      default: return null;
    }
  }

  @Override
  protected boolean hasSubtypes(String lowerCaseName) {
    switch (lowerCaseName) {
      case "microsoft.graph.attachment":
      case "microsoft.graph.entity":
      case "microsoft.graph.outlookitem":
        return true;
      default:
        return false;
    }
  }
}
