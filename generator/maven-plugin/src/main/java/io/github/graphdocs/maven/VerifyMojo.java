package io.github.graphdocs.maven;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.FileErrorText;
import io.github.graphdocs.diagnostics.Severity;
import io.github.graphdocs.pipeline.GeneratorRun;
import io.github.graphdocs.pipeline.VerifyRun;
import io.github.graphdocs.verify.VerificationReport;
import io.github.graphdocs.verify.VerificationReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Verifies the docs' JSON examples as {@code graphdocs verify} does: generates the model, compiles it
 * in memory (no compile step of the project, no files), reads and writes back every typed example
 * through it, logs each failure as an error with its place, writes a JSON report and fails the build
 * when an example fails or the docs have errors.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractDocsMojo {
  /** The base package of the model the examples go through. */
  @Parameter(property = "graphdocs.packageName", defaultValue = GeneratorRun.DEFAULT_PACKAGE)
  String packageName;

  /** Every example's result as JSON ({@code graphdocs verify --report}). */
  @Parameter(property = "graphdocs.verifyReport", defaultValue = "${project.build.directory}/graphdocs/verify.json")
  File report;

  @Override
  public void execute() throws MojoFailureException, MojoExecutionException {
    if (skip) {
      getLog().info("graphdocs: skipped (graphdocs.skip)");
      return;
    }
    checkPackage(packageName);
    MavenDiagnosticLog log = diagnosticLog();
    VerifyRun.Result result = VerifyRun.verify(input(), packageName, strict, new ProgressLog(getLog()));
    if (result.report() == null) {
      log.logAll(result.diagnostics());
      throw new MojoFailureException("graphdocs: the docs have errors; no example was verified: "
          + log.checkFailure(result.diagnostics()).getMessage().substring("graphdocs: ".length()));
    }
    VerificationReport r = result.report();
    DiagnosticCollector failures = new DiagnosticCollector();
    r.diagnostics().forEach(failures::report);
    log.logAll(failures);
    for (String m : r.compilerMessages()) {
      getLog().error("javac: " + m);
    }
    getLog().info("graphdocs: " + r.summaryLine());
    for (Map.Entry<String, Long> e : r.skipReasons().entrySet()) {
      getLog().info("graphdocs:   skipped " + e.getValue() + ": " + e.getKey());
    }
    for (Map.Entry<String, Long> e : r.failureCauses().entrySet()) {
      getLog().info("graphdocs:   failed " + e.getValue() + ": " + e.getKey());
    }
    if (report != null) {
      Path p = report.toPath().toAbsolutePath().normalize();
      try {
        VerificationReportWriter.write(r, p);
        context().refresh(p.toFile());
      } catch (IOException | RuntimeException e) {
        throw new MojoExecutionException("graphdocs: cannot write the report " + log.display(p) + ": " + FileErrorText.of(e, p));
      }
    }
    if (!result.ok()) {
      Diagnostic first = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
          .findFirst().orElse(null);
      throw new MojoFailureException("graphdocs: " + r.summaryLine()
          + (first == null ? "" : "; first failure: " + log.format(first)) + " (every failure is listed above)");
    }
  }
}
