package io.github.graphdocs.pipeline;

import java.nio.file.Path;

/** The docs a run reads: a folder and which of its pages ({@link PageFilter}). */
public record DocsInput(Path folder, PageFilter pages) {
  public DocsInput {
    if (folder == null || pages == null) {
      throw new IllegalArgumentException("folder and pages are required");
    }
  }

  /** Every page of the folder. */
  public static DocsInput of(Path folder) {
    return new DocsInput(folder, PageFilter.ALL);
  }
}
