package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.Severity;
import java.io.PrintWriter;

/** Prints diagnostics as text, like javac: {@code file:line:col: severity: [CODE] message}. */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void printText(DiagnosticCollector diagnostics, PrintWriter out, boolean showNotes) {
    for (Diagnostic d : diagnostics.all()) {
      if (d.severity() == Severity.NOTE && !showNotes) {
        continue;
      }
      out.println(d.format());
    }
  }

  static String summary(DiagnosticCollector diagnostics) {
    return diagnostics.count(Severity.ERROR) + " error(s), " + diagnostics.count(Severity.WARNING) + " warning(s), "
        + diagnostics.count(Severity.NOTE) + " note(s)";
  }
}
