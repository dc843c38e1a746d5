package io.github.graphdocs.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.graphdocs.runtime.prototype.Message;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** Which accessors have a backing field that reading and writing may use instead of the method. */
class BackingFieldsTest {
  @Test
  void aGeneratedGetterReturnsItsPrivateField() throws Exception {
    Field f = BackingFields.of(Message.class.getMethod("getSubject"));
    assertEquals("subject", f.getName());
    assertEquals(Message.class, f.getDeclaringClass());
  }

  @Test
  void aGeneratedSetterStoresTheSameField() throws Exception {
    Field f = BackingFields.of(Message.class.getMethod("setSubject", String.class));
    assertEquals(BackingFields.of(Message.class.getMethod("getSubject")), f);
  }

  @Test
  void anAccessorWithUpperCaseLettersAfterGetFindsTheLowerCamelField() throws Exception {
    assertEquals("eTag", BackingFields.of(Message.class.getMethod("getETag")).getName());
  }

  @Test
  void aGetterOverriddenOutsideTheModelHasNone() throws Exception {
    assertNull(BackingFields.of(ComputedSubjectMessage.class.getMethod("getSubject")));
  }

  @Test
  void aClassOutsideAGeneratedModelHasNone() throws Exception {
    assertNull(BackingFields.of(HandwrittenObject.class.getMethod("getTitle")));
  }

  @Test
  void theRuntimesOwnAccessorsHaveNone() throws Exception {
    assertNull(BackingFields.of(ODataObject.class.getMethod("getODataType")));
  }
}
