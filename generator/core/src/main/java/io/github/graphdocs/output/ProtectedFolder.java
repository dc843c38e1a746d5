package io.github.graphdocs.output;

import java.nio.file.Path;

/**
 * A folder that an output folder must never replace, whatever the output folder holds: the output
 * may not be it or hold it, and, when {@link #refuseInside()}, may not lie inside it either (a source
 * root, a {@code .git} folder). {@code description} says what it is, for the refusal message
 * ("the project's test source root src/test/java").
 */
public record ProtectedFolder(Path path, String description, boolean refuseInside) {
  /** A folder the output may lie in but may not be or hold (the project folder, the build folder). */
  public static ProtectedFolder itself(Path path, String description) {
    return new ProtectedFolder(path, description, false);
  }

  /** A folder the output may not be, hold or lie in (a source or resource root, {@code .git}). */
  public static ProtectedFolder withContents(Path path, String description) {
    return new ProtectedFolder(path, description, true);
  }
}
