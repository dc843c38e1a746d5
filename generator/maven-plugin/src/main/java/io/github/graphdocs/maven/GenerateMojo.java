package io.github.graphdocs.maven;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.output.OutputFolder;
import io.github.graphdocs.output.OutputInspection;
import io.github.graphdocs.output.ReportFile;
import io.github.graphdocs.pipeline.DocsInput;
import io.github.graphdocs.pipeline.GeneratorRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Java model classes from Microsoft Graph style Markdown API reference pages and adds them
 * to the compile (or test compile) sources. Fails the build when the docs have errors; the previous
 * output is then left exactly as it was. Incremental: nothing is done when neither the docs, the
 * options nor the generator changed (a fingerprint on the command line; the IDE's build context in
 * Eclipse), and the IDE is told which folder changed.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractDocsMojo {

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

  /** Add the output folder to the project's compile source roots, so that the main code compiles it. */
  @Parameter(property = "graphdocs.addCompileSourceRoot", defaultValue = "true")
  boolean addCompileSourceRoot = true;

  /** Add the output folder to the project's test compile source roots, so that only the tests compile it. */
  @Parameter(property = "graphdocs.addTestCompileSourceRoot", defaultValue = "false")
  boolean addTestCompileSourceRoot;

  /**
   * Where the digest of the last successful generation's inputs is kept. When the docs, the options
   * and the generator are unchanged, generation is skipped and the previous output is used.
   */
  @Parameter(property = "graphdocs.fingerprintFile", defaultValue = "${project.build.directory}/graphdocs.fingerprint")
  File fingerprintFile;

  /** Generate even when nothing changed since the last successful generation. */
  @Parameter(property = "graphdocs.force", defaultValue = "false")
  boolean force;

  @Override
  public void execute() throws MojoFailureException, MojoExecutionException {
    if (skip) {
      getLog().info("graphdocs: skipped (graphdocs.skip)");
      return;
    }
    Path docs = docs();
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    checkPackage(packageName);
    DocsInput input = input();

    MavenDiagnosticLog log = diagnosticLog();
    OutputFolder output = BuildFolders.protect(OutputFolder.at(out), project, out, log);
    DiagnosticCollector refusals = new DiagnosticCollector();
    OutputInspection inspection = output.inspect(docs, refusals);
    if (inspection.refused()) {
      log.logAll(refusals);
      String build = project.getBuild() == null ? null : project.getBuild().getDirectory();
      throw log.refusal(refusals, out, build == null ? null : Path.of(build).toAbsolutePath().normalize());
    }
    boolean owned = inspection.state() == OutputInspection.State.OWNED;
    if (!force && owned && docsUnchanged()) {
      getLog().info("graphdocs: up to date (no docs changed); using " + log.display(out));
      addSourceRoots(out);
      return;
    }
    String fingerprint = fingerprint(docs);
    Path stamp = fingerprintFile == null ? null : fingerprintFile.toPath().toAbsolutePath().normalize();
    if (!force && fingerprint != null && stamp != null && owned && fingerprint.equals(read(stamp))) {
      getLog().info("graphdocs: up to date (docs, options and generator unchanged); using " + log.display(out));
      addSourceRoots(out);
      return;
    }
    delete(stamp);

    GeneratorRun.Result result = GeneratorRun.generate(input, output, packageName, strict, new ProgressLog(getLog()));
    log.logAll(result.diagnostics());
    if (inIde()) {
      IdeMarkers.show(buildContext, docs, result.analysis().pagePaths(), result.diagnostics());
    }
    if (!result.ok()) {
      throw log.failure(result.diagnostics(), out);
    }
    getLog().info("graphdocs: " + log.summary(result.diagnostics()) + "; wrote " + log.count(result.filesWritten(), "Java file")
        + " to " + log.display(out));
    context().refresh(out.toFile());
    addSourceRoots(out);
    write(stamp, fingerprint);
  }

  private void addSourceRoots(Path out) {
    if (addCompileSourceRoot) {
      project.addCompileSourceRoot(out.toString());
    }
    if (addTestCompileSourceRoot) {
      project.addTestCompileSourceRoot(out.toString());
    }
  }

  private String fingerprint(Path docs) {
    try {
      return Files.isDirectory(docs) ? InputFingerprint.of(docs, packageName, strict, input().pages().toString()) : null;
    } catch (IOException | RuntimeException | MojoExecutionException e) {
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
}
