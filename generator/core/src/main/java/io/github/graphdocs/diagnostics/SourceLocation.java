package io.github.graphdocs.diagnostics;

/**
 * A place in a docs file: the path relative to the docs folder (with '/' separators), a 1-based
 * line and a 1-based column. Line 0 means "the file as a whole".
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

  public SourceLocation {
    if (file == null) {
      throw new IllegalArgumentException("file is null");
    }
    line = Math.max(0, line);
    column = Math.max(0, column);
  }

  public static SourceLocation of(String file, int line) {
    return new SourceLocation(file, line, line > 0 ? 1 : 0);
  }

  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  @Override
  public int compareTo(SourceLocation o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  /**
   * {@code file:line:col}, {@code file:line} without a column, and just {@code file} for the file (or
   * folder) as a whole, with the file name's control characters escaped ({@link PrintableText}).
   */
  @Override
  public String toString() {
    return PrintableText.escape(file) + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
  }
}
