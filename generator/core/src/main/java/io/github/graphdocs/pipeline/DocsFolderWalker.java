package io.github.graphdocs.pipeline;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.FileErrorText;
import io.github.graphdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds the {@code .md} files of a docs folder. Symbolic links inside it are never followed: one
 * leaving the folder, one that loops back to a folder holding it, one pointing into the docs folder
 * (read there already) and a dangling one each get a note. A subfolder or entry that cannot be read
 * costs only itself (a located GD101); a FIFO or device named {@code .md} is skipped with a note,
 * never opened.
 */
final class DocsFolderWalker {
  private final Path root;
  private final String shownRoot;
  private final DiagnosticCollector diagnostics;

  /** @param root the docs folder's real path; {@code shownRoot} how the user named it */
  DocsFolderWalker(Path root, String shownRoot, DiagnosticCollector diagnostics) {
    this.root = root;
    this.shownRoot = shownRoot;
    this.diagnostics = diagnostics;
  }

  /** The regular {@code .md} files under the root, sorted by their relative paths. */
  List<Path> pages() {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink()) {
            link(file);
          } else if (isPage(file)) {
            if (attrs.isRegularFile()) {
              files.add(file);
            } else if (attrs.isOther()) {
              diagnostics.report(DiagnosticCode.NOT_A_REGULAR_FILE, at(file),
                  "this .md entry is a FIFO, device or socket, not a file; it is skipped");
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          if (file.equals(root)) {
            diagnostics.report(DiagnosticCode.FILE_UNREADABLE, SourceLocation.ofFile(shownRoot),
                "cannot list the docs folder: " + reason(exc));
          } else {
            diagnostics.report(DiagnosticCode.FILE_UNREADABLE, at(file), "cannot read this "
                + (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "folder (" + reason(exc)
                    + "); the pages in it are skipped, the others are read" : "entry: " + reason(exc)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
          if (exc != null) {
            diagnostics.report(DiagnosticCode.FILE_UNREADABLE, dir.equals(root) ? SourceLocation.ofFile(shownRoot) : at(dir),
                "listing this folder failed part way (" + reason(exc) + "); some of its pages may be skipped");
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | RuntimeException e) {
      diagnostics.report(DiagnosticCode.FILE_UNREADABLE, SourceLocation.ofFile(shownRoot),
          "cannot list the docs folder: " + FileErrorText.of(e));
    }
    files.sort(null); // paths under one root sort as their relative paths do
    return files;
  }

  /** Notes what a link points to; links are never followed. */
  private void link(Path link) {
    String to;
    try {
      to = Files.readSymbolicLink(link).toString();
    } catch (IOException | RuntimeException e) {
      to = "?";
    }
    Path real;
    try {
      real = link.toRealPath();
    } catch (NoSuchFileException e) {
      diagnostics.report(DiagnosticCode.LINK_DANGLING, at(link), "symbolic link to " + to + ", which does not exist");
      return;
    } catch (FileSystemException e) {
      if (e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
        diagnostics.report(DiagnosticCode.LINK_LOOP, at(link), "symbolic link to " + to
            + ", which leads back to itself (a loop); it is not followed");
      } else {
        diagnostics.report(DiagnosticCode.LINK_DANGLING, at(link), "symbolic link to " + to
            + ", which cannot be resolved (" + reason(e) + ")");
      }
      return;
    } catch (IOException | RuntimeException e) {
      diagnostics.report(DiagnosticCode.LINK_DANGLING, at(link), "symbolic link to " + to
          + ", which cannot be resolved (" + FileErrorText.of(e) + ")");
      return;
    }
    boolean folder = Files.isDirectory(real);
    if (!folder && !isPage(link) && !isPage(real)) {
      return; // a link to an image or another non-page file: nothing graphdocs would read
    }
    if (!real.startsWith(root)) {
      diagnostics.report(DiagnosticCode.LINK_LEAVES_DOCS, at(link), "symbolic link to " + to + " (" + real
          + "), outside the docs folder; it is not followed");
    } else if (folder && link.getParent().startsWith(real)) {
      diagnostics.report(DiagnosticCode.LINK_LOOP, at(link), "symbolic link to " + to
          + ", a folder that holds the link (a loop); it is not followed");
    } else {
      diagnostics.report(DiagnosticCode.LINK_INSIDE_DOCS, at(link), "symbolic link to " + to + ", which is "
          + (real.equals(root) ? "the docs folder itself" : DocsReader.relative(root, real) + " in the docs folder")
          + " and is read there; the link is not followed");
    }
  }

  private SourceLocation at(Path p) {
    return SourceLocation.ofFile(DocsReader.relative(root, p));
  }

  private static boolean isPage(Path p) {
    return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  private static String reason(IOException e) {
    return FileErrorText.of(e);
  }

}
