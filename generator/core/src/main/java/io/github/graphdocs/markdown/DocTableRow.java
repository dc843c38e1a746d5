package io.github.graphdocs.markdown;

import java.util.List;

/** A table body row with its 1-based source line and the number of cells the source line really has. */
public record DocTableRow(List<DocCell> cells, int line, int sourceCellCount) {
  public DocTableRow {
    cells = List.copyOf(cells);
  }

  public DocCell cell(int i) {
    return i < cells.size() ? cells.get(i) : new DocCell("", List.of());
  }
}
