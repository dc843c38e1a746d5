package io.github.graphdocs.javagen;

import com.palantir.javapoet.JavaFile;
import io.github.graphdocs.output.OutputFile;
import java.util.ArrayList;
import java.util.List;

/** The emitted Java files as output files: {@code a/b/C.java} for class {@code C} of package {@code a.b}. */
public final class JavaSourceFiles {
  private JavaSourceFiles() {}

  /**
   * One output file per Java file, at its package's folder. A name that could leave the output folder
   * (it cannot come from a valid package and class name) is refused with an IllegalArgumentException.
   */
  public static List<OutputFile> of(List<JavaFile> files) {
    List<OutputFile> out = new ArrayList<>(files.size());
    for (JavaFile f : files) {
      String folder = f.packageName().isEmpty() ? "" : f.packageName().replace('.', '/') + "/";
      out.add(new OutputFile(folder + f.typeSpec().name() + ".java", f.toString()));
    }
    return out;
  }
}
