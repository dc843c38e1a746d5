package io.github.graphdocs.markdown;

import java.util.List;

/** A paragraph or list item: plain text (soft breaks as spaces), its links, line and section. */
public record DocParagraph(String text, List<DocLink> links, int line, String section, boolean listItem) {
  public DocParagraph {
    links = List.copyOf(links);
  }
}
