package io.github.graphdocs.verify;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.verify.ExampleResult.Classification;
import io.github.graphdocs.verify.ExampleResult.Status;
import java.util.List;

/** A failed example before it is located, and how failures are reported: a located diagnostic in a result. */
record ExampleFailure(DiagnosticCode code, Classification classification, String cause, String path, String message) {

  /** The failed result, its diagnostic at the docs' line of {@code jsonLine} of the example. */
  ExampleResult toResult(ExampleDef e, String typeName, String typedBy, int jsonLine) {
    Diagnostic d = diagnostic(code, at(e, jsonLine), message + " [example at line " + e.source().line() + ", "
        + e.blockType() + ", typed by " + typedBy + "]");
    return new ExampleResult(e.source(), e.blockType(), typeName, typedBy, Status.FAILED, classification, cause,
        path, d);
  }

  static Diagnostic diagnostic(DiagnosticCode code, SourceLocation at, String message) {
    return new Diagnostic(code, code.defaultSeverity(), at, message, List.of());
  }

  /** The place in the docs of a line of an example's JSON (1 = its first line). */
  static SourceLocation at(ExampleDef e, int jsonLine) {
    return SourceLocation.of(e.source().file(), Math.max(1, e.source().line()) + jsonLine - 1);
  }
}
