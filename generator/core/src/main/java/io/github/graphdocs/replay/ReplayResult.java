package io.github.graphdocs.replay;

import io.github.graphdocs.diagnostics.SourceLocation;

/**
 * The outcome of one exchange example.
 *
 * @param at the request example
 * @param cause why it failed or was skipped, in a few words shared by similar results ("" when it passed)
 * @param detail what exactly differed ("" when it passed)
 */
public record ReplayResult(Status status, String page, SourceLocation at, String cause, String detail) {
  /** What happened. */
  public enum Status {
    /** The generated call sent the documented request and read the documented response. */
    PASSED,
    /** The docs contradict themselves: the example does not fit the page's request lines or types. */
    DOC_ERROR,
    /** The generated call sent something else, or could not read the documented response: a graphdocs defect. */
    MODEL_DEFECT,
    /** Nothing to replay (an error example, a body that is not JSON...). */
    SKIPPED
  }

  static ReplayResult passed(ExchangeExample e) {
    return new ReplayResult(Status.PASSED, e.page(), e.request().at(), "", "");
  }
}
