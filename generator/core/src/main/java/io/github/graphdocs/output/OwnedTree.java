package io.github.graphdocs.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks a folder tree that graphdocs wrote, never following symbolic links: whether every entry is
 * one the marker lists, and deleting the tree (a link is deleted as a link, never its target).
 */
final class OwnedTree {
  private OwnedTree() {}

  /** Up to {@code max} entry names of {@code folder}, sorted; for messages. */
  static List<String> someEntries(Path folder, int max) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().limit(max).toList();
    }
  }

  static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      return !s.iterator().hasNext();
    }
  }

  /** The marker of {@code folder}, if it holds a regular file of that name that is a marker. */
  static Optional<OutputMarker> readMarker(Path folder) throws IOException {
    Path file = folder.resolve(OutputMarker.FILE_NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(OutputMarker.MAX_BYTES + 1);
    }
    if (bytes.length > OutputMarker.MAX_BYTES) {
      return Optional.empty();
    }
    return OutputMarker.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  static boolean hasMarkerFile(Path folder) {
    return Files.exists(folder.resolve(OutputMarker.FILE_NAME), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * What a folder holding {@code marker} holds besides it: the first entry (relative, '/'-separated,
   * folder by folder in name order) the marker does not account for (a file it does not list, a
   * folder that holds no listed file, a symbolic link, FIFO or device), or, when there is none, how
   * many of the files it lists are missing (deleted since graphdocs wrote them).
   *
   * <p>A Maven build asks this on every run, up to date or not, in a cold JVM (while it lists the
   * docs on another thread): plain loops, names sorted as strings, each entry's attributes read once,
   * each relative path built from its folder's prefix.
   */
  static Contents contents(Path folder, OutputMarker marker) throws IOException {
    Set<String> files = new HashSet<>(marker.files());
    files.add(OutputMarker.FILE_NAME);
    Set<String> folders = new HashSet<>();
    for (String f : marker.files()) {
      for (int slash = f.indexOf('/'); slash >= 0; slash = f.indexOf('/', slash + 1)) {
        folders.add(f.substring(0, slash));
      }
    }
    int[] found = new int[1];
    String foreign = firstForeign(folder, "", files, folders, found);
    // found counts the marker itself too (it is in files)
    return new Contents(foreign, foreign != null ? 0 : Math.max(0, files.size() - found[0]));
  }

  /**
   * What {@link #contents} found.
   *
   * @param foreign the first entry the marker does not account for, or null
   * @param missing with no foreign entry, how many listed files the folder no longer holds
   */
  record Contents(String foreign, int missing) {}

  private static String firstForeign(Path dir, String prefix, Set<String> files, Set<String> folders, int[] found)
      throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        names.add(entry.getFileName().toString());
      }
    }
    String[] sorted = names.toArray(new String[0]);
    Arrays.sort(sorted);
    for (String name : sorted) {
      String foreign = foreign(dir.resolve(name), prefix + name, files, folders, found);
      if (foreign != null) {
        return foreign;
      }
    }
    return null;
  }

  /** What is foreign at {@code entry} (itself, or the first foreign entry under it), or null; counts listed files. */
  private static String foreign(Path entry, String rel, Set<String> files, Set<String> folders, int[] found)
      throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attrs.isDirectory()) {
      return folders.contains(rel) ? firstForeign(entry, rel + "/", files, folders, found) : rel + "/";
    }
    if (attrs.isSymbolicLink()) {
      return rel + " (a symbolic link to " + Files.readSymbolicLink(entry) + ")";
    }
    if (!attrs.isRegularFile()) {
      return rel + " (a FIFO, device or socket)";
    }
    if (!files.contains(rel)) {
      return rel;
    }
    found[0]++;
    return null;
  }

  /** Whether {@code folder} is empty or holds only the marker and what it lists. */
  static boolean isOwned(Path folder) {
    try {
      if (isEmpty(folder)) {
        return true;
      }
      Optional<OutputMarker> marker = readMarker(folder);
      return marker.isPresent() && contents(folder, marker.get()).foreign() == null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Deletes {@code root} and everything under it, links as links, the marker last (a tree that is
   * only partly deleted still carries its marker, so the next run knows it and removes the rest).
   * Returns what stopped it (the tree is then partly deleted), or null when the tree is gone.
   */
  static IOException delete(Path root) {
    if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Path marker = root.resolve(OutputMarker.FILE_NAME);
    List<IOException> failures = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!file.equals(marker)) {
            tryDelete(file, failures);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          failures.add(exc);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
          if (exc != null) {
            failures.add(exc);
          }
          if (dir.equals(root)) {
            if (!failures.isEmpty()) {
              return FileVisitResult.CONTINUE; // keep the marker: the rest is removed next time
            }
            try {
              Files.deleteIfExists(marker);
            } catch (IOException e) {
              failures.add(e);
            }
          }
          tryDelete(dir, failures);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      failures.add(e);
    }
    return failures.isEmpty() ? null : failures.get(0);
  }

  private static void tryDelete(Path p, List<IOException> failures) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      failures.add(e);
    }
  }

  /** How many entries remain under {@code root} (for messages after a failed delete). */
  static long countEntries(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.count() - 1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
