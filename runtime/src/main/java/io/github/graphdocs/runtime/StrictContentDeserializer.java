package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * For {@code @JsonDeserialize(using = ...)} or {@code contentUsing = ...}: a value of an OData
 * primitive Java type is read by its {@link StrictScalarDeserializer}, any other value by the
 * deserializer Jackson would use anyway. Never read a value itself.
 */
public final class StrictContentDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

  /** Created by Jackson from the annotation. */
  public StrictContentDeserializer() {}

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
      throws JsonMappingException {
    JavaType type = ctxt.getContextualType();
    if (type == null && property != null) {
      type = property.getType();
    }
    if (type == null) {
      return ctxt.findRootValueDeserializer(ctxt.constructType(Object.class));
    }
    EdmScalar kind = EdmScalar.forJavaType(type.getRawClass());
    return kind != null ? StrictScalarDeserializer.of(kind) : ctxt.findContextualValueDeserializer(type, property);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    throw new IllegalStateException("contextual only");
  }
}
