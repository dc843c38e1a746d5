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
    return of(files, java.util.Map.of(), n -> { });
  }

  /** As {@link #of(List)}, telling {@code rendered} how many files are rendered so far after each one. */
  public static List<OutputFile> of(List<JavaFile> files, IntConsumer rendered) {
    return of(files, java.util.Map.of(), rendered);
  }

  /**
   * As {@link #of(List, IntConsumer)}, plus each package's {@code package-info.java} (text by package
   * name, as {@link ModelEmitter#packageInfos()} gives it).
   */
  public static List<OutputFile> of(List<JavaFile> files, java.util.Map<String, String> packageInfos,
      IntConsumer rendered) {
    List<OutputFile> out = new ArrayList<>(files.size() + packageInfos.size());
    for (JavaFile f : files) {
      String folder = f.packageName().isEmpty() ? "" : f.packageName().replace('.', '/') + "/";
      out.add(new OutputFile(folder + f.typeSpec().name() + ".java", f.toString()));
      rendered.accept(out.size());
    }
    for (java.util.Map.Entry<String, String> e : new java.util.TreeMap<>(packageInfos).entrySet()) {
      String folder = e.getKey().isEmpty() ? "" : e.getKey().replace('.', '/') + "/";
      out.add(new OutputFile(folder + ModelEmitter.PACKAGE_INFO + ".java", e.getValue()));
    }
    return out;
  }
}
