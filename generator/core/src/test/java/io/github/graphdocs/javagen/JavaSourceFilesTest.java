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

  @Test
  void filesRenderedWhileEmittedKeepTheEmissionOrderAndAreCountedOnceInOrder() {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    List<Integer> counts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    List<OutputFile> files = JavaSourceFiles.of(each -> {
      for (int i = 0; i < 500; i++) {
        each.accept(file("p", "C" + i));
      }
    }, java.util.Map::of, n -> {
      calls.incrementAndGet();
      if (n % 10 == 1) {
        pause(); // a slow listener: another thread's next count must still wait for this one
      }
      counts.add(n);
    });
    assertEquals(500, files.size());
    for (int i = 0; i < 500; i++) {
      assertEquals("p/C" + i + ".java", files.get(i).relativePath());
    }
    assertEquals(500, calls.get());
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 500).boxed().toList(), counts,
        "each count from 1 to 500 once, in increasing order");
  }

  @Test
  void aFailureOfEmissionOrRenderingIsThrownAsItWas() {
    IllegalStateException emission = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> JavaSourceFiles.of(each -> {
          each.accept(file("p", "A"));
          throw new IllegalStateException("emitter bug");
        }, java.util.Map::of, n -> { }));
    assertEquals("emitter bug", emission.getMessage());
    // a failure in a rendering thread
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> JavaSourceFiles.of(List.of(JavaFile.builder("", TypeSpec.classBuilder("A").build()).build(),
            JavaFile.builder("p", TypeSpec.classBuilder("B").build()).build()), n -> {
              throw new IllegalArgumentException("refused");
            }));
  }

  @Test
  void packageInfosComeAfterTheJavaFilesByPackageAndAreAskedForOnlyOnceEmissionHasEnded() {
    java.util.concurrent.atomic.AtomicBoolean emitted = new java.util.concurrent.atomic.AtomicBoolean();
    List<OutputFile> files = JavaSourceFiles.of(each -> {
      each.accept(file("b", "C"));
      each.accept(file("a", "D"));
      emitted.set(true);
    }, () -> {
      assertTrue(emitted.get(), "asked before emission ended");
      return java.util.Map.of("b", "package b;\n", "a", "package a;\n");
    }, n -> { });
    assertEquals(List.of("b/C.java", "a/D.java", "a/package-info.java", "b/package-info.java"),
        files.stream().map(OutputFile::relativePath).toList());
    assertEquals("package a;\n", files.get(2).text());
  }

  @Test
  void eachFileReachesTheSinkWhileEmissionGoesOnInOrderOnOneThread() {
    java.util.concurrent.CountDownLatch firstSunk = new java.util.concurrent.CountDownLatch(1);
    List<String> sunk = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.Set<Thread> sinkThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Thread caller = Thread.currentThread();
    java.util.concurrent.atomic.AtomicBoolean sunkDuringEmission = new java.util.concurrent.atomic.AtomicBoolean();
    JavaSourceFiles.emit(each -> {
      each.accept(file("p", "First"));
      // emission goes on only once the first file has reached the sink (or after a minute, failing)
      try {
        sunkDuringEmission.set(firstSunk.await(1, java.util.concurrent.TimeUnit.MINUTES));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (int i = 0; i < 200; i++) {
        each.accept(file("p", "C" + i));
      }
    }, () -> java.util.Map.of("p", "package p;\n"), n -> { }, f -> {
      if (!f.relativePath().endsWith("package-info.java")) {
        sinkThreads.add(Thread.currentThread());
      }
      sunk.add(f.relativePath());
      firstSunk.countDown();
    });
    assertTrue(sunkDuringEmission.get(), "the first file reached the sink only after emission ended");
    List<String> expected = new java.util.ArrayList<>(List.of("p/First.java"));
    for (int i = 0; i < 200; i++) {
      expected.add("p/C" + i + ".java");
    }
    expected.add("p/package-info.java");
    assertEquals(expected, sunk);
    assertEquals(1, sinkThreads.size(), "one writing thread: " + sinkThreads);
    assertTrue(!sinkThreads.contains(caller), "the Java files are handed on by a writing thread");
  }

  @Test
  void afterAFailureTheSinkGetsNothingMoreAndNothingOnceEmitHasThrown() {
    List<String> sunk = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> JavaSourceFiles.emit(each -> {
      for (int i = 0; i < 100; i++) {
        each.accept(file("p", "C" + i));
      }
    }, java.util.Map::of, n -> { }, f -> {
      sunk.add(f.relativePath());
      if (f.relativePath().equals("p/C3.java")) {
        throw new IllegalStateException("disk full");
      }
    }));
    // the writing thread has stopped when emit throws: nothing can come after this
    assertEquals(List.of("p/C0.java", "p/C1.java", "p/C2.java", "p/C3.java"), sunk);
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
