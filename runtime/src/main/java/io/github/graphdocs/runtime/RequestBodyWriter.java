package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a model object as a request body:
 * <ul>
 *   <li>{@link #forPost}: every property that is set, except read-only ones ({@link ReadOnly}), with
 *       explicit nulls and additional data;
 *   <li>{@link #forPatch}: only the properties set since the object was read or created (explicit
 *       nulls included: that is how a PATCH clears a value), additional data added since, and each
 *       structured property whose value changed inside, sent whole (less its read-only properties).
 * </ul>
 * A request whose own docs list a read-only property in its request body (an {@code id} the client
 * chooses on create, say) names it: {@code forPost(mapper, Set.of("id"))} writes the body object's
 * {@code id} all the same; the read-only properties of values nested in it are still left out.
 * Nothing is stored besides the names of the properties set: reading keeps everything, and plain
 * Jackson writing ({@code mapper.writeValueAsString}) still writes the whole object.
 *
 * <pre>{@code
 * User user = mapper.readValue(json, User.class);
 * user.setDisplayName("Ada");
 * String body = RequestBodyWriter.forPatch(mapper).writeValueAsString(user); // {"displayName":"Ada"}
 * }</pre>
 */
public final class RequestBodyWriter {
  /** The kinds of request body. */
  public enum Kind {
    /** A new object: no read-only properties. */
    POST,
    /** An update: only what changed. */
    PATCH
  }

  private static final String ATTRIBUTE = RequestBodyWriter.class.getName();
  private static final String SENT_READ_ONLY = ATTRIBUTE + ".sentReadOnly";
  private static final String ROOT = ATTRIBUTE + ".root";

  private final ObjectWriter writer;

  private RequestBodyWriter(ObjectMapper mapper, Kind kind, Collection<String> sentReadOnly) {
    ObjectWriter w = mapper.writer().withAttribute(ATTRIBUTE, kind);
    if (!sentReadOnly.isEmpty()) {
      w = w.withAttribute(SENT_READ_ONLY, Set.copyOf(sentReadOnly));
    }
    this.writer = w;
  }

  /**
   * A writer of POST bodies.
   *
   * @param mapper the application's mapper, unchanged
   * @return the writer
   */
  public static RequestBodyWriter forPost(ObjectMapper mapper) {
    return new RequestBodyWriter(mapper, Kind.POST, Set.of());
  }

  /**
   * A writer of POST bodies that also writes the body object's read-only properties of these names.
   *
   * @param mapper the application's mapper, unchanged
   * @param sentReadOnly JSON names of read-only properties the request sends all the same
   * @return the writer
   */
  public static RequestBodyWriter forPost(ObjectMapper mapper, Collection<String> sentReadOnly) {
    return new RequestBodyWriter(mapper, Kind.POST, sentReadOnly);
  }

  /**
   * A writer of PATCH bodies.
   *
   * @param mapper the application's mapper, unchanged
   * @return the writer
   */
  public static RequestBodyWriter forPatch(ObjectMapper mapper) {
    return new RequestBodyWriter(mapper, Kind.PATCH, Set.of());
  }

  /**
   * A writer of PATCH bodies that also writes the body object's read-only properties of these names
   * (when changed, as any other property).
   *
   * @param mapper the application's mapper, unchanged
   * @param sentReadOnly JSON names of read-only properties the request sends all the same
   * @return the writer
   */
  public static RequestBodyWriter forPatch(ObjectMapper mapper, Collection<String> sentReadOnly) {
    return new RequestBodyWriter(mapper, Kind.PATCH, sentReadOnly);
  }

  /**
   * The body as JSON text.
   *
   * @param body a model object (or any value Jackson writes; only model objects are filtered)
   * @return the JSON
   * @throws JsonProcessingException when Jackson cannot write it
   */
  public String writeValueAsString(Object body) throws JsonProcessingException {
    return writer.writeValueAsString(body);
  }

  /**
   * The body as UTF-8 bytes.
   *
   * @param body a model object
   * @return the JSON
   * @throws JsonProcessingException when Jackson cannot write it
   */
  public byte[] writeValueAsBytes(Object body) throws JsonProcessingException {
    return writer.writeValueAsBytes(body);
  }

  /** The Jackson writer that writes such bodies, for streaming. */
  public ObjectWriter writer() {
    return writer;
  }

  static @Nullable Kind kindOf(SerializerProvider provider) {
    Object kind = provider.getAttribute(ATTRIBUTE);
    return kind instanceof Kind k ? k : null;
  }

  static void setKind(SerializerProvider provider, Kind kind) {
    provider.setAttribute(ATTRIBUTE, kind);
  }

  /**
   * The read-only property names this object may still send: those the writer names, for the body
   * object itself (the first model object written in the call), else none.
   */
  static Set<String> sentReadOnly(SerializerProvider provider, Object value) {
    if (!(provider.getAttribute(SENT_READ_ONLY) instanceof Set<?> names)) {
      return Set.of();
    }
    Object root = provider.getAttribute(ROOT);
    if (root == null) {
      provider.setAttribute(ROOT, value);
      root = value;
    }
    @SuppressWarnings("unchecked")
    Set<String> strings = (Set<String>) names;
    return root == value ? strings : Set.of();
  }
}
