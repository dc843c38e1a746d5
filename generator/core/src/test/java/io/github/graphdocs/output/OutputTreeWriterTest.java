package io.github.graphdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing an output folder: unchanged files keep bytes and time, nothing outlives a run, umask permissions. */
class OutputTreeWriterTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  @TempDir Path tmp;
  private Path docs;
  private Path out;

  @BeforeEach
  void folders() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    out = tmp.resolve("out");
  }

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text);
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesEveryFileAndAMarkerListingThemWithTheRunsOptions() throws IOException {
    OutputTreeWriter.Written w = Writes.write(out, docs, List.of(file("a/b/C.java", "class C {}"), file("a/D.java", "class D {}")),
        new DiagnosticCollector());
    assertEquals(new OutputTreeWriter.Written(2, 0), w);
    assertEquals("class C {}", Files.readString(out.resolve("a/b/C.java")));
    String marker = Files.readString(out.resolve(OutputMarker.FILE_NAME));
    assertTrue(marker.startsWith("# graphdocs output folder\n"), marker);
    assertTrue(marker.endsWith("generator: graphdocs\noption: package=test\nfile: a/D.java\nfile: a/b/C.java\n"), marker);
    assertEquals(List.of("docs", "out"), siblings());
  }

  @Test
  void anUnchangedFileKeepsItsBytesAndModificationTimeAndAChangedOneIsRewritten() throws IOException {
    Writes.write(out, docs, List.of(file("a/Same.java", "class Same {}"), file("a/Changed.java", "class Changed {}"),
        file("a/Gone.java", "class Gone {}")), new DiagnosticCollector());
    Path same = out.resolve("a/Same.java");
    Path changed = out.resolve("a/Changed.java");
    Files.setLastModifiedTime(same, LONG_AGO);
    Files.setLastModifiedTime(changed, LONG_AGO);
    Object sameInode = Files.readAttributes(same, BasicFileAttributes.class).fileKey();

    OutputTreeWriter.Written w = Writes.write(out, docs, List.of(file("a/Same.java", "class Same {}"),
        file("a/Changed.java", "class Changed { int x; }"), file("a/New.java", "class New {}")), new DiagnosticCollector());

    assertEquals(new OutputTreeWriter.Written(3, 1), w);
    assertEquals("class Same {}", Files.readString(same));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(same));
    assertEquals(sameInode, Files.readAttributes(same, BasicFileAttributes.class).fileKey(), "hard-linked, not copied");
    assertEquals("class Changed { int x; }", Files.readString(changed));
    assertNotEquals(LONG_AGO, Files.getLastModifiedTime(changed));
    assertFalse(Files.exists(out.resolve("a/Gone.java")));
    assertTrue(Files.exists(out.resolve("a/New.java")));
    assertEquals(List.of("docs", "out"), siblings());
  }

  @Test
  void filesAndFoldersAreCreatedWithTheUmasksPermissionsNotOwnerOnly() throws IOException {
    Path referenceFolder = Files.createDirectory(tmp.resolve("reference"));
    Path referenceFile = Files.createFile(referenceFolder.resolve("f"));
    Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(referenceFolder);
    Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(referenceFile);
    assumeTrue(!folderMode.equals(PosixFilePermissions.fromString("rwx------")), "the umask itself is 077");

    Writes.write(out, docs, List.of(file("a/C.java", "class C {}")), new DiagnosticCollector());

    assertEquals(folderMode, Files.getPosixFilePermissions(out));
    assertEquals(folderMode, Files.getPosixFilePermissions(out.resolve("a")));
    assertEquals(fileMode, Files.getPosixFilePermissions(out.resolve("a/C.java")));
    assertEquals(fileMode, Files.getPosixFilePermissions(out.resolve(OutputMarker.FILE_NAME)));
  }

  @Test
  void aFileAddedAfterTheInspectionIsSeenBeforeTheSwapAndNothingIsTouched() throws IOException {
    Writes.generated(out, docs, "a/A.java");
    DiagnosticCollector d = new DiagnosticCollector();
    OutputInspection inspection = OutputFolder.at(out).inspect(docs, d);
    Files.writeString(out.resolve("a/Mine.java"), "class Mine {}");
    Map<String, String> before = TreeSnapshot.of(out);

    assertNull(OutputTreeWriter.write(inspection, List.of(file("a/B.java", "class B {}")), List.of(), d));

    assertEquals(DiagnosticCode.OUTPUT_NOT_OWNED, d.all().get(0).code());
    assertEquals(before, TreeSnapshot.of(out));
    assertEquals(List.of("docs", "out"), siblings());
  }

  @Test
  void filesPlacedWhileTheyAreMadeGoIntoAStagingTreeBesideTheOutputAndReplaceItOnlyOnCommit() throws IOException {
    Writes.generated(out, docs, "a/A.java");
    Map<String, String> before = TreeSnapshot.of(out);
    DiagnosticCollector d = new DiagnosticCollector();
    try (OutputTreeWriter.Staging staging = OutputTreeWriter.stage(OutputFolder.at(out).inspect(docs, d))) {
      staging.place(file("a/B.java", "class B {}"));
      assertEquals(before, TreeSnapshot.of(out), "the output is untouched before the commit");
      assertEquals(3, siblings().size(), "a staging folder beside docs and out: " + siblings());

      assertEquals(new OutputTreeWriter.Written(1, 0), staging.commit(List.of("package=test"), d));
    }
    assertEquals(List.of("a/B.java"), OutputMarker.parse(Files.readString(out.resolve(OutputMarker.FILE_NAME))).orElseThrow().files());
    assertFalse(Files.exists(out.resolve("a/A.java")));
    assertEquals(List.of("docs", "out"), siblings());
  }

  @Test
  void aStagingTreeClosedWithoutCommitLeavesTheOutputByteForByteAndNoDebris() throws IOException {
    Writes.generated(out, docs, "a/A.java");
    Map<String, String> before = TreeSnapshot.of(out);
    try (OutputTreeWriter.Staging staging = OutputTreeWriter.stage(OutputFolder.at(out).inspect(docs, new DiagnosticCollector()))) {
      staging.place(file("a/B.java", "class B {}"));
      staging.place(file("a/A.java", "class A { int changed; }"));
    }
    assertEquals(before, TreeSnapshot.of(out));
    assertEquals(List.of("docs", "out"), siblings());
  }

  @Test
  void aFileThatCannotBePlacedFailsTheCommitAndTheFilesAfterItAreNotWritten() throws IOException {
    Writes.generated(out, docs, "a/A.java");
    Map<String, String> before = TreeSnapshot.of(out);
    DiagnosticCollector d = new DiagnosticCollector();
    try (OutputTreeWriter.Staging staging = OutputTreeWriter.stage(OutputFolder.at(out).inspect(docs, d))) {
      staging.place(file("a/B.java", "class B {}"));
      staging.place(file("a/B.java/C.java", "class C {}")); // a folder where a file already is
      staging.place(file("a/D.java", "class D {}"));

      assertNull(staging.commit(List.of(), d));
    }
    assertEquals(List.of(DiagnosticCode.OUTPUT_FAILED), d.all().stream().map(Diagnostic::code).toList());
    assertTrue(d.all().get(0).message().contains("nothing was written"), d.all()::toString);
    assertEquals(before, TreeSnapshot.of(out));
    assertEquals(List.of("docs", "out"), siblings());
  }

  @Test
  void aRefusedInspectionCannotBeWritten() throws IOException {
    Files.writeString(Files.createDirectories(out).resolve("mine.txt"), "x");
    OutputInspection refused = OutputFolder.at(out).inspect(docs, new DiagnosticCollector());
    assertThrows(IllegalStateException.class, () -> OutputTreeWriter.write(refused, List.of(), List.of(), new DiagnosticCollector()));
  }

  /** The pid of a process that has ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void whatAKilledRunLeftBesideTheOutputIsCleanedUpByTheNextRun() throws Exception {
    Writes.generated(out, docs, "a/A.java");
    long dead = deadPid();
    Path staging = tmp.resolve(".out.graphdocs-staging-" + dead + "-0a1b2c");
    Writes.generated(staging, docs, "a/Half.java");
    Path previous = tmp.resolve(".out.graphdocs-previous-" + dead + "-3d4e5f");
    Writes.generated(previous, docs, "a/Old.java");
    Path alive = tmp.resolve(".out.graphdocs-staging-" + ProcessHandle.current().parent().orElseThrow().pid() + "-777777");
    Writes.generated(alive, docs, "a/Busy.java");
    Path foreign = tmp.resolve(".out.graphdocs-previous-" + dead + "-999999");
    Files.writeString(Files.createDirectories(foreign).resolve("mine.txt"), "not graphdocs'");

    DiagnosticCollector d = new DiagnosticCollector();
    Writes.write(out, docs, List.of(file("a/A.java", "class A {}")), d);

    assertEquals(List.of(".out.graphdocs-previous-" + dead + "-999999", ".out.graphdocs-staging-"
        + ProcessHandle.current().parent().orElseThrow().pid() + "-777777", "docs", "out"), siblings());
    List<String> notes = d.all().stream().filter(x -> x.code() == DiagnosticCode.OUTPUT_LEFTOVER).map(Diagnostic::message).toList();
    assertEquals(3, notes.size(), notes::toString);
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("removed " + staging)), notes::toString);
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("removed " + previous)), notes::toString);
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("left " + foreign + " alone")), notes::toString);
    assertEquals("not graphdocs'", Files.readString(foreign.resolve("mine.txt")));
  }

  @Test
  void aPreviousOutputWhoseSwapWasCutShortIsPutBack() throws Exception {
    Writes.generated(out, docs, "a/A.java");
    Path previous = tmp.resolve(".out.graphdocs-previous-" + deadPid() + "-abcdef");
    Files.move(out, previous); // killed between the two renames

    DiagnosticCollector d = new DiagnosticCollector();
    OutputInspection inspection = OutputTreeWriter.recover(OutputFolder.at(out).inspect(docs, d), d);

    assertEquals(OutputInspection.State.OWNED, inspection.state());
    assertEquals("class A {}\n", Files.readString(out.resolve("a/A.java")));
    assertTrue(d.all().get(0).message().contains("it is back in place"), d.all()::toString);
    assertEquals(List.of("docs", "out"), siblings());
  }

  @Test
  void aPreviousOutputThatCannotBeRemovedIsAWarningSayingWhereItIsAndTheNextRunRemovesIt() throws Exception {
    Writes.generated(out, docs, "a/A.java", "a/B.java");
    Path stuck = out.resolve("a/A.java");
    assumeTrue(Undeletable.make(stuck), "cannot make a file undeletable here");
    try {
      DiagnosticCollector d = new DiagnosticCollector();
      Writes.write(out, docs, List.of(file("a/C.java", "class C {}")), d);

      assertEquals("class C {}", Files.readString(out.resolve("a/C.java")));
      assertFalse(Files.exists(out.resolve("a/B.java"), LinkOption.NOFOLLOW_LINKS));
      List<Diagnostic> kept = d.all().stream().filter(x -> x.code() == DiagnosticCode.OUTPUT_PREVIOUS_KEPT).toList();
      assertEquals(1, kept.size(), d.all()::toString);
      assertEquals(Severity.WARNING, kept.get(0).severity());
      List<String> names = siblings();
      assertEquals(3, names.size(), names::toString);
      String previous = names.get(0);
      assertTrue(previous.startsWith(".out.graphdocs-previous-"), previous);
      assertTrue(kept.get(0).message().contains("the new output is in place in " + out.toRealPath()), kept.get(0).message());
      assertTrue(kept.get(0).message().contains(tmp.toRealPath().resolve(previous) + " remains with 3 entries"), kept.get(0).message());
    } finally {
      Undeletable.undo(tmp);
    }
    DiagnosticCollector next = new DiagnosticCollector();
    Writes.write(out, docs, List.of(file("a/C.java", "class C {}")), next);
    assertEquals(List.of("docs", "out"), siblings());
    assertTrue(next.all().stream().anyMatch(x -> x.code() == DiagnosticCode.OUTPUT_LEFTOVER), next.all()::toString);
  }

  @Test
  void anOutputThatCannotBeMovedAsideStaysUnchangedAndTheErrorSaysSo() throws Exception {
    Writes.generated(out, docs, "a/A.java");
    Map<String, String> before = TreeSnapshot.of(out);
    // an immutable folder cannot be renamed, even by root
    assumeTrue(new ProcessBuilder("chattr", "+i", out.toString()).redirectErrorStream(true).start().waitFor() == 0,
        "needs chattr +i");
    DiagnosticCollector d = new DiagnosticCollector();
    try {
      OutputInspection inspection = OutputFolder.at(out).inspect(docs, d);
      assertNull(OutputTreeWriter.write(inspection, List.of(file("a/B.java", "class B {}")), List.of(), d));
    } finally {
      new ProcessBuilder("chattr", "-i", out.toString()).start().waitFor();
    }
    Diagnostic e = d.all().get(0);
    assertEquals(DiagnosticCode.OUTPUT_FAILED, e.code());
    assertTrue(e.message().startsWith("cannot move the previous output aside ("), e.message());
    assertTrue(e.message().endsWith("it is unchanged in " + out.toRealPath() + " and nothing was written"), e.message());
    assertEquals(before, TreeSnapshot.of(out));
    assertEquals(List.of("docs", "out"), siblings());
  }
}
