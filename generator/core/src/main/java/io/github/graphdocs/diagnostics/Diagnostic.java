package io.github.graphdocs.diagnostics;

import java.util.List;

/**
 * One finding about the docs: a stable code, a severity, where it is, what is wrong and, where a
 * finding involves two places (two pages that disagree), the other places.
 */
public record Diagnostic(
    DiagnosticCode code,
    Severity severity,
    SourceLocation location,
    String message,
    List<SourceLocation> related)
    implements Comparable<Diagnostic> {

  public Diagnostic {
    related = List.copyOf(related);
  }

  /**
   * {@code file:line:col: severity: [CODE] message}, as javac prints, with control characters of the
   * file name and message escaped ({@link PrintableText}): one finding is one line (plus its {@code see} lines).
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(location).append(": ").append(severity.label()).append(": [")
        .append(code.id()).append("] ").append(PrintableText.escape(message));
    for (SourceLocation r : related) {
      sb.append(System.lineSeparator()).append("    see ").append(r);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = location.compareTo(o.location);
    if (c != 0) {
      return c;
    }
    c = code.id().compareTo(o.code.id());
    return c != 0 ? c : message.compareTo(o.message);
  }
}
