package io.github.graphdocs.pipeline;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.verify.ExampleVerifier;
import io.github.graphdocs.verify.VerificationReport;

/**
 * The verify job: analyse the docs, stop if they have errors (after --strict), else generate the
 * model, compile it in memory and pass every typed example through it ({@link ExampleVerifier}).
 */
public final class VerifyRun {
  private VerifyRun() {}

  /** The docs' findings and, when they have no error, the examples' report (else null). */
  public record Result(DiagnosticCollector diagnostics, VerificationReport report) {
    /** Whether every checked example passed (false too when the docs have errors). */
    public boolean ok() {
      return report != null && !report.failed();
    }
  }

  public static Result verify(DocsInput docs, String basePackage, boolean strict, ProgressListener progress) {
    GraphDocs.Analysis analysis = GraphDocs.analyze(docs, basePackage, progress);
    DiagnosticCollector diagnostics = strict ? analysis.diagnostics().strict() : analysis.diagnostics();
    if (diagnostics.hasErrors()) {
      return new Result(diagnostics, null);
    }
    int examples = analysis.schema().examples().size();
    progress.progress(ProgressListener.Step.COMPILING_MODEL, 0, 1);
    VerificationReport report = new ExampleVerifier(basePackage).verify(analysis.schema(), checked -> {
      if (checked == 0) {
        progress.progress(ProgressListener.Step.COMPILING_MODEL, 1, 1);
      }
      progress.progress(ProgressListener.Step.CHECKING_EXAMPLES, checked, examples);
    });
    if (!report.modelCompiled()) {
      progress.progress(ProgressListener.Step.COMPILING_MODEL, 1, 1);
    }
    return new Result(diagnostics, report);
  }
}
