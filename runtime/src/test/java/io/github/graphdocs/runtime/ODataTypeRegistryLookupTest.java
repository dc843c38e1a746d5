package io.github.graphdocs.runtime;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.runtime.prototype.ItemBody;
import io.github.graphdocs.runtime.prototype.Message;
import io.github.graphdocs.runtime.prototype.ModelTypes;
import org.junit.jupiter.api.Test;

/** How a model class finds its registry: through its package's {@code @ODataModel}, one instance per model. */
class ODataTypeRegistryLookupTest {
  @Test
  void aModelClassFindsTheRegistryItsPackageNames() {
    assertInstanceOf(ModelTypes.class, ODataTypeRegistry.of(Message.class));
  }

  @Test
  void allClassesOfAModelShareOneRegistry() {
    assertSame(ODataTypeRegistry.of(Message.class), ODataTypeRegistry.of(ItemBody.class));
  }

  @Test
  void aClassOutsideAModelIsRefusedWithItsName() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ODataTypeRegistry.of(HandwrittenObject.class));
    assertTrue(e.getMessage().contains(HandwrittenObject.class.getName() + " is not a class of a generated model"), e.getMessage());
  }
}
