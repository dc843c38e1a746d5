package io.github.graphdocs.pipeline;

import com.palantir.javapoet.JavaFile;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.javagen.ModelEmitter;
import io.github.graphdocs.javagen.SourceTreeWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The generate job: analyse, stop if there is any error (after --strict), emit, write atomically.
 * Analysis and emission are separated by a hard gate, as AutoValue's processor does.
 */
public final class GeneratorRun {
  public static final String DEFAULT_PACKAGE = "io.github.graphdocs.model";
  private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*", Pattern.CASE_INSENSITIVE);

  private GeneratorRun() {}

  /** What a run did: its diagnostics and the number of files written (0 when refused). */
  public record Result(DiagnosticCollector diagnostics, int filesWritten, GraphDocs.Analysis analysis) {
    public boolean ok() {
      return !diagnostics.hasErrors();
    }
  }

  public static boolean isValidPackage(String pkg) {
    if (pkg == null || !PACKAGE.matcher(pkg).matches()) {
      return false;
    }
    for (String seg : pkg.split("\\.")) {
      if (io.github.graphdocs.javagen.ModelEmitter.isReservedWord(seg)) {
        return false;
      }
    }
    return true;
  }

  public static Result generate(Path docs, Path out, String basePackage, boolean strict) {
    GraphDocs.Analysis analysis = GraphDocs.analyze(docs);
    DiagnosticCollector diagnostics = strict ? analysis.diagnostics().strict() : analysis.diagnostics();
    if (diagnostics.hasErrors()) {
      return new Result(diagnostics, 0, analysis);
    }
    DiagnosticCollector emitNotes = new DiagnosticCollector();
    List<JavaFile> files;
    try {
      files = new ModelEmitter(analysis.schema(), basePackage, emitNotes).emit();
    } catch (RuntimeException e) {
      // A bug in graphdocs, not in the docs: reported plainly, and nothing is written.
      diagnostics.report(DiagnosticCode.INTERNAL_ERROR, SourceLocation.ofFile(docs.toString()),
          "Java emission failed: " + e);
      return new Result(diagnostics, 0, analysis);
    }
    diagnostics.addAll(strict ? emitNotes.strict() : emitNotes);
    if (diagnostics.hasErrors()) {
      return new Result(diagnostics, 0, analysis);
    }
    try {
      int n = SourceTreeWriter.write(files, out);
      return new Result(diagnostics, n, analysis);
    } catch (IOException | RuntimeException e) {
      diagnostics.report(DiagnosticCode.OUTPUT_FAILED, SourceLocation.ofFile(out.toString()),
          "cannot write the output (the previous output is unchanged): " + e.getMessage());
      return new Result(diagnostics, 0, analysis);
    }
  }
}
