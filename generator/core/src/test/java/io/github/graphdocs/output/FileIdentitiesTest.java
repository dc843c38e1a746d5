package io.github.graphdocs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file lookups one inspection shares: existence without following links, sameness, real paths. */
class FileIdentitiesTest {
  @TempDir
  Path dir;

  @Test
  void aFolderIsTheSameAsItselfReachedAnotherWayAndNotAsAnother() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), a);
    FileIdentities files = new FileIdentities();
    assertTrue(files.same(a, dir.resolve("x/../a").normalize()));
    assertTrue(files.same(a, link), "a link is followed for sameness");
    assertFalse(files.same(a, b));
    assertEquals(a.toRealPath(), files.realPath(link));
  }

  @Test
  void pathsThatDoNotExistAreTheSameByNameIgnoringCaseAndNeverTheSameAsAnExistingOne() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    FileIdentities files = new FileIdentities();
    assertFalse(files.exists(dir.resolve("missing")));
    assertTrue(files.same(dir.resolve("missing/x"), dir.resolve("MISSING/x")));
    assertFalse(files.same(dir.resolve("missing"), dir.resolve("other")));
    assertFalse(files.same(a, dir.resolve("missing")));
  }

  @Test
  void aDanglingLinkExistsAndIsItsOwnRealPath() throws Exception {
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
    FileIdentities files = new FileIdentities();
    assertTrue(files.exists(dangling));
    assertEquals(dangling, files.realPath(dangling));
  }
}
