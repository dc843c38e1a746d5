package io.github.graphdocs.output;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders a run keeps beside its output while it replaces it, {@code .NAME.graphdocs-staging-PID-RANDOM}
 * (the new tree) and {@code .NAME.graphdocs-previous-PID-RANDOM} (the old one, while it is swapped out),
 * and their clean-up after a run that was killed: only folders of exactly these names, whose process is
 * gone, that hold nothing graphdocs did not write. A previous output whose swap was cut short is moved
 * back when the output folder is missing; everything else is deleted.
 */
final class LeftoverFolders {
  private static final String STAGING = ".graphdocs-staging-";
  private static final String PREVIOUS = ".graphdocs-previous-";
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Staging and previous folders this JVM is using right now (a Maven build may run several goals at once). */
  private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

  private LeftoverFolders() {}

  /** Creates a new, empty staging folder beside {@code target} (permissions from the umask). */
  static Path createStaging(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path staging = target.resolveSibling(name(target, STAGING));
      try {
        IN_USE.add(staging);
        return Files.createDirectory(staging);
      } catch (FileAlreadyExistsException e) {
        IN_USE.remove(staging);
        if (attempt > 20) {
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        IN_USE.remove(staging);
        throw e;
      }
    }
  }

  /** A fresh name beside {@code target} for the previous output while it is swapped out. */
  static Path previousName(Path target) {
    Path previous;
    do {
      previous = target.resolveSibling(name(target, PREVIOUS));
    } while (Files.exists(previous, LinkOption.NOFOLLOW_LINKS) || !IN_USE.add(previous));
    return previous;
  }

  /** This run is done with {@code folder} (it is gone, or kept on purpose and reported). */
  static void release(Path folder) {
    if (folder != null) {
      IN_USE.remove(folder);
    }
  }

  private static String name(Path target, String kind) {
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    return "." + target.getFileName() + kind + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
  }

  /**
   * Cleans up what killed runs left beside {@code target}: restores a previous output when the output
   * folder is missing, deletes the rest. Reports each step as a note; a leftover it cannot prove is
   * graphdocs' own stays, with a note.
   */
  static void recover(Path target, SourceLocation at, DiagnosticCollector diagnostics) {
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> previous = new ArrayList<>();
    List<Path> staging = new ArrayList<>();
    String base = "." + target.getFileName();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(base))) {
      for (Path p : s) {
        String name = p.getFileName().toString().substring(base.length());
        if (name.startsWith(PREVIOUS) && isLeftover(p, name.substring(PREVIOUS.length()))) {
          previous.add(p);
        } else if (name.startsWith(STAGING) && isLeftover(p, name.substring(STAGING.length()))) {
          staging.add(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      return; // nothing to recover that can be seen
    }
    previous.sort(null);
    staging.sort(null);
    for (Path p : previous) {
      if (!OwnedTree.isOwned(p)) {
        diagnostics.report(DiagnosticCode.OUTPUT_LEFTOVER, at, "left " + p + " alone: it is named like graphdocs' "
            + "previous output but holds files graphdocs did not write");
      } else if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && restore(p, target)) {
        diagnostics.report(DiagnosticCode.OUTPUT_LEFTOVER, at, "an interrupted run had moved the previous output to "
            + p + "; it is back in place");
      } else {
        removed(p, at, diagnostics, "previous output");
      }
    }
    for (Path p : staging) {
      if (OwnedTree.isOwned(p)) {
        removed(p, at, diagnostics, "unfinished new output");
      } else {
        diagnostics.report(DiagnosticCode.OUTPUT_LEFTOVER, at, "left " + p + " alone: it is named like graphdocs' "
            + "staging folder but holds files graphdocs did not write");
      }
    }
  }

  private static boolean restore(Path previous, Path target) {
    try {
      Files.move(previous, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void removed(Path p, SourceLocation at, DiagnosticCollector diagnostics, String what) {
    IOException failure = OwnedTree.delete(p);
    if (failure == null) {
      diagnostics.report(DiagnosticCode.OUTPUT_LEFTOVER, at, "removed " + p + ", the " + what + " of an interrupted run");
    } else {
      diagnostics.report(DiagnosticCode.OUTPUT_LEFTOVER, at, "could not remove " + p + ", the " + what
          + " of an interrupted run (" + failure.getMessage() + "); " + OwnedTree.countEntries(p) + " entries remain");
    }
  }

  /** A real folder (not a link) named PID-RANDOM whose process is gone and which this JVM is not using. */
  private static boolean isLeftover(Path p, String pidAndRandom) {
    int dash = pidAndRandom.indexOf('-');
    if (dash <= 0 || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || IN_USE.contains(p)) {
      return false;
    }
    long pid;
    try {
      pid = Long.parseLong(pidAndRandom.substring(0, dash));
    } catch (NumberFormatException e) {
      return false;
    }
    return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
  }
}
