package io.github.graphdocs.markdown;

import java.util.List;
import java.util.Map;

/**
 * Everything graphdocs reads from one Markdown page, with source lines. Produced by
 * {@link MarkdownPageReader}; the only input of the analysis stage.
 *
 * @param path the page path relative to the docs folder, with '/' separators
 * @param frontMatter front matter keys (lower case) and values, unquoted
 * @param title the first H1's text ("" when none)
 * @param namespace the {@code Namespace:} line's value ("" when none)
 * @param annotations every JSON annotation comment, including those with no code block after them
 */
public record DocPage(
    String path,
    Map<String, String> frontMatter,
    String title,
    int titleLine,
    String namespace,
    int namespaceLine,
    List<DocHeading> headings,
    List<DocTable> tables,
    List<DocParagraph> paragraphs,
    List<DocCodeBlock> codeBlocks,
    List<DocAnnotation> annotations) {

  public DocPage {
    frontMatter = Map.copyOf(frontMatter);
    headings = List.copyOf(headings);
    tables = List.copyOf(tables);
    paragraphs = List.copyOf(paragraphs);
    codeBlocks = List.copyOf(codeBlocks);
    annotations = List.copyOf(annotations);
  }

  /** The file name without folders and extension, lower case. */
  public String baseName() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(java.util.Locale.ROOT);
  }

  /** True for pages under an {@code api/} folder. */
  public boolean isApiPage() {
    return path.startsWith("api/") || path.contains("/api/");
  }
}
