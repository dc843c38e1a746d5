package io.github.graphdocs.javagen;

import com.palantir.javapoet.JavaFile;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.output.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Emits everything {@code generate} writes as output files: the model's classes ({@link ModelEmitter}),
 * then its request API ({@link RequestApiEmitter}), then every package's {@code package-info.java}. The
 * request classes (a few large ones, one per first path segment) are built in the common pool, idle
 * once the pages are read, while the model's classes are emitted and rendered ({@link JavaSourceFiles}).
 */
public final class ModelSourceEmitter {
  private final ModelEmitter model;
  private final RequestApiEmitter requests;

  /**
   * Reports what emission notices (names changed to be valid Java, for one) to {@code notes};
   * {@code builders}: whether the model's types get their fluent builders ({@link ModelEmitter#withBuilders}).
   */
  public ModelSourceEmitter(ModelNames names, boolean builders, DiagnosticCollector notes) {
    this.model = new ModelEmitter(names, notes).withBuilders(builders);
    this.requests = new RequestApiEmitter(names);
  }

  /** How many Java files {@link #emit} renders (the package-info files not counted). */
  public int fileCount() {
    return model.fileCount() + requests.fileCount();
  }

  /**
   * The output files, in their order (model classes, request classes, package-info files by package).
   * {@code rendered} is told the count of rendered Java files after each one, one count at a time. What
   * the emitters throw (a bug in graphdocs) is thrown as they threw it.
   */
  public List<OutputFile> emit(IntConsumer rendered) {
    List<OutputFile> out = new ArrayList<>();
    emit(rendered, out::add);
    return out;
  }

  /**
   * As {@link #emit(IntConsumer)}, but each output file goes to {@code sink} in that order as soon as
   * it is rendered, while the rest is still being emitted: one at a time, never after this returns
   * ({@link JavaSourceFiles#emit}). After a failure (thrown here) the sink gets no further file.
   */
  public void emit(IntConsumer rendered, Consumer<OutputFile> sink) {
    // join() rethrows what the request build threw
    ForkJoinTask<List<JavaFile>> requestFiles = ForkJoinPool.commonPool().submit(requests::emit);
    JavaSourceFiles.emit(each -> {
      model.emit(each);
      requestFiles.join().forEach(each);
    }, () -> {
      Map<String, String> packageInfos = new TreeMap<>(model.packageInfos());
      packageInfos.putAll(requests.packageInfos());
      return packageInfos;
    }, rendered, sink);
  }
}
