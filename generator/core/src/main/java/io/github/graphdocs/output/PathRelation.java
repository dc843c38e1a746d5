package io.github.graphdocs.output;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How two folders relate on disk, whatever spelling reaches them: relative or absolute, trailing
 * slashes, {@code .} and {@code ..}, symbolic links in the parents, letter case on case-insensitive
 * file systems, bind mounts. Existing folders are compared by file identity; folders that do not exist
 * yet by their real parent and their names, ignoring letter case (a refusal too many is safe). Each
 * path is looked at once per inspection ({@link FileIdentities}).
 */
enum PathRelation {
  SAME, HOLDS, INSIDE, NONE;

  /** How {@code output} relates to {@code guard}; both absolute, in {@link #realForm} already. */
  static PathRelation of(Path output, Path guard, FileIdentities files) {
    for (Path a = guard; a != null; a = a.getParent()) {
      if (files.same(a, output)) {
        return a == guard ? SAME : HOLDS;
      }
    }
    for (Path a = output.getParent(); a != null; a = a.getParent()) {
      if (files.same(a, guard)) {
        return INSIDE;
      }
    }
    return NONE;
  }

  /**
   * {@code path} (absolute, normalized) with its longest existing prefix replaced by that prefix's
   * real path (symbolic links resolved, the letter case the file system stores) and the rest kept.
   */
  static Path realForm(Path path, FileIdentities files) {
    Path existing = path;
    Deque<Path> rest = new ArrayDeque<>();
    while (existing != null && !files.exists(existing)) {
      if (existing.getFileName() != null) {
        rest.push(existing.getFileName());
      }
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    Path real = files.realPath(existing); // itself for a dangling link: writing through it fails later with a located error
    while (!rest.isEmpty()) {
      real = real.resolve(rest.pop().toString());
    }
    return real;
  }
}
