package io.github.graphdocs.diagnostics;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be read or written, in plain words ({@code permission denied}, {@code no such
 * file or folder}), instead of the exception's class and the path the message already names. Reports
 * escape what they print ({@link PrintableText}).
 */
public final class FileErrorText {
  private FileErrorText() {}

  /**
   * Why writing or reading {@code target} failed; when the failure is about another file (a parent
   * folder that is a file, say), that file is named too.
   */
  public static String of(Exception e, Path target) {
    String reason = of(e);
    if (e instanceof FileSystemException f && f.getFile() != null && target != null) {
      try {
        Path about = Path.of(f.getFile());
        if (!about.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
          return (e instanceof FileAlreadyExistsException ? "a folder on the way is a file" : reason) + " (" + about + ")";
        }
      } catch (InvalidPathException ignored) {
        // an unusual name: the reason alone
      }
    }
    return reason;
  }

  public static String of(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "a folder on the way is a file";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      String reason = f.getReason().strip();
      if (reason.equalsIgnoreCase("Not a directory")) {
        return "a folder on the way is a file";
      }
      if (reason.equalsIgnoreCase("Is a directory")) {
        return "it is a folder";
      }
      return reason.isEmpty() ? "file system error" : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an I/O error (" + e.getClass().getSimpleName() + ")" : message;
  }
}
