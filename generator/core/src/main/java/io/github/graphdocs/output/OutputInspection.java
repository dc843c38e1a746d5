package io.github.graphdocs.output;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import java.nio.file.Path;

/**
 * What {@link OutputFolder#inspect} found: the folder graphdocs would replace ({@code target}: the
 * requested path with its parents' links resolved) and its state. Only a refused inspection has
 * reported anything; nothing is touched either way. {@code missingFiles} counts, in a folder graphdocs
 * wrote, the files its marker lists that are gone (deleted by hand since): such a folder is still
 * replaced, but it is not the output of its last run any more, so no build may call it up to date.
 */
public record OutputInspection(OutputFolder folder, Path docsFolder, Path target, State state, int missingFiles) {
  /** What the output path holds. */
  public enum State {
    /** Nothing yet: graphdocs creates the folder. */
    ABSENT,
    /** An empty folder. */
    EMPTY,
    /** A folder holding graphdocs' marker and nothing but the files it lists. */
    OWNED,
    /** Anything else: refused with a located error, nothing touched. */
    REFUSED
  }

  /** Whether the folder is graphdocs' output with every file its marker lists (what an up-to-date build needs). */
  public boolean ownedAndComplete() {
    return state == State.OWNED && missingFiles == 0;
  }

  public boolean refused() {
    return state == State.REFUSED;
  }

  /** The same inspection made again now (before the swap: the folder may have changed meanwhile). */
  public OutputInspection again(DiagnosticCollector diagnostics) {
    return folder.inspect(docsFolder, diagnostics);
  }
}
