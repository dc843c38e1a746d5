package io.github.graphdocs.maven;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.FileErrorText;
import io.github.graphdocs.output.ReportFile;
import io.github.graphdocs.pipeline.DocsInput;
import io.github.graphdocs.pipeline.GraphDocs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the docs as {@code graphdocs check} does: every finding is logged at its level, a SARIF
 * report (for code-scanning views) and a JSON report are written, and the build fails on an error
 * (on a warning too with {@code strict}). Needs no Java and no compile step, so that a doc
 * repository (packaging {@code pom}) can check its pages in {@code mvn verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractDocsMojo {
  /** The SARIF 2.1.0 report: paths relative to the docs folder, which is its base URI ({@code DOCS}). */
  @Parameter(property = "graphdocs.sarifReport", defaultValue = "${project.build.directory}/graphdocs/check.sarif")
  File sarifReport;

  /** The JSON report ({@code graphdocs check --format json}): paths relative to the project folder. */
  @Parameter(property = "graphdocs.jsonReport", defaultValue = "${project.build.directory}/graphdocs/check.json")
  File jsonReport;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  @Override
  public void execute() throws MojoFailureException, MojoExecutionException {
    if (skip) {
      getLog().info("graphdocs: skipped (graphdocs.skip)");
      return;
    }
    DocsInput input = input();
    // in an IDE: no change in the docs, and the options and plugin of the last check (kept by the build context)
    String settings = "strict=" + strict + " pages=" + input.pages() + " plugin=" + pluginVersion;
    String ideKey = "graphdocs.check.settings " + (sarifReport == null ? "" : sarifReport.getAbsolutePath());
    if (inIde() && docsUnchanged() && sarifReport != null && sarifReport.isFile()
        && settings.equals(context().getValue(ideKey))) {
      getLog().info("graphdocs: no docs changed; the last check stands");
      return;
    }
    MavenDiagnosticLog log = diagnosticLog();
    GraphDocs.Analysis analysis = GraphDocs.analyze(input, new ProgressLog(getLog()));
    DiagnosticCollector diagnostics = strict ? analysis.diagnostics().strict() : analysis.diagnostics();
    log.logAll(diagnostics);
    if (inIde()) {
      IdeMarkers.show(buildContext, docs(), analysis.pagePaths(), diagnostics);
    }
    String version = pluginVersion == null ? "dev" : pluginVersion;
    write(sarifReport, new DiagnosticReport(diagnostics, version, docs()).sarif(), log);
    write(jsonReport, new DiagnosticReport(log.rebased(diagnostics), version, null).json(), log);
    if (inIde()) {
      context().setValue(ideKey, settings);
    }
    getLog().info("graphdocs: " + log.summary(diagnostics) + "; reports " + log.display(sarifReport.toPath()) + " and "
        + log.display(jsonReport.toPath()));
    if (diagnostics.hasErrors()) {
      throw log.checkFailure(diagnostics);
    }
  }

  private void write(File report, String text, MavenDiagnosticLog log) throws MojoExecutionException {
    if (report == null) {
      return;
    }
    Path p = report.toPath().toAbsolutePath().normalize();
    try {
      ReportFile.write(p, text);
      context().refresh(p.toFile());
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("graphdocs: cannot write the report " + log.display(p) + ": " + FileErrorText.of(e, p));
    }
  }
}
