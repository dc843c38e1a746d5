package io.github.graphdocs.verify;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.SourceLocation;

/**
 * What verify found for one example.
 *
 * @param source where the example's JSON starts
 * @param type the documented type it was checked as (qualified name), or null when skipped untyped
 * @param typedBy how the type was found ({@code annotation}, {@code operation}, ...), or null
 * @param reason the skip reason, or for a failure its cause without values (to count causes), else null
 * @param diagnostic the failure, located at the differing JSON member, or null
 */
public record ExampleResult(
    SourceLocation source,
    String blockType,
    String type,
    String typedBy,
    Status status,
    Classification classification,
    String reason,
    String path,
    Diagnostic diagnostic) {

  /** The outcome of one example. */
  public enum Status { PASSED, FAILED, SKIPPED }

  /** Whose fault a failure is. */
  public enum Classification {
    /** The example does not match the documented schema (the docs should change). */
    DOC_ERROR,
    /** The example fits the documented schema but the model does not carry it (graphdocs should change). */
    MODEL_DEFECT
  }

  static ExampleResult skipped(SourceLocation source, String blockType, String type, String typedBy, String reason) {
    return new ExampleResult(source, blockType, type, typedBy, Status.SKIPPED, null, reason, null, null);
  }

  static ExampleResult passed(SourceLocation source, String blockType, String type, String typedBy) {
    return new ExampleResult(source, blockType, type, typedBy, Status.PASSED, null, null, null, null);
  }
}
