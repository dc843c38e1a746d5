package io.github.graphdocs.runtime.http;

/**
 * A request that got no usable answer: the connection failed or timed out, the response could not be
 * read through the model, or the service pointed a next-page link outside itself. Its message names
 * the request's method and path, never a header.
 */
public final class ODataTransportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure.
   *
   * @param message what failed, with the request's method and path
   * @param cause the underlying exception, or null
   */
  public ODataTransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
