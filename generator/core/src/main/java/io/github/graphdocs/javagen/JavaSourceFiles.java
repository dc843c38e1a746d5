package io.github.graphdocs.javagen;

import com.palantir.javapoet.JavaFile;
import io.github.graphdocs.output.OutputFile;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** The emitted Java files as output files: {@code a/b/C.java} for class {@code C} of package {@code a.b}. */
public final class JavaSourceFiles {
  private JavaSourceFiles() {}

  /**
   * One output file per Java file, at its package's folder, in the order of {@code files}. A name that
   * could leave the output folder (it cannot come from a valid package and class name) is refused with
   * an IllegalArgumentException.
   */
  public static List<OutputFile> of(List<JavaFile> files) {
    return of(files, n -> { });
  }

  /**
   * As {@link #of(List)}, telling {@code rendered} how many files are rendered so far after each one.
   * Files are rendered in parallel (a {@link JavaFile} is immutable and renders alone); the result and
   * its order do not depend on it, and {@code rendered} may be called from several threads.
   */
  public static List<OutputFile> of(List<JavaFile> files, IntConsumer rendered) {
    AtomicInteger done = new AtomicInteger();
    return files.parallelStream()
        .map(f -> {
          OutputFile file = new OutputFile(path(f), f.toString());
          rendered.accept(done.incrementAndGet());
          return file;
        })
        .toList();
  }

  private static String path(JavaFile f) {
    String folder = f.packageName().isEmpty() ? "" : f.packageName().replace('.', '/') + "/";
    return folder + f.typeSpec().name() + ".java";
  }
}
