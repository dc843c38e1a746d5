package io.github.graphdocs.javagen;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Writes generated sources atomically: everything goes to a fresh folder beside the output folder,
 * which then replaces the output folder. A failure leaves the previous output exactly as it was; a
 * success removes the files of types that no longer exist. Nothing is written outside the output.
 */
public final class SourceTreeWriter {
  private SourceTreeWriter() {}

  /** Writes {@code files} as the whole content of {@code outputFolder}; returns the number of files. */
  public static int write(List<JavaFile> files, Path outputFolder) throws IOException {
    Path out = outputFolder.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("output folder has no parent: " + out);
    }
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-");
    Path backup = null;
    try {
      for (JavaFile f : files) {
        Path target = staging;
        for (String seg : f.packageName().split("\\.")) {
          target = target.resolve(seg);
        }
        target = target.resolve(f.typeSpec().name() + ".java").normalize();
        if (!target.startsWith(staging)) {
          throw new IOException("refusing to write outside the output folder: " + target);
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.toString(), StandardCharsets.UTF_8);
      }
      if (Files.exists(out)) {
        backup = parent.resolve("." + out.getFileName() + ".previous-" + System.nanoTime());
        move(out, backup);
      }
      try {
        move(staging, out);
      } catch (IOException e) {
        if (backup != null) {
          move(backup, out);
          backup = null;
        }
        throw e;
      }
      return files.size();
    } finally {
      deleteTree(staging);
      if (backup != null) {
        deleteTree(backup);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
