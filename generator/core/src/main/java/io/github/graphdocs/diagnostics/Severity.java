package io.github.graphdocs.diagnostics;

/** How bad a finding is. Only {@link #ERROR} makes a correct model impossible. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case word used in text output, as javac does. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
