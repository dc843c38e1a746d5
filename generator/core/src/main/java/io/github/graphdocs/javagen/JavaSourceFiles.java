package io.github.graphdocs.javagen;

import com.palantir.javapoet.JavaFile;
import io.github.graphdocs.output.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** The emitted Java files as output files: {@code a/b/C.java} for class {@code C} of package {@code a.b}. */
public final class JavaSourceFiles {
  private JavaSourceFiles() {}

  /**
   * One output file per Java file, at its package's folder. A name that could leave the output folder
   * (it cannot come from a valid package and class name) is refused with an IllegalArgumentException.
   */
  public static List<OutputFile> of(List<JavaFile> files) {
    return of(files, n -> { });
  }

  /** As {@link #of(List)}, telling {@code rendered} how many files are rendered so far after each one. */
  public static List<OutputFile> of(List<JavaFile> files, IntConsumer rendered) {
    List<OutputFile> out = new ArrayList<>(files.size());
    for (JavaFile f : files) {
      String folder = f.packageName().isEmpty() ? "" : f.packageName().replace('.', '/') + "/";
      out.add(new OutputFile(folder + f.typeSpec().name() + ".java", f.toString()));
      rendered.accept(out.size());
    }
    return out;
  }
}
