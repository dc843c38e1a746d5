package io.github.graphdocs.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process with javac against Jackson, as an application would. */
public final class GeneratedSources {
  private GeneratedSources() {}

  /** What javac said: empty when the sources compiled. */
  public record Compilation(List<String> errors, List<String> warnings) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public static List<Path> javaFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles every .java file under {@code folder} with {@code -Xlint:all}. */
  public static Compilation compile(Path folder) {
    return compile(javaFiles(folder));
  }

  public static Compilation compile(List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> found = new DiagnosticCollector<>();
    Path classes;
    try {
      classes = Files.createTempDirectory("graphdocs-classes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(found, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-Xlint:all", "-proc:none", "--release", "17", "-encoding", "UTF-8",
          "-classpath", classpath(), "-d", classes.toString());
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      javac.getTask(new StringWriter(), files, found, options, null, units).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(classes);
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : found.getDiagnostics()) {
      String text = (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
          + d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(text);
      } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings.add(text);
      }
    }
    return new Compilation(errors, warnings);
  }

  private static String classpath() {
    List<String> jars = new ArrayList<>();
    for (Class<?> c : List.of(JsonProperty.class, ObjectMapper.class, com.fasterxml.jackson.core.JsonParser.class,
        io.github.graphdocs.runtime.ODataObject.class, org.jspecify.annotations.NullMarked.class)) {
      try {
        jars.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(java.io.File.pathSeparator, jars);
  }

  static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
