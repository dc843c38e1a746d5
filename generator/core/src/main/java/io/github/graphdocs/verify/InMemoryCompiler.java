package io.github.graphdocs.verify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources held in memory with the JDK's compiler (javax.tools) and keeps the class files
 * in memory too: nothing is written to disk. The class path is the Jackson, JSpecify and graphdocs
 * runtime jars graphdocs itself runs with, which is all the generated model needs.
 */
public final class InMemoryCompiler {
  private final List<String> options;
  private final List<Class<?>> classPathOf;

  /** A compiler with extra javac options, such as {@code -Xlint:all} and {@code -Werror}. */
  public InMemoryCompiler(List<String> options) {
    this(options, List.of());
  }

  /**
   * A compiler with extra javac options whose class path also holds the jars (or folders) these
   * classes were loaded from, such as the runtime's {@code ODataRequest} for the request API.
   */
  public InMemoryCompiler(List<String> options, List<Class<?>> classPathOf) {
    this.options = List.copyOf(options);
    this.classPathOf = List.copyOf(classPathOf);
  }

  /**
   * What javac said and, when it succeeded, the class files by binary class name.
   *
   * @param messages every error and warning, as {@code Name.java:line: kind: message}
   */
  public record Result(boolean success, List<String> messages, int warnings, Map<String, byte[]> classes) {
    public Result {
      messages = List.copyOf(messages);
      classes = Collections.unmodifiableMap(new TreeMap<>(classes));
    }
  }

  /**
   * Compiles sources given by qualified class name.
   *
   * @throws IllegalStateException when this JVM has no Java compiler (a JRE, not a JDK)
   */
  public Result compile(Map<String, String> sourcesByClassName) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this JVM (" + System.getProperty("java.home")
          + "); verify needs a JDK, not a JRE");
    }
    List<JavaFileObject> units = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(sourcesByClassName).entrySet()) {
      units.add(new SourceFile(e.getKey(), e.getValue()));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, byte[]> classes = Collections.synchronizedMap(new TreeMap<>());
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("-proc:none", "-encoding", "UTF-8", "-classpath", classPath(classPathOf)));
    args.addAll(options);
    boolean ok;
    List<String> messages = new ArrayList<>();
    try (ClassFileCollector fileManager = new ClassFileCollector(standard, classes)) {
      ok = javac.getTask(null, fileManager, diagnostics, args, null, units).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // javac itself failed (it wraps its crashes in RuntimeException): a message, never a stack trace
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      messages.add("javac: error: the compiler failed: " + cause);
      ok = false;
    }
    int warnings = 0;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        warnings++;
      }
      String where = d.getSource() == null ? "javac" : d.getSource().getName() + ":" + d.getLineNumber();
      messages.add(where + ": " + d.getKind().toString().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT));
    }
    return new Result(ok, messages, warnings, ok ? classes : Map.of());
  }

  /** The jars (or folders) that hold Jackson's annotations, core and databind, as this JVM loaded them. */
  static String classPath() {
    return classPath(List.of());
  }

  private static String classPath(List<Class<?>> more) {
    Set<String> entries = new LinkedHashSet<>();
    List<Class<?>> anchors = new ArrayList<>(List.of(JsonProperty.class, JsonParser.class, ObjectMapper.class,
        io.github.graphdocs.runtime.ODataObject.class, org.jspecify.annotations.NullMarked.class));
    anchors.addAll(more);
    for (Class<?> c : anchors) {
      var source = c.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        throw new IllegalStateException("cannot locate the jar of " + c.getName());
      }
      try {
        entries.add(Path.of(source.getLocation().toURI()).toString());
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new IllegalStateException("cannot locate the jar of " + c.getName() + ": " + source.getLocation(), e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static final class SourceFile extends SimpleJavaFileObject {
    private final String text;

    SourceFile(String className, String text) {
      super(URI.create("mem:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  private static final class ClassFile extends SimpleJavaFileObject {
    private final String className;
    private final Map<String, byte[]> sink;

    ClassFile(String className, Map<String, byte[]> sink) {
      super(URI.create("mem:///" + className.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
      this.className = className;
      this.sink = sink;
    }

    @Override
    public OutputStream openOutputStream() {
      return new ByteArrayOutputStream() {
        @Override
        public void close() {
          sink.put(className, toByteArray());
        }
      };
    }
  }

  /** Sends every class file javac writes into the map; reads everything else from the standard manager. */
  private static final class ClassFileCollector extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> sink;

    ClassFileCollector(StandardJavaFileManager standard, Map<String, byte[]> sink) {
      super(standard);
      this.sink = sink;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      if (kind != JavaFileObject.Kind.CLASS) {
        throw new IllegalStateException("javac asked to write a " + kind + " file: " + className);
      }
      return new ClassFile(className, sink);
    }
  }
}
