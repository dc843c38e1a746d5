package io.github.graphdocs.markdown;

import java.util.List;

/**
 * A GFM table: header cells (normalised, lower case), rows, its first line and the heading it stands
 * under ({@code section}, empty when none).
 */
public record DocTable(List<String> header, List<DocTableRow> rows, int line, String section) {
  public DocTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public String headerCell(int i) {
    return i < header.size() ? header.get(i) : "";
  }
}
