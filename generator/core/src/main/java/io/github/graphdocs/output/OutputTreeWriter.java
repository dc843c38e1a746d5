package io.github.graphdocs.output;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Replaces an output folder as a whole, atomically, keeping what did not change. The complete new
 * tree (every file, as it is made, then the marker) is built in a staging folder beside the output; a file
 * whose bytes equal the old output's is hard-linked to it (same inode, so the same bytes and
 * modification time: an incremental compile sees only what changed), or, where links are not
 * possible, copied with its time. Then two renames swap the folders and the old tree is deleted.
 *
 * <p>A failure before the swap leaves the old output exactly as it was; a run killed at any point
 * leaves only folders that the next run recognises and cleans up ({@link LeftoverFolders}); when a
 * step cannot be undone the error says where each tree is. Files and folders are created with the
 * permissions the umask gives.
 */
public final class OutputTreeWriter {
  private OutputTreeWriter() {}

  /** What a successful write did: files written (the marker not counted) and how many of them kept their old bytes and time. */
  public record Written(int files, int unchanged) {}

  /**
   * Writes {@code files} as the whole content of the inspected output folder, with a marker naming
   * {@code options}. Returns null when nothing was written (the reason is reported as an error and
   * the previous output is unchanged).
   */
  public static Written write(OutputInspection inspection, List<OutputFile> files, List<String> options,
      DiagnosticCollector diagnostics) {
    try (Staging staging = stage(inspection)) {
      files.forEach(staging::place);
      return staging.commit(options, diagnostics);
    }
  }

  /**
   * A staging tree for the inspected output folder, to be filled file by file while the files are
   * still being made, then committed (or closed unused: it is then removed and the output untouched).
   */
  public static Staging stage(OutputInspection inspection) {
    if (inspection.refused()) {
      throw new IllegalStateException("the output folder was refused");
    }
    return new Staging(inspection);
  }

  /**
   * The new output tree, built beside the output folder before it replaces it. {@link #place} takes
   * the files one at a time (from any one thread at a time), in their order; the first failure stops
   * placing and is reported by {@link #commit}, which writes the marker and swaps the folders.
   * {@link #close} removes the staging tree unless it was committed.
   */
  public static final class Staging implements AutoCloseable {
    private final OutputInspection inspection;
    private final Path old;
    private final DiagnosticCollector found = new DiagnosticCollector();
    private final List<String> paths = new ArrayList<>();
    private Path staging;
    private Path stagingName;
    private Path previous;
    private boolean keepFolders;
    private boolean done;
    private int unchanged;
    private Exception failure;

    private Staging(OutputInspection inspection) {
      this.inspection = inspection;
      this.old = inspection.state() == OutputInspection.State.OWNED ? inspection.target() : null;
    }

    /** Puts one file into the staging tree (after the first failure, or once committed: nothing). */
    public synchronized void place(OutputFile file) {
      if (failure != null || done) {
        return;
      }
      try {
        open();
        unchanged += OutputTreeWriter.place(staging, file.relativePath(), file.bytes(), old) ? 1 : 0;
        paths.add(file.relativePath());
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
    }

    private void open() throws IOException {
      if (staging == null) {
        Path target = inspection.target();
        LeftoverFolders.recover(target, inspection.folder().location(), found);
        Files.createDirectories(target.getParent());
        staging = LeftoverFolders.createStaging(target);
        stagingName = staging;
      }
    }

    /**
     * Writes the marker (naming {@code options} and the placed files) and replaces the output folder
     * with the staging tree. Returns null when nothing was written (the reason is reported as an
     * error and the previous output is unchanged).
     */
    public synchronized Written commit(List<String> options, DiagnosticCollector diagnostics) {
      if (done) {
        throw new IllegalStateException("already committed or closed");
      }
      done = true;
      Path target = inspection.target();
      SourceLocation at = inspection.folder().location();
      try {
        if (failure == null) {
          try {
            open();
          } catch (IOException | RuntimeException e) {
            failure = e;
          }
        }
        diagnostics.addAll(found);
        if (failure != null) {
          throw failure;
        }
        OutputTreeWriter.place(staging, OutputMarker.FILE_NAME, new OutputMarker(options, paths).bytes(), old);

        DiagnosticCollector now = new DiagnosticCollector();
        OutputInspection again = inspection.again(now);
        if (again.refused() || !target.equals(again.target())) {
          diagnostics.addAll(now);
          if (!now.hasErrors()) {
            diagnostics.report(DiagnosticCode.OUTPUT_FAILED, at, "the output folder changed place while graphdocs ran; "
                + "nothing was written");
          }
          return null;
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          previous = LeftoverFolders.previousName(target);
          try {
            move(target, previous);
          } catch (IOException e) {
            diagnostics.report(DiagnosticCode.OUTPUT_FAILED, at, "cannot move the previous output aside (" + e
                + "); it is unchanged in " + target + " and nothing was written");
            return null;
          }
        }
        try {
          move(staging, target);
        } catch (IOException e) {
          keepFolders = !putBack(previous, target, e, staging, at, diagnostics);
          return null;
        }
        staging = null;
        if (previous == null) {
          return new Written(paths.size(), unchanged);
        }
        IOException failed = OwnedTree.delete(previous);
        if (failed != null) {
          keepFolders = true;
          diagnostics.report(DiagnosticCode.OUTPUT_PREVIOUS_KEPT, at, "the new output is in place in " + target
              + ", but the previous output could not be fully removed (" + failed + "): " + previous + " remains with "
              + OwnedTree.countEntries(previous) + " entries; the next run removes it");
        }
        return new Written(paths.size(), unchanged);
      } catch (Exception e) {
        diagnostics.report(DiagnosticCode.OUTPUT_FAILED, at, "cannot write the output (" + e
            + "); the previous output is unchanged and nothing was written");
        return null;
      } finally {
        release();
      }
    }

    /** Removes the staging tree, unless committed (or kept because a step could not be undone). */
    @Override
    public synchronized void close() {
      done = true;
      release();
    }

    private void release() {
      if (staging != null && !keepFolders) {
        OwnedTree.delete(staging);
      }
      staging = null;
      LeftoverFolders.release(stagingName);
      LeftoverFolders.release(previous);
    }
  }

  /**
   * Cleans up what a killed run left beside the inspected folder (notes say what) and returns the
   * folder inspected again: a previous output whose swap was cut short is back in place.
   */
  public static OutputInspection recover(OutputInspection inspection, DiagnosticCollector diagnostics) {
    if (inspection.refused()) {
      return inspection;
    }
    DiagnosticCollector notes = new DiagnosticCollector();
    LeftoverFolders.recover(inspection.target(), inspection.folder().location(), notes);
    diagnostics.addAll(notes);
    return notes.all().isEmpty() ? inspection : inspection.again(diagnostics);
  }

  /** After the new tree could not be moved in: the previous one back; false when both trees stay where they are. */
  private static boolean putBack(Path previous, Path target, IOException cause, Path staging, SourceLocation at,
      DiagnosticCollector diagnostics) {
    if (previous == null) {
      diagnostics.report(DiagnosticCode.OUTPUT_FAILED, at, "cannot move the new output into place (" + cause
          + "); nothing was written");
      return true;
    }
    try {
      move(previous, target);
      diagnostics.report(DiagnosticCode.OUTPUT_FAILED, at, "cannot move the new output into place (" + cause
          + "); the previous output is back in " + target + ", unchanged");
      return true;
    } catch (IOException e) {
      diagnostics.report(DiagnosticCode.OUTPUT_FAILED, at, "cannot move the new output into place (" + cause
          + ") nor the previous output back (" + e + "): " + target + " is missing; the previous output is in "
          + previous + " and the new one in " + staging + " (move either to " + target
          + "; otherwise the next run restores the previous one)");
      return false;
    }
  }

  /** Puts one file into the staging tree; true when it is the old output's file, linked or copied with its time. */
  private static boolean place(Path staging, String relativePath, byte[] bytes, Path old) throws IOException {
    Path dest = inside(staging, relativePath);
    Files.createDirectories(dest.getParent());
    if (old != null) {
      Path before = inside(old, relativePath);
      if (Files.isRegularFile(before, LinkOption.NOFOLLOW_LINKS) && hasBytes(before, bytes)) {
        try {
          Files.createLink(dest, before);
          return true;
        } catch (UnsupportedOperationException | IOException e) {
          try {
            Files.copy(before, dest, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            return true;
          } catch (IOException copyFailed) {
            Files.deleteIfExists(dest);
          }
        }
      }
    }
    try {
      Files.write(dest, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(relativePath + " and another file of the output differ only in letter case, "
          + "and this file system does not tell them apart", e);
    }
    return false;
  }

  private static Path inside(Path root, String relativePath) throws IOException {
    Path p = root;
    for (String segment : relativePath.split("/")) {
      p = p.resolve(segment);
    }
    if (!p.normalize().startsWith(root) || p.equals(root)) {
      throw new IOException("refusing to write outside the output folder: " + relativePath);
    }
    return p;
  }

  private static boolean hasBytes(Path file, byte[] bytes) throws IOException {
    if (Files.size(file) != bytes.length) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return Arrays.equals(in.readNBytes(bytes.length + 1), bytes);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
