package io.github.graphdocs.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.RequestBodyWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request to an OData service, as a value: the method, the path (keys and arguments already
 * encoded, relative to the service root), the query options, the body, what the response holds and
 * the status the docs document for success. The generated request API builds these; nothing here
 * needs an HTTP library. Immutable: the query setters return a new request.
 *
 * <pre>{@code
 * ODataRequest<ODataCollection<User>> list = UsersRequests.list().select("id", "displayName").top(10);
 * list.method();        // GET
 * list.pathAndQuery();  // /users?$select=id,displayName&$top=10
 * }</pre>
 *
 * @param <T> what sending it gives
 */
public final class ODataRequest<T> {
  /** What the body is and how it is written. */
  public enum BodyKind {
    /** No body. */
    NONE,
    /** A model object to create: written as {@link RequestBodyWriter#forPost} writes it. */
    CREATE,
    /** A model object's changes: written as {@link RequestBodyWriter#forPatch} writes it. */
    UPDATE,
    /** A whole model object, every property set (PUT). */
    REPLACE,
    /** An action's parameters by name: written as a JSON object, null values left out. */
    PARAMETERS,
    /** Bytes sent as they are ({@code application/octet-stream}), such as a file's content. */
    BYTES
  }

  private final ODataMethod method;
  private final String path;
  private final Map<String, String> query;
  private final @Nullable Object body;
  private final BodyKind bodyKind;
  private final ResponseType<T> responseType;
  private final int expectedStatus;

  private ODataRequest(ODataMethod method, String path, Map<String, String> query, @Nullable Object body,
      BodyKind bodyKind, ResponseType<T> responseType, int expectedStatus) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.body = body;
    this.bodyKind = bodyKind;
    this.responseType = responseType;
    this.expectedStatus = expectedStatus;
  }

  /**
   * A request without a body.
   *
   * @param method the method
   * @param path the encoded path, starting with {@code /} (see {@link ODataPaths})
   * @param responseType what the response holds
   * @param expectedStatus the documented success status, or 0 when the docs give none
   * @param <T> what sending it gives
   * @return the request
   */
  public static <T> ODataRequest<T> of(ODataMethod method, String path, ResponseType<T> responseType, int expectedStatus) {
    return new ODataRequest<>(method, checkPath(path), Map.of(), null, BodyKind.NONE, responseType, expectedStatus);
  }

  /**
   * An action's parameters as a map for {@link BodyKind#PARAMETERS}: names and values alternate; the
   * order is kept and null values are left out when the body is written.
   *
   * @param namesAndValues {@code "name1", value1, "name2", value2...}
   * @return a new map
   */
  public static Map<String, @Nullable Object> parameters(@Nullable Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values alternate");
    }
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
    }
    return m;
  }

  /**
   * This request with a body.
   *
   * @param kind how the body is written (not {@link BodyKind#NONE})
   * @param body a model object; for {@link BodyKind#PARAMETERS} a map of parameter names to values, for
   *     {@link BodyKind#BYTES} a byte array
   * @return a new request
   */
  public ODataRequest<T> withBody(BodyKind kind, Object body) {
    Objects.requireNonNull(body, "body");
    if (kind == BodyKind.NONE) {
      throw new IllegalArgumentException("a body needs a kind");
    }
    if (kind == BodyKind.PARAMETERS && !(body instanceof Map)) {
      throw new IllegalArgumentException("action parameters are a map of names to values");
    }
    if (kind == BodyKind.BYTES && !(body instanceof byte[])) {
      throw new IllegalArgumentException("a BYTES body is a byte array");
    }
    return new ODataRequest<>(method, path, query, body, kind, responseType, expectedStatus);
  }

  /**
   * This request with one more query option (or another value for it).
   *
   * @param name the option, such as {@code $filter} or a function's query parameter
   * @param value its value, unencoded
   * @return a new request
   */
  public ODataRequest<T> query(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put(name, value);
    return new ODataRequest<>(method, path, Collections.unmodifiableMap(q), body, bodyKind, responseType, expectedStatus);
  }

  /**
   * {@code $select}: the properties to return.
   *
   * @param properties property names
   * @return a new request
   */
  public ODataRequest<T> select(String... properties) {
    return query("$select", String.join(",", properties));
  }

  /**
   * {@code $expand}: the relationships to return inline.
   *
   * @param relationships relationship names, each with its own options in parentheses if needed
   * @return a new request
   */
  public ODataRequest<T> expand(String... relationships) {
    return query("$expand", String.join(",", relationships));
  }

  /**
   * {@code $filter}.
   *
   * @param expression an OData filter expression, such as {@code startswith(displayName,'A')}
   * @return a new request
   */
  public ODataRequest<T> filter(String expression) {
    return query("$filter", expression);
  }

  /**
   * {@code $orderby}.
   *
   * @param orderings such as {@code displayName} or {@code createdDateTime desc}
   * @return a new request
   */
  public ODataRequest<T> orderBy(String... orderings) {
    return query("$orderby", String.join(",", orderings));
  }

  /**
   * {@code $top}: at most this many items per page.
   *
   * @param n a non-negative count
   * @return a new request
   */
  public ODataRequest<T> top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("$top must not be negative");
    }
    return query("$top", Integer.toString(n));
  }

  /**
   * {@code $count}: whether the response includes the total count.
   *
   * @param count true to ask for {@code @odata.count}
   * @return a new request
   */
  public ODataRequest<T> count(boolean count) {
    return query("$count", Boolean.toString(count));
  }

  /**
   * {@code $search}.
   *
   * @param expression the search expression as the service expects it (Graph: {@code "displayName:ada"},
   *     with the double quotes)
   * @return a new request
   */
  public ODataRequest<T> search(String expression) {
    return query("$search", expression);
  }

  /** The method. */
  public ODataMethod method() {
    return method;
  }

  /** The encoded path, relative to the service root, without the query. */
  public String path() {
    return path;
  }

  /** The query options in the order they were set, unencoded. */
  public Map<String, String> queryOptions() {
    return query;
  }

  /** The path and the encoded query string: what goes after the service root. */
  public String pathAndQuery() {
    if (query.isEmpty()) {
      return path;
    }
    StringBuilder sb = new StringBuilder(path);
    char sep = path.indexOf('?') >= 0 ? '&' : '?';
    for (Map.Entry<String, String> e : query.entrySet()) {
      sb.append(sep).append(ODataPaths.queryValue(e.getKey())).append('=').append(ODataPaths.queryValue(e.getValue()));
      sep = '&';
    }
    return sb.toString();
  }

  /** The body as given (a model object or a map of action parameters), or null. */
  public @Nullable Object body() {
    return body;
  }

  /** How the body is written. */
  public BodyKind bodyKind() {
    return bodyKind;
  }

  /** What the response holds. */
  public ResponseType<T> responseType() {
    return responseType;
  }

  /** The documented success status, or 0 when the docs give none (any 2xx is success). */
  public int expectedStatus() {
    return expectedStatus;
  }

  /**
   * The body as JSON, written through the model; null when there is none.
   *
   * @param mapper the application's mapper
   * @return the body's bytes
   * @throws JsonProcessingException when Jackson cannot write it
   */
  public byte @Nullable [] bodyBytes(ObjectMapper mapper) throws JsonProcessingException {
    Object b = body;
    if (b == null) {
      return null;
    }
    switch (bodyKind) {
      case BYTES:
        return ((byte[]) b).clone();
      case CREATE:
        return RequestBodyWriter.forPost(mapper).writeValueAsBytes(b);
      case UPDATE:
        return RequestBodyWriter.forPatch(mapper).writeValueAsBytes(b);
      case PARAMETERS:
        Map<String, Object> present = new LinkedHashMap<>();
        ((Map<?, ?>) b).forEach((k, v) -> {
          if (v != null) {
            present.put(String.valueOf(k), wireValue(v));
          }
        });
        return mapper.writeValueAsBytes(present);
      default:
        return mapper.writeValueAsBytes(b);
    }
  }

  /**
   * A parameter value as OData writes it: dates, times, date-times, durations and GUIDs as their ISO
   * strings whatever the mapper's date settings (model objects carry their own formats; a parameter map
   * does not), lists element by element.
   */
  private static Object wireValue(Object v) {
    if (v instanceof java.time.OffsetDateTime t) {
      return t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (v instanceof java.time.temporal.TemporalAccessor || v instanceof java.time.Duration || v instanceof java.util.UUID) {
      return v.toString();
    }
    if (v instanceof java.util.List<?> list) {
      return list.stream().map(e -> e == null ? null : wireValue(e)).toList();
    }
    return v;
  }

  @Override
  public String toString() {
    return method + " " + pathAndQuery();
  }

  private static String checkPath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || path.startsWith("//") || path.contains("#")) {
      throw new IllegalArgumentException("a request path starts with one '/' and has no fragment: " + path);
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        throw new IllegalArgumentException("a request path is encoded (see ODataPaths): " + path);
      }
    }
    return path;
  }
}
