package io.github.graphdocs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Makes a file impossible to delete, for tests of what a run says when it cannot remove the previous
 * output: {@code chattr +i} (which stops root too) or, for other users, a read-only parent folder.
 */
final class Undeletable {
  private Undeletable() {}

  static boolean make(Path file) throws Exception {
    if (new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start().waitFor() == 0) {
      return true;
    }
    Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
    Path probe = file.resolveSibling(".probe");
    try {
      Files.createFile(probe);
      Files.delete(probe);
      return false; // running as root: permissions do not stop it
    } catch (IOException e) {
      return true;
    }
  }

  /** Makes everything under {@code root} deletable again. */
  static void undo(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        new ProcessBuilder("chattr", "-i", p.toString()).redirectErrorStream(true).start().waitFor();
        if (Files.isDirectory(p)) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }
}
