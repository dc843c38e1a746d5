package io.github.graphdocs.maven;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.output.OutputFolder;
import io.github.graphdocs.output.OutputInspection;
import io.github.graphdocs.output.ReportFile;
import io.github.graphdocs.pipeline.GeneratorRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java model classes from Microsoft Graph style Markdown API reference pages and adds them
 * to the compile sources. Fails the build when the docs have errors; the previous output is then
 * left exactly as it was.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /** The docs folder: Markdown resource pages and API pages, searched recursively. */
  @Parameter(property = "graphdocs.docsDirectory", required = true)
  File docsDirectory;

  /**
   * Where the Java sources go. The folder is replaced as a whole on every successful run, so graphdocs
   * writes only a new or empty folder or one it wrote itself (marked by its
   * {@code .graphdocs-output} file), and never the project's source, resource, classes,
   * version-control or build folders.
   */
  @Parameter(
      property = "graphdocs.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/graphdocs",
      required = true)
  File outputDirectory;

  /** The base package; sub-namespaces of the docs become sub-packages. */
  @Parameter(property = "graphdocs.packageName", defaultValue = GeneratorRun.DEFAULT_PACKAGE)
  String packageName;

  /** Treat warnings as errors, so that any warning fails the build. */
  @Parameter(property = "graphdocs.strict", defaultValue = "false")
  boolean strict;

  /**
   * Where the digest of the last successful generation's inputs is kept. When the docs, the options
   * and the generator are unchanged, generation is skipped and the previous output is used.
   */
  @Parameter(property = "graphdocs.fingerprintFile", defaultValue = "${project.build.directory}/graphdocs.fingerprint")
  File fingerprintFile;

  /** Generate even when nothing changed since the last successful generation. */
  @Parameter(property = "graphdocs.force", defaultValue = "false")
  boolean force;

  /** Skip generation (nothing is generated and no source root is added). */
  @Parameter(property = "graphdocs.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("graphdocs: skipped (graphdocs.skip)");
      return;
    }
    Path basedir = project.getBasedir() == null ? null : project.getBasedir().toPath().toAbsolutePath().normalize();
    Path docs = docsDirectory.toPath().toAbsolutePath().normalize();
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    checkPackage();

    MavenDiagnosticLog log = new MavenDiagnosticLog(getLog(), basedir, docs);
    OutputFolder output = BuildFolders.protect(OutputFolder.at(out), project, out, log);
    DiagnosticCollector refusals = new DiagnosticCollector();
    OutputInspection inspection = output.inspect(docs, refusals);
    if (inspection.refused()) {
      log.logAll(refusals);
      String build = project.getBuild() == null ? null : project.getBuild().getDirectory();
      throw log.refusal(refusals, out, build == null ? null : Path.of(build).toAbsolutePath().normalize());
    }
    String fingerprint = fingerprint(docs);
    Path stamp = fingerprintFile == null ? null : fingerprintFile.toPath().toAbsolutePath().normalize();
    if (!force && fingerprint != null && stamp != null && inspection.state() == OutputInspection.State.OWNED
        && fingerprint.equals(read(stamp))) {
      getLog().info("graphdocs: up to date (docs, options and generator unchanged); using " + log.display(out));
      project.addCompileSourceRoot(out.toString());
      return;
    }
    delete(stamp);

    GeneratorRun.Result result = GeneratorRun.generate(docs, output, packageName, strict);
    log.logAll(result.diagnostics());
    if (!result.ok()) {
      throw log.failure(result.diagnostics(), out);
    }
    getLog().info("graphdocs: " + log.summary(result.diagnostics()) + "; wrote " + result.filesWritten()
        + " Java files to " + log.display(out));
    project.addCompileSourceRoot(out.toString());
    write(stamp, fingerprint);
  }

  private String fingerprint(Path docs) {
    try {
      return Files.isDirectory(docs) ? InputFingerprint.of(docs, packageName, strict) : null;
    } catch (IOException | RuntimeException e) {
      getLog().debug("graphdocs: no up-to-date check: " + e.getMessage());
      return null;
    }
  }

  private static String read(Path stamp) {
    try {
      return Files.isRegularFile(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8).trim() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private void delete(Path stamp) {
    try {
      if (stamp != null) {
        Files.deleteIfExists(stamp);
      }
    } catch (IOException e) {
      getLog().debug("graphdocs: cannot delete " + stamp + ": " + e.getMessage());
    }
  }

  /** Written after a successful generation only; a failure to write just means no skip next time. */
  private void write(Path stamp, String fingerprint) {
    if (stamp == null || fingerprint == null) {
      return;
    }
    try {
      ReportFile.write(stamp, fingerprint + "\n"); // atomic, with the umask's permissions
    } catch (IOException | RuntimeException e) {
      getLog().debug("graphdocs: cannot write " + stamp + ": " + e.getMessage());
    }
  }

  /** Refuses a base package that cannot hold the model (not a package name, java.*, javax.*), before anything is read. */
  private void checkPackage() throws MojoFailureException {
    String packageProblem = GeneratorRun.packageProblem(packageName);
    if (packageProblem != null) {
      throw new MojoFailureException("graphdocs: packageName '" + packageName + "' " + packageProblem);
    }
  }
}
