package io.github.graphdocs.runtime.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.ODataCollection;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * What a request's response body holds and how to read it through the model: nothing, an object of a
 * model class (its subtypes resolved from {@code @odata.type}), one page of a collection
 * ({@link ODataCollection}), a primitive (the service sends {@code {"value": ...}}), or raw bytes
 * (a stream such as a file's content).
 *
 * @param <T> what reading gives
 */
public final class ResponseType<T> {
  /** The shapes a response body has. */
  public enum Shape {
    /** No body ({@code 204 No Content}, or one the caller does not need). */
    NONE,
    /** One object of a model class. */
    OBJECT,
    /** A page of a collection. */
    COLLECTION,
    /** A primitive value wrapped as {@code {"value": ...}}. */
    PRIMITIVE,
    /** The body's bytes as they are. */
    BYTES
  }

  private static final ResponseType<Void> NONE = new ResponseType<>(Shape.NONE, Void.class);
  private static final ResponseType<byte[]> BYTES = new ResponseType<>(Shape.BYTES, byte[].class);

  private final Shape shape;
  private final Class<?> type;

  private ResponseType(Shape shape, Class<?> type) {
    this.shape = shape;
    this.type = type;
  }

  /** No body to read: sending gives null. */
  public static ResponseType<Void> none() {
    return NONE;
  }

  /** The body's bytes. */
  public static ResponseType<byte[]> bytes() {
    return BYTES;
  }

  /**
   * An object of a model class.
   *
   * @param type the class, or the base class of what the service may send
   * @param <T> the class
   * @return the response type
   */
  public static <T> ResponseType<T> object(Class<T> type) {
    return new ResponseType<>(Shape.OBJECT, type);
  }

  /**
   * A page of items of a model class or of a primitive ({@code String}, {@code Integer}...).
   *
   * @param itemType the item class
   * @param <E> the item class
   * @return the response type
   */
  public static <E> ResponseType<ODataCollection<E>> collection(Class<E> itemType) {
    return new ResponseType<>(Shape.COLLECTION, itemType);
  }

  /**
   * A primitive the service wraps as {@code {"value": ...}} (a bare JSON value is read too).
   *
   * @param type {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code Double}...
   * @param <T> the class
   * @return the response type
   */
  public static <T> ResponseType<T> primitive(Class<T> type) {
    return new ResponseType<>(Shape.PRIMITIVE, type);
  }

  /** The shape of the body. */
  public Shape shape() {
    return shape;
  }

  /** The object, item or primitive class ({@code Void} for none, {@code byte[]} for bytes). */
  public Class<?> type() {
    return type;
  }

  /**
   * Reads a response body.
   *
   * @param mapper the application's mapper
   * @param body the body's bytes
   * @return what the body holds; null for {@link Shape#NONE} and for an empty body
   * @throws IOException when the body is not what the type says (an {@code ODataReadException} says where)
   */
  @SuppressWarnings("unchecked")
  public @Nullable T read(ObjectMapper mapper, byte[] body) throws IOException {
    switch (shape) {
      case NONE:
        return null;
      case BYTES:
        return (T) body;
      default:
        break;
    }
    if (body.length == 0) {
      return null;
    }
    if (shape == Shape.OBJECT) {
      return (T) mapper.readValue(body, type);
    }
    if (shape == Shape.COLLECTION) {
      JavaType page = mapper.getTypeFactory().constructParametricType(ODataCollection.class, type);
      return mapper.readValue(body, page);
    }
    JsonNode tree = mapper.readTree(body);
    JsonNode value = tree.isObject() && tree.has("value") ? tree.get("value") : tree;
    return (T) mapper.treeToValue(value, type);
  }

  @Override
  public String toString() {
    return shape == Shape.NONE || shape == Shape.BYTES ? shape.name().toLowerCase(java.util.Locale.ROOT)
        : shape.name().toLowerCase(java.util.Locale.ROOT) + " " + type.getSimpleName();
  }
}
