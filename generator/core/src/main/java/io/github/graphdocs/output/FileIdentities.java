package io.github.graphdocs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * What the file system says about the paths one inspection compares, each path looked at once: whether
 * it exists (a link is not followed) and its identity (device and inode, where the file system gives
 * one). An inspection compares the output folder with every protected folder and their parents, which
 * share most of their paths; asking again for each pair cost a Maven build thousands of lookups, most
 * of them for folders that do not exist (each an exception).
 */
final class FileIdentities {
  /** No such file (nor a link of that name). */
  private static final Object ABSENT = new Object();
  /** Exists, with no identity to compare (a link, or a file system without file keys): ask {@link Files#isSameFile}. */
  private static final Object ASK = new Object();

  private final Map<Path, Object> identities = new HashMap<>();
  private final Map<Path, Path> realPaths = new HashMap<>();

  /** Whether {@code p} exists, not following a link. */
  boolean exists(Path p) {
    return identity(p) != ABSENT;
  }

  /** Whether {@code a} and {@code b} are the same file; for paths that do not exist, the same name ignoring letter case. */
  boolean same(Path a, Path b) {
    Object ia = identity(a);
    Object ib = identity(b);
    if (ia != ABSENT && ib != ABSENT) {
      if (ia != ASK && ib != ASK) {
        return ia.equals(ib);
      }
      try {
        return Files.isSameFile(a, b);
      } catch (IOException | SecurityException e) {
        return a.equals(b);
      }
    }
    return ia == ib && a.toString().equalsIgnoreCase(b.toString());
  }

  /** {@code p}'s real path (links resolved); {@code p} itself when it cannot be resolved (a dangling link). */
  Path realPath(Path p) {
    Path real = realPaths.get(p);
    if (real == null) {
      try {
        real = p.toRealPath();
      } catch (IOException | SecurityException e) {
        real = p;
      }
      realPaths.put(p, real);
    }
    return real;
  }

  private Object identity(Path p) {
    Object id = identities.get(p);
    if (id == null) {
      try {
        BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        id = attrs.isSymbolicLink() || attrs.fileKey() == null ? ASK : attrs.fileKey();
      } catch (IOException e) {
        id = ABSENT;
      }
      identities.put(p, id);
    }
    return id;
  }
}
