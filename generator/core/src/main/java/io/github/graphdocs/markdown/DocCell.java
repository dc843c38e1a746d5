package io.github.graphdocs.markdown;

import java.util.List;

/**
 * One table cell: {@code text} is normalised (links reduced to their text, code marks, emphasis and
 * HTML removed, white space collapsed, case kept); {@code links} are the links it holds.
 */
public record DocCell(String text, List<DocLink> links) {
  public DocCell {
    links = List.copyOf(links);
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }
}
