package io.github.graphdocs.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.ODataCollection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link ODataRequest}s with the JDK's {@code java.net.http}: to a service root, with the
 * headers a supplier gives for each request (authentication: never logged, never put in an
 * exception), reading the response through the model. An error status becomes an
 * {@link ODataServiceException}; a failed exchange an {@link ODataTransportException}. A {@code 429}
 * or {@code 503} answer to an idempotent request (GET, PUT, DELETE) is retried after the time its
 * {@code Retry-After} header gives (or 1, 2, 4... seconds), a few times, never waiting longer than a
 * limit. Collection pages are followed lazily through {@code @odata.nextLink}, only while it stays on
 * the service root's scheme, host and port.
 *
 * <pre>{@code
 * ODataExecutor graph = ODataExecutor.builder("https://graph.microsoft.com/v1.0")
 *     .headers(() -> Map.of("Authorization", "Bearer " + tokens.current()))
 *     .build();
 * User me = graph.send(MeRequests.get());
 * graph.stream(UsersRequests.list().top(100)).forEach(u -> ...);
 * }</pre>
 */
public final class ODataExecutor {
  /** Waits between attempts; replaceable so that tests do not wait. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final URI root;
  private final String rootText;
  private final Supplier<Map<String, String>> headers;
  private final ObjectMapper mapper;
  private final HttpClient client;
  private final Duration timeout;
  private final int maxRetries;
  private final Duration maxRetryWait;
  private final Sleeper sleeper;

  private ODataExecutor(Builder b) {
    this.rootText = b.root.endsWith("/") ? b.root.substring(0, b.root.length() - 1) : b.root;
    this.root = URI.create(rootText);
    if (root.getScheme() == null || root.getHost() == null || root.getRawQuery() != null || root.getRawFragment() != null) {
      throw new IllegalArgumentException("the service root is an absolute http(s) URL without query: " + b.root);
    }
    this.headers = b.headers;
    this.mapper = b.mapper;
    this.client = b.client != null ? b.client : HttpClient.newBuilder().connectTimeout(b.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.maxRetryWait = b.maxRetryWait;
    this.sleeper = b.sleeper;
  }

  /**
   * A builder.
   *
   * @param serviceRoot the URL every request path is relative to, such as {@code https://graph.microsoft.com/v1.0}
   * @return the builder
   */
  public static Builder builder(String serviceRoot) {
    return new Builder(Objects.requireNonNull(serviceRoot, "serviceRoot"));
  }

  /**
   * Sends a request and reads its response.
   *
   * @param request the request
   * @param <T> what the response holds
   * @return what the response holds; null when it holds nothing
   * @throws ODataServiceException when the service answers with an error status
   * @throws ODataTransportException when there is no usable answer
   */
  public <T> @Nullable T send(ODataRequest<T> request) {
    URI uri = URI.create(rootText + request.pathAndQuery());
    byte[] body;
    try {
      body = request.bodyBytes(mapper);
    } catch (IOException e) {
      throw new ODataTransportException("cannot write the body of " + label(request.method(), request.path()), e);
    }
    HttpResponse<byte[]> response = exchange(request.method(), uri, body,
        request.bodyKind() == ODataRequest.BodyKind.BYTES, label(request.method(), request.path()));
    return read(request.responseType(), response, label(request.method(), request.path()));
  }

  /**
   * The items of a collection, page after page: the next page is fetched (through
   * {@code @odata.nextLink}) only when the stream reaches it.
   *
   * @param request a request whose response is a collection page
   * @param <E> the item type
   * @return the items of every page, in order
   */
  public <E> Stream<E> stream(ODataRequest<ODataCollection<E>> request) {
    ResponseType<ODataCollection<E>> type = request.responseType();
    Iterator<E> items = new Iterator<>() {
      private @Nullable ODataCollection<E> page = send(request);
      private Iterator<E> current = page == null ? List.<E>of().iterator() : page.getValue().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          String next = page == null ? null : page.getNextLink();
          if (next == null) {
            return false;
          }
          page = nextPage(next, type);
          current = page == null ? List.<E>of().iterator() : page.getValue().iterator();
        }
        return true;
      }

      @Override
      public E next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
  }

  private <E> @Nullable ODataCollection<E> nextPage(String nextLink, ResponseType<ODataCollection<E>> type) {
    URI next;
    try {
      next = URI.create(nextLink);
    } catch (IllegalArgumentException e) {
      throw new ODataTransportException("the service sent a next-page link that is not a URL", e);
    }
    if (!Objects.equals(next.getScheme(), root.getScheme()) || !Objects.equals(next.getHost(), root.getHost())
        || next.getPort() != root.getPort()) {
      throw new ODataTransportException("the service sent a next-page link outside " + root.getScheme() + "://"
          + root.getHost() + "; it is not followed (the request headers would go there)", null);
    }
    String label = label(ODataMethod.GET, next.getRawPath());
    return read(type, exchange(ODataMethod.GET, next, null, false, label), label);
  }

  private HttpResponse<byte[]> exchange(ODataMethod method, URI uri, byte @Nullable [] body, boolean bytes, String label) {
    for (int attempt = 0; ; attempt++) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
          .method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
          .header("Accept", "application/json");
      if (body != null) {
        b.header("Content-Type", bytes ? "application/octet-stream" : "application/json");
      }
      Map<String, String> extra = headers.get();
      if (extra != null) {
        for (Map.Entry<String, String> h : extra.entrySet()) {
          try {
            b.setHeader(h.getKey(), h.getValue());
          } catch (IllegalArgumentException e) {
            // the JDK names the header in its message and may quote its value: say only which header
            throw new ODataTransportException("the header '" + h.getKey() + "' cannot be sent", null);
          }
        }
      }
      HttpResponse<byte[]> response;
      try {
        response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new ODataTransportException(label + " failed: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ODataTransportException(label + " was interrupted", e);
      }
      int status = response.statusCode();
      if ((status == 429 || status == 503) && method.idempotent() && attempt < maxRetries) {
        Duration wait = retryAfter(response, attempt);
        if (wait.compareTo(maxRetryWait) <= 0) {
          try {
            sleeper.sleep(wait);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ODataTransportException(label + " was interrupted while waiting to retry", e);
          }
          continue;
        }
      }
      return response;
    }
  }

  /** The wait a throttled answer asks for: Retry-After in seconds or as an HTTP date, else 1, 2, 4... seconds. */
  static Duration retryAfter(HttpResponse<?> response, int attempt) {
    String value = response.headers().firstValue("Retry-After").orElse("").trim();
    if (!value.isEmpty()) {
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
      } catch (NumberFormatException notSeconds) {
        try {
          Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
          return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException notADate) {
          // fall back to the default wait
        }
      }
    }
    return Duration.ofSeconds(1L << Math.min(attempt, 10));
  }

  private <T> @Nullable T read(ResponseType<T> type, HttpResponse<byte[]> response, String label) {
    int status = response.statusCode();
    if (status >= 400 || status < 200) {
      throw serviceError(response, label);
    }
    try {
      return type.read(mapper, response.body());
    } catch (IOException e) {
      throw new ODataTransportException("cannot read the response of " + label + " as " + type + ": " + e.getMessage(), e);
    }
  }

  private ODataServiceException serviceError(HttpResponse<byte[]> response, String label) {
    String code = "";
    String message = "";
    JsonNode inner = null;
    try {
      JsonNode error = mapper.readTree(response.body()).path("error");
      code = error.path("code").asText("");
      message = error.path("message").asText("");
      inner = error.has("innerError") ? error.get("innerError") : error.get("innererror");
    } catch (IOException | RuntimeException notJson) {
      // an error body that is not the OData error format: the status says enough
    }
    String requestId = response.headers().firstValue("request-id")
        .orElse(inner != null && inner.hasNonNull("request-id") ? inner.get("request-id").asText() : null);
    return new ODataServiceException(label, response.statusCode(), code, message, requestId, inner);
  }

  private static String label(ODataMethod method, String path) {
    return method + " " + path;
  }

  /** Builds an executor. */
  public static final class Builder {
    private final String root;
    private Supplier<Map<String, String>> headers = Map::of;
    private ObjectMapper mapper = new ObjectMapper();
    private @Nullable HttpClient client;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofSeconds(60);
    private int maxRetries = 3;
    private Duration maxRetryWait = Duration.ofSeconds(60);
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    private Builder(String root) {
      this.root = root;
    }

    /**
     * The headers each request sends (authentication); asked again for every request and retry.
     *
     * @param headers gives a map of header names to values
     * @return this
     */
    public Builder headers(Supplier<Map<String, String>> headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /**
     * The mapper that writes bodies and reads responses (default: {@code new ObjectMapper()}; the model
     * fixes its own wire format).
     *
     * @param mapper the mapper
     * @return this
     */
    public Builder mapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * The JDK client to use (default: one that follows no redirects, with the connect timeout).
     *
     * @param client the client
     * @return this
     */
    public Builder httpClient(HttpClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * How long connecting may take (default 10 s; ignored with {@link #httpClient}).
     *
     * @param connectTimeout the limit
     * @return this
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout);
      return this;
    }

    /**
     * How long each request may take until its response starts (default 60 s).
     *
     * @param timeout the limit
     * @return this
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout);
      return this;
    }

    /**
     * How often a throttled idempotent request is retried (default 3; 0 turns retrying off).
     *
     * @param maxRetries a non-negative count
     * @return this
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The longest wait a retry may ask for (default 60 s); a longer Retry-After ends the retries.
     *
     * @param maxRetryWait the limit
     * @return this
     */
    public Builder maxRetryWait(Duration maxRetryWait) {
      this.maxRetryWait = Objects.requireNonNull(maxRetryWait, "maxRetryWait");
      return this;
    }

    /**
     * How waiting is done (default {@code Thread.sleep}).
     *
     * @param sleeper waits
     * @return this
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The executor. */
    public ODataExecutor build() {
      return new ODataExecutor(this);
    }

    private static Duration positive(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("a timeout is positive");
      }
      return d;
    }
  }
}
