package io.github.graphdocs.output;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.output.OutputInspection.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output-ownership rule, the one place that decides whether graphdocs may replace a folder.
 * {@code generate} replaces only a folder that does not exist yet, an empty folder, or a folder that
 * holds graphdocs' {@link OutputMarker} and nothing but the files it lists. It refuses, with a
 * located error and nothing touched: an empty path; the docs folder or a folder that holds it; the
 * working folder or a folder that holds it; an existing file, FIFO or device; a symbolic link (it
 * says where the link points); a folder holding anything graphdocs did not write; and every
 * {@link ProtectedFolder} the caller names (the Maven plugin names the project's source, resource and
 * build folders), whatever the marker says.
 */
public final class OutputFolder {
  private static final String WHY = "graphdocs replaces its output folder as a whole, so it";

  private final Path requested;
  private final List<ProtectedFolder> protectedFolders;

  private OutputFolder(Path requested, List<ProtectedFolder> protectedFolders) {
    this.requested = requested;
    this.protectedFolders = List.copyOf(protectedFolders);
  }

  /** The output folder at {@code requested}, as the user gave it (relative to the working folder or absolute). */
  public static OutputFolder at(Path requested) {
    return new OutputFolder(requested, List.of());
  }

  /** This output folder, also refusing {@code p}. */
  public OutputFolder protecting(ProtectedFolder p) {
    List<ProtectedFolder> all = new ArrayList<>(protectedFolders);
    all.add(p);
    return new OutputFolder(requested, all);
  }

  public Path requested() {
    return requested;
  }

  /** The location of this folder's diagnostics: the path as the user gave it. */
  public SourceLocation location() {
    String shown = requested.toString();
    return SourceLocation.ofFile(shown.isEmpty() ? "\"\"" : shown);
  }

  /**
   * Whether graphdocs may replace this folder, for a run reading {@code docsFolder}. A refusal is
   * reported to {@code diagnostics} as an error; nothing is created, moved or deleted either way.
   */
  public OutputInspection inspect(Path docsFolder, DiagnosticCollector diagnostics) {
    List<String> refusal = new ArrayList<>(1);
    DiagnosticCode[] code = new DiagnosticCode[1];
    Refuse refuse = (c, message) -> {
      code[0] = c;
      refusal.add(message);
    };
    Path target = null;
    State state = State.REFUSED;
    FileIdentities files = new FileIdentities();
    int[] missing = new int[1];
    try {
      target = resolve(refuse, files);
      if (target != null && !refusedByPlace(target, docsFolder, refuse, files)) {
        state = stateOf(target, refuse, missing);
      }
    } catch (IOException | RuntimeException e) {
      refuse.at(DiagnosticCode.OUTPUT_FAILED, "cannot inspect the output folder (" + e + "); nothing was touched");
    }
    if (!refusal.isEmpty()) {
      diagnostics.report(code[0], location(), refusal.get(0));
      state = State.REFUSED;
      missing[0] = 0;
    }
    return new OutputInspection(this, docsFolder, target, state, missing[0]);
  }

  @FunctionalInterface
  private interface Refuse {
    void at(DiagnosticCode code, String message);
  }

  /** The requested path with its parents' links resolved; null (refused) for an empty path, a link or the root. */
  private Path resolve(Refuse refuse, FileIdentities files) throws IOException {
    if (requested.toString().isBlank()) {
      refuse.at(DiagnosticCode.OUTPUT_PATH_EMPTY, "the output path is empty (an unset variable?); "
          + WHY + " never guesses one: name the folder");
      return null;
    }
    Path lexical = requested.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(lexical)) {
      Path to = Files.readSymbolicLink(lexical);
      String real;
      try {
        real = lexical.toRealPath().toString();
      } catch (IOException e) {
        real = "nothing (a dangling link)";
      }
      refuse.at(DiagnosticCode.OUTPUT_IS_LINK, "the output path is a symbolic link to " + to + " (which is " + real
          + "); graphdocs neither replaces a link nor writes through it: name the folder itself, or remove the link");
      return null;
    }
    Path parent = lexical.getParent();
    if (parent == null || lexical.getFileName() == null) {
      refuse.at(DiagnosticCode.OUTPUT_HOLDS_WORKING_FOLDER, "the output folder " + lexical
          + " is the root of the file system, which holds the working folder; " + WHY + " never writes there");
      return null;
    }
    return PathRelation.realForm(parent, files).resolve(lexical.getFileName().toString());
  }

  /** Whether the place itself is refused: the docs or working folder, a protected folder, or one holding them. */
  private boolean refusedByPlace(Path target, Path docsFolder, Refuse refuse, FileIdentities files) {
    Path docs = PathRelation.realForm(docsFolder.toAbsolutePath().normalize(), files);
    PathRelation toDocs = PathRelation.of(target, docs, files);
    if (toDocs == PathRelation.SAME || toDocs == PathRelation.HOLDS) {
      refuse.at(DiagnosticCode.OUTPUT_HOLDS_DOCS, "the output folder " + (toDocs == PathRelation.SAME
          ? "is the docs folder" : "holds the docs folder " + docs) + "; " + WHY + " never writes there");
      return true;
    }
    Path working = PathRelation.realForm(Path.of("").toAbsolutePath(), files);
    PathRelation toWorking = PathRelation.of(target, working, files);
    if (toWorking == PathRelation.SAME || toWorking == PathRelation.HOLDS) {
      refuse.at(DiagnosticCode.OUTPUT_HOLDS_WORKING_FOLDER, "the output folder " + (toWorking == PathRelation.SAME
          ? "is the working folder" : "holds the working folder " + working) + "; " + WHY + " never writes there");
      return true;
    }
    for (ProtectedFolder p : protectedFolders) {
      Path guard = PathRelation.realForm(p.path().toAbsolutePath().normalize(), files);
      PathRelation r = PathRelation.of(target, guard, files);
      String how = switch (r) {
        case SAME -> "is ";
        case HOLDS -> "holds ";
        case INSIDE -> p.refuseInside() ? "lies inside " : null;
        case NONE -> null;
      };
      if (how != null) {
        refuse.at(DiagnosticCode.OUTPUT_PROTECTED, "the output folder " + how + p.description() + "; " + WHY
            + " never writes there, whatever the folder holds: choose a folder of its own");
        return true;
      }
    }
    return false;
  }

  private static State stateOf(Path target, Refuse refuse, int[] missing) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return State.ABSENT;
    }
    BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attrs.isSymbolicLink()) { // only when it changed since resolve()
      refuse.at(DiagnosticCode.OUTPUT_IS_LINK, "the output path is a symbolic link to " + Files.readSymbolicLink(target)
          + "; graphdocs neither replaces a link nor writes through it: name the folder itself, or remove the link");
      return State.REFUSED;
    }
    if (attrs.isRegularFile()) {
      refuse.at(DiagnosticCode.OUTPUT_NOT_A_FOLDER, "the output path is a file (" + attrs.size()
          + " bytes), not a folder; graphdocs never replaces a file: name a new or empty folder");
      return State.REFUSED;
    }
    if (!attrs.isDirectory()) {
      refuse.at(DiagnosticCode.OUTPUT_NOT_A_FOLDER, "the output path is a FIFO, device or socket, not a folder; "
          + "graphdocs never replaces it: name a new or empty folder");
      return State.REFUSED;
    }
    if (OwnedTree.isEmpty(target)) {
      return State.EMPTY;
    }
    String fix = "graphdocs replaces only a new or empty folder or one it wrote: move those files away, "
        + "or name another folder";
    if (!OwnedTree.hasMarkerFile(target)) {
      List<String> some = OwnedTree.someEntries(target, 4);
      refuse.at(DiagnosticCode.OUTPUT_NOT_OWNED, "the output folder holds " + String.join(", ", some.subList(0, Math.min(3, some.size())))
          + (some.size() > 3 ? ", ..." : "") + " and no " + OutputMarker.FILE_NAME
          + " marker, so graphdocs did not write it; " + fix);
      return State.REFUSED;
    }
    Optional<OutputMarker> marker = OwnedTree.readMarker(target);
    if (marker.isEmpty()) {
      refuse.at(DiagnosticCode.OUTPUT_NOT_OWNED, "the output folder's " + OutputMarker.FILE_NAME
          + " is not a graphdocs marker, so graphdocs cannot tell what it wrote; " + fix);
      return State.REFUSED;
    }
    OwnedTree.Contents contents = OwnedTree.contents(target, marker.get());
    if (contents.foreign() != null) {
      refuse.at(DiagnosticCode.OUTPUT_NOT_OWNED, "the output folder holds " + contents.foreign()
          + ", which graphdocs did not write (its " + OutputMarker.FILE_NAME + " marker does not list it); " + fix);
      return State.REFUSED;
    }
    missing[0] = contents.missing();
    return State.OWNED;
  }
}
