package io.github.graphdocs.javagen;

import com.palantir.javapoet.JavaFile;
import io.github.graphdocs.output.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The emitted Java files as output files: {@code a/b/C.java} for class {@code C} of package {@code a.b}.
 * Rendering (JavaPoet's {@code toString}, most of emission's cost) runs on every core while the files
 * are still being emitted, and each file's spec is dropped once it is rendered; a writing thread
 * hands the rendered files on in order meanwhile (to the output's staging tree, for generate).
 */
public final class JavaSourceFiles {
  /** Files emitted but not yet rendered, per rendering thread: bounds the specs held at once. */
  private static final int WINDOW_PER_THREAD = 8;

  private JavaSourceFiles() {}

  /**
   * One output file per Java file, at its package's folder, in the order of {@code files}. A name that
   * could leave the output folder (it cannot come from a valid package and class name) is refused with
   * an IllegalArgumentException.
   */
  public static List<OutputFile> of(List<JavaFile> files) {
    return of(files, Map.of(), n -> { });
  }

  /** As {@link #of(List)}, telling {@code rendered} how many files are rendered so far after each one. */
  public static List<OutputFile> of(List<JavaFile> files, IntConsumer rendered) {
    return of(files, Map.of(), rendered);
  }

  /**
   * As {@link #of(List, IntConsumer)}, plus each package's {@code package-info.java} (text by package
   * name, as {@link ModelEmitter#packageInfos()} gives it), after the Java files, by package name.
   */
  public static List<OutputFile> of(List<JavaFile> files, Map<String, String> packageInfos, IntConsumer rendered) {
    return of(files::forEach, () -> packageInfos, rendered);
  }

  /**
   * The output files of what {@code emission} emits (it passes each file, in order, on the calling
   * thread, as {@link ModelEmitter#emit(Consumer)} does), in that order, then each package's
   * {@code package-info.java} from {@code packageInfos}, asked once emission has ended (as
   * {@link ModelEmitter#packageInfos()} is known only then), by package name. {@code rendered} is told
   * how many Java files are rendered so far after each one, from any thread but one count at a time,
   * in increasing order.
   */
  public static List<OutputFile> of(Consumer<Consumer<JavaFile>> emission, Supplier<Map<String, String>> packageInfos,
      IntConsumer rendered) {
    List<OutputFile> out = new ArrayList<>();
    emit(emission, packageInfos, rendered, out::add);
    return out;
  }

  /**
   * As {@link #of(Consumer, Supplier, IntConsumer)}, but each output file goes to {@code sink} as soon
   * as it and the files before it are rendered, while emission goes on: one file at a time, in
   * order, from one thread at a time (a writing thread, then the calling one for the package-info
   * files), never after this returns or throws. After a failure the sink gets no further file.
   */
  public static void emit(Consumer<Consumer<JavaFile>> emission, Supplier<Map<String, String>> packageInfos,
      IntConsumer rendered, Consumer<OutputFile> sink) {
    render(emission, f -> new OutputFile(path(f), f.toString()), rendered, sink);
    for (Map.Entry<String, String> e : new TreeMap<>(packageInfos.get()).entrySet()) {
      sink.accept(new OutputFile(folder(e.getKey()) + ModelEmitter.PACKAGE_INFO + ".java", e.getValue()));
    }
  }

  /** As {@link #render(Consumer, Function, IntConsumer, Consumer)}, collected in emission order. */
  static <T> List<T> render(Consumer<Consumer<JavaFile>> emission, Function<JavaFile, T> render, IntConsumer rendered) {
    List<T> out = new ArrayList<>();
    render(emission, render, rendered, out::add);
    return out;
  }

  /**
   * Renders in parallel what {@code emission} emits and hands each result to {@code sink} in emission
   * order, on one writing thread, while emission and rendering go on. A file's spec is only held
   * until it is rendered; emission itself stays on the calling thread, so whatever it reports comes in
   * its usual order; {@code rendered} is told the counts one at a time, in increasing order. A failure
   * of emission, rendering or the sink is thrown as it was thrown, and the sink gets nothing after it;
   * the sink is never called once this has returned or thrown.
   */
  static <T> void render(Consumer<Consumer<JavaFile>> emission, Function<JavaFile, T> render, IntConsumer rendered,
      Consumer<? super T> sink) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("graphdocs-render"));
    ExecutorService writer = Executors.newSingleThreadExecutor(daemon("graphdocs-write"));
    Semaphore window = new Semaphore(threads * WINDOW_PER_THREAD);
    AtomicInteger done = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    List<Future<?>> handed = new ArrayList<>();
    try {
      emission.accept(file -> {
        window.acquireUninterruptibly();
        Future<T> result = pool.submit(() -> {
          try {
            T out = render.apply(file);
            synchronized (done) { // counts reach rendered one at a time, in increasing order
              rendered.accept(done.incrementAndGet());
            }
            return out;
          } finally {
            window.release();
          }
        });
        handed.add(writer.submit(() -> {
          if (failed.get()) {
            return null;
          }
          try {
            sink.accept(result(result));
          } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
          }
          return null;
        }));
      });
      for (Future<?> f : handed) {
        result(f);
      }
    } finally {
      pool.shutdownNow();
      writer.shutdownNow();
      awaitQuietly(writer);
    }
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Waits until the writing thread has stopped, so that the sink is not called after a failure returned. */
  private static void awaitQuietly(ExecutorService writer) {
    boolean interrupted = false;
    while (true) {
      try {
        if (writer.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T result(Future<T> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering the model", e);
    }
  }

  private static String path(JavaFile f) {
    return folder(f.packageName()) + f.typeSpec().name() + ".java";
  }

  private static String folder(String pkg) {
    return pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
  }
}
