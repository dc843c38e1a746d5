package io.github.graphdocs.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeWriterTest {
  private static JavaFile file(String pkg, String name) {
    return JavaFile.builder(pkg, TypeSpec.classBuilder(name).build()).build();
  }

  @Test
  void writesOneFilePerClassInItsPackageFolder(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(2, SourceTreeWriter.write(List.of(file("a.b", "C"), file("a", "D")), out));
    assertTrue(Files.readString(out.resolve("a/b/C.java")).contains("class C"));
    assertTrue(Files.exists(out.resolve("a/D.java")));
  }

  @Test
  void replacesThePreviousOutputAsAWholeAndLeavesNoStagingFolders(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    SourceTreeWriter.write(List.of(file("a", "Old")), out);
    SourceTreeWriter.write(List.of(file("a", "New")), out);
    assertFalse(Files.exists(out.resolve("a/Old.java")));
    assertTrue(Files.exists(out.resolve("a/New.java")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(out), s.toList());
    }
  }
}
