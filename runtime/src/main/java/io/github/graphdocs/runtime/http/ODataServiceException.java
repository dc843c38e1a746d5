package io.github.graphdocs.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * The service answered with an error status. Carries the status, the error body's {@code code} and
 * {@code message} (Graph: {@code {"error": {"code", "message", "innerError": {...}}}}), the request id
 * the service gave (the {@code request-id} header, else {@code innerError.request-id}) and the
 * request's method and path. Never holds a request header: credentials stay out of exceptions and
 * logs.
 */
public final class ODataServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String serviceMessage;
  private final @Nullable String requestId;
  private final String request;
  private final transient @Nullable JsonNode innerError;

  /**
   * An error answer.
   *
   * @param request the request's method and path, such as {@code GET /users/x}
   * @param status the HTTP status
   * @param code the error code ("" when the body has none)
   * @param serviceMessage the error message ("" when the body has none)
   * @param requestId the service's request id, or null
   * @param innerError the {@code innerError} object, or null
   */
  public ODataServiceException(String request, int status, String code, String serviceMessage,
      @Nullable String requestId, @Nullable JsonNode innerError) {
    super(request + " failed: " + status + (code.isEmpty() ? "" : " " + code)
        + (serviceMessage.isEmpty() ? "" : ": " + serviceMessage) + (requestId == null ? "" : " (request-id " + requestId + ")"));
    this.status = status;
    this.code = code;
    this.serviceMessage = serviceMessage;
    this.requestId = requestId;
    this.request = request;
    this.innerError = innerError;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The error code, such as {@code Request_ResourceNotFound}; "" when the body has none. */
  public String code() {
    return code;
  }

  /** The service's message; "" when the body has none. */
  public String serviceMessage() {
    return serviceMessage;
  }

  /** The request id to quote to the service's support, or null. */
  public @Nullable String requestId() {
    return requestId;
  }

  /** The method and path of the failed request (no query, no headers). */
  public String request() {
    return request;
  }

  /** The error body's {@code innerError}, or null. */
  public @Nullable JsonNode innerError() {
    return innerError;
  }
}
