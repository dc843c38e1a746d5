package io.github.graphdocs.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.graphdocs.output.OutputFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaSourceFilesTest {
  private static JavaFile file(String pkg, String name) {
    return JavaFile.builder(pkg, TypeSpec.classBuilder(name).build()).build();
  }

  @Test
  void eachClassIsAFileInItsPackageFolder() {
    List<OutputFile> files = JavaSourceFiles.of(List.of(file("a.b", "C"), file("a", "D")));
    assertEquals(List.of("a/b/C.java", "a/D.java"), files.stream().map(OutputFile::relativePath).toList());
    assertTrue(files.get(0).text().startsWith("package a.b;"), files.get(0).text());
  }
}
