package io.github.graphdocs.runtime.http;

/** The HTTP methods an OData request uses. */
public enum ODataMethod {
  /** Reads; a function call. */
  GET(true),
  /** Creates; an action call. */
  POST(false),
  /** Updates what the body sets. */
  PATCH(false),
  /** Replaces. */
  PUT(true),
  /** Deletes. */
  DELETE(true);

  private final boolean idempotent;

  ODataMethod(boolean idempotent) {
    this.idempotent = idempotent;
  }

  /** Whether sending the request twice has the effect of sending it once (RFC 9110): only those are retried. */
  public boolean idempotent() {
    return idempotent;
  }
}
