package io.github.graphdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Every entry under a folder (links not followed) with its kind, bytes or link target, and modification time. */
final class TreeSnapshot {
  private TreeSnapshot() {}

  static Map<String, String> of(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        entries.put(root.relativize(dir) + "/", "dir " + attrs.lastModifiedTime());
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String what;
        if (attrs.isSymbolicLink()) {
          what = "link " + Files.readSymbolicLink(file);
        } else if (attrs.isRegularFile()) {
          what = "file " + attrs.lastModifiedTime() + " " + HexFormat.of().formatHex(Files.readAllBytes(file));
        } else {
          what = "other";
        }
        entries.put(root.relativize(file).toString(), what);
        return FileVisitResult.CONTINUE;
      }
    });
    return entries;
  }

  static Map<String, String> unchecked(Path root) {
    try {
      return of(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
