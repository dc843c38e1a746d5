package io.github.graphdocs.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes one finished report or export ({@code check --out}, {@code schema --out}). A regular file (or
 * a new one) is replaced atomically through a temporary file beside it, so no reader sees half a
 * file; the replacement keeps the old file's permissions, and a new file gets the umask's. A symbolic
 * link stays a link: the file it points to is replaced. A FIFO, a device, {@code /dev/stdout} or
 * anything under {@code /dev} or {@code /proc} is written through, never replaced.
 */
public final class ReportFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReportFile() {}

  public static void write(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path path = file.toAbsolutePath().normalize();
    if (isSpecialPlace(path)) {
      writeThrough(path, bytes);
      return;
    }
    if (Files.isSymbolicLink(path)) {
      Path real;
      try {
        real = path.toRealPath();
      } catch (IOException e) {
        writeThrough(path, bytes); // dangling, or a link into a pipe (/proc/self/fd/1 -> pipe:[...])
        return;
      }
      path = real;
      if (isSpecialPlace(path)) {
        writeThrough(path, bytes);
        return;
      }
    }
    if (Files.isDirectory(path)) {
      throw new IOException(file + " is a folder");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      writeThrough(path, bytes); // a FIFO, device or socket
      return;
    }
    replace(path, bytes);
  }

  private static boolean isSpecialPlace(Path path) {
    return path.startsWith("/dev") || path.startsWith("/proc");
  }

  private static void writeThrough(Path path, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(bytes);
    }
  }

  private static void replace(Path target, byte[] bytes) throws IOException {
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("no parent folder for " + target);
    }
    Files.createDirectories(parent);
    Path tmp = createTemporary(target);
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      keepPermissions(target, tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A new empty file beside {@code target}; created like any file, so with the umask's permissions (not 0600). */
  private static Path createTemporary(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      byte[] random = new byte[6];
      RANDOM.nextBytes(random);
      Path tmp = target.resolveSibling("." + target.getFileName() + ".graphdocs-" + HexFormat.of().formatHex(random) + ".tmp");
      try {
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 20) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissions(Path target, Path tmp) {
    try {
      if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(old.permissions());
      }
    } catch (IOException | UnsupportedOperationException | NullPointerException | SecurityException e) {
      // not a POSIX file system: the new file keeps the permissions it was created with
    }
  }
}
