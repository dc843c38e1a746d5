package io.github.graphdocs.pipeline;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.javagen.ModelEmitter;
import io.github.graphdocs.javagen.ModelNames;
import io.github.graphdocs.javagen.ModelSourceEmitter;
import io.github.graphdocs.output.OutputFolder;
import io.github.graphdocs.output.OutputInspection;
import io.github.graphdocs.output.OutputTreeWriter;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.selection.SchemaSelector;
import io.github.graphdocs.selection.TypeSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The generate job: check that the output folder may be replaced (refused: stop, nothing read or
 * touched), analyse, stop if there is any error (after --strict), emit into a staging tree as the
 * files are rendered, and only when emission ended without error, replace the output with it atomically. Analysis
 * and emission are separated by a hard gate, as AutoValue's processor does.
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
    return packageProblem(pkg) == null;
  }

  /**
   * Why a base package cannot hold the model, or null when it can: it must be a Java package name
   * without keywords, with segments a file system takes, and outside {@code java} and {@code javax},
   * which belong to the JDK (a class loader refuses {@code java.*}, and {@code javax.*} holds JDK and Jakarta APIs).
   */
  public static String packageProblem(String pkg) {
    if (pkg == null || !PACKAGE.matcher(pkg).matches()) {
      return "is not a Java package name (dot-separated identifiers such as io.github.graphdocs.model)";
    }
    for (String seg : pkg.split("\\.")) {
      if (ModelEmitter.isReservedWord(seg)) {
        return "holds the Java keyword '" + seg + "'";
      }
      if (seg.length() > ModelEmitter.MAX_NAME_LENGTH) {
        return "has a segment longer than " + ModelEmitter.MAX_NAME_LENGTH + " characters, too long for a folder name";
      }
    }
    String first = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
    if (first.equals("java") || first.equals("javax")) {
      return "is inside " + first + ", which belongs to the JDK; choose a package of your own";
    }
    return null;
  }

  /** Generates into {@code out} under the core's ownership rule ({@link OutputFolder}). */
  public static Result generate(Path docs, Path out, String basePackage, boolean strict) {
    return generate(docs, OutputFolder.at(out), basePackage, strict);
  }

  /** Generates into {@code output}, which also refuses the folders it protects. */
  public static Result generate(Path docs, OutputFolder output, String basePackage, boolean strict) {
    return generate(DocsInput.of(docs), output, basePackage, strict, ProgressListener.NONE);
  }

  /** Generates the selected pages' model into {@code output}, telling {@code progress} how it goes. */
  public static Result generate(DocsInput input, OutputFolder output, String basePackage, boolean strict,
      ProgressListener progress) {
    return generate(input, TypeSelection.ALL, output, basePackage, strict, progress);
  }

  /** As the next, with the types' fluent builders. */
  public static Result generate(DocsInput input, TypeSelection types, OutputFolder output, String basePackage,
      boolean strict, ProgressListener progress) {
    return generate(input, types, output, basePackage, strict, true, progress);
  }

  /**
   * Generates the model of the selected pages' {@code types} (the selected types and what they need,
   * {@link SchemaSelector}) into {@code output}, telling {@code progress} how it goes; {@code builders}:
   * whether each type gets its fluent builder. The whole docs are analysed and checked either way; an
   * unknown selected name is an error and nothing is written.
   */
  public static Result generate(DocsInput input, TypeSelection types, OutputFolder output, String basePackage,
      boolean strict, boolean builders, ProgressListener progress) {
    Path docs = input.folder();
    DiagnosticCollector outputFindings = new DiagnosticCollector();
    OutputInspection inspection = output.inspect(docs, outputFindings);
    if (inspection.refused()) {
      return new Result(outputFindings, 0, new GraphDocs.Analysis(new Schema(List.of(), List.of(), List.of()),
          List.of(), outputFindings, null));
    }
    inspection = OutputTreeWriter.recover(inspection, outputFindings);

    GraphDocs.Analysis analysis = GraphDocs.analyze(input, basePackage, progress);
    DiagnosticCollector diagnostics = strict ? analysis.diagnostics().strict() : analysis.diagnostics();
    diagnostics.addAll(outputFindings);
    if (diagnostics.hasErrors() || analysis.names() == null) {
      return new Result(diagnostics, 0, analysis);
    }
    ModelNames names = types.all() ? analysis.names() : selectedNames(analysis, types, basePackage, docs, diagnostics);
    if (names == null) {
      return new Result(diagnostics, 0, analysis);
    }
    DiagnosticCollector emitNotes = new DiagnosticCollector();
    List<String> options = new ArrayList<>(List.of("package=" + basePackage, "strict=" + strict));
    if (!types.all()) {
      options.add("selection=" + types);
    }
    if (!builders) {
      options.add("builders=false");
    }
    // each file goes into the staging tree as soon as it is rendered, while the rest is emitted; the
    // staging tree replaces the output only once everything is emitted without error
    OutputTreeWriter.Written written;
    try (OutputTreeWriter.Staging staging = OutputTreeWriter.stage(inspection)) {
      try {
        ModelSourceEmitter sources = new ModelSourceEmitter(names, builders, emitNotes);
        int total = sources.fileCount();
        progress.progress(ProgressListener.Step.EMITTING_TYPES, 0, total);
        sources.emit(n -> progress.progress(ProgressListener.Step.EMITTING_TYPES, n, total), staging::place);
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
      written = staging.commit(options, diagnostics);
    }
    return new Result(diagnostics, written == null ? 0 : written.files(), analysis);
  }

  /**
   * The names of the selected part of the analysed schema, or null when a selected name is unknown (an
   * error says which). The naming pass runs again on the smaller schema; its findings were reported for
   * the whole schema already, so only an error of its own is added.
   */
  private static ModelNames selectedNames(GraphDocs.Analysis analysis, TypeSelection types, String basePackage,
      Path docs, DiagnosticCollector diagnostics) {
    DiagnosticCollector selecting = new DiagnosticCollector();
    Schema selected = new SchemaSelector(analysis.schema()).select(types, SourceLocation.ofFile(docs.toString()), selecting);
    diagnostics.addAll(selecting);
    if (selecting.hasErrors()) {
      return null;
    }
    DiagnosticCollector naming = new DiagnosticCollector();
    ModelNames names = ModelNames.allocate(selected, basePackage, naming);
    if (naming.hasErrors()) {
      diagnostics.addAll(naming);
      return null;
    }
    return names;
  }
}
