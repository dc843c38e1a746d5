package io.github.graphdocs.maven;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.output.OutputFolder;
import io.github.graphdocs.output.OutputInspection;
import io.github.graphdocs.output.ReportFile;
import io.github.graphdocs.pipeline.DocsInput;
import io.github.graphdocs.pipeline.GeneratorRun;
import io.github.graphdocs.selection.TypeSelection;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
   * Where the stamp of the last successful generation's inputs is kept: a digest of the listing (path,
   * size and modification time of every page, with the options and the generator) and one of the pages'
   * contents. When the listing is unchanged, generation is skipped without reading a page; when only
   * times changed, the contents are compared. An edit that keeps a page's size and time is not seen:
   * {@code force} regenerates.
   */
  @Parameter(property = "graphdocs.fingerprintFile", defaultValue = "${project.build.directory}/graphdocs.fingerprint")
  File fingerprintFile;

  /**
   * Generate only these types ({@code microsoft.graph.user}, or {@code user} when one namespace defines it)
   * and what they need: base types and property types, at any depth. None (and no {@code namespaces})
   * means every type. An unknown name fails the build (GD130).
   */
  @Parameter
  List<String> types = new ArrayList<>();

  /** Generate only the types of these namespaces (exactly, not their sub-namespaces) and what they need. */
  @Parameter
  List<String> namespaces = new ArrayList<>();

  /** With {@code types} or {@code namespaces}: also the types derived from the selected ones, at any depth. */
  @Parameter(property = "graphdocs.withSubtypes", defaultValue = "false")
  boolean withSubtypes;

  /** Whether each type gets its fluent builder ({@code Type.builder()...build()}); false: setters only, about half as many classes. */
  @Parameter(property = "graphdocs.builders", defaultValue = "true")
  boolean builders = true;

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
    String settings = settings(input);
    // in an IDE: no change in the docs and the options of the last successful run (kept by the build context)
    String ideKey = "graphdocs.generate.settings " + out;
    boolean unchanged = !force && settings != null && inIde() && docsUnchanged()
        && settings.equals(context().getValue(ideKey));
    Path stamp = fingerprintFile == null ? null : fingerprintFile.toPath().toAbsolutePath().normalize();
    // the docs are listed while the output folder is inspected: the two walks of an up-to-date build
    CompletableFuture<InputFingerprint> listing = unchanged || settings == null ? null : listInBackground(docs, settings);

    MavenDiagnosticLog log = diagnosticLog();
    OutputFolder output = BuildFolders.protect(OutputFolder.at(out), project, out, log);
    DiagnosticCollector refusals = new DiagnosticCollector();
    OutputInspection inspection = output.inspect(docs, refusals);
    if (inspection.refused()) {
      log.logAll(refusals);
      String build = project.getBuild() == null ? null : project.getBuild().getDirectory();
      throw log.refusal(refusals, out, build == null ? null : Path.of(build).toAbsolutePath().normalize());
    }
    // a generated file deleted since (by hand, by a tool) makes the output stale whatever the inputs say
    boolean owned = inspection.ownedAndComplete();
    if (inspection.state() == OutputInspection.State.OWNED && !owned) {
      getLog().info("graphdocs: " + log.count(inspection.missingFiles(), "generated file") + " of the last run "
          + (inspection.missingFiles() == 1 ? "is" : "are") + " missing from " + log.display(out) + "; generating again");
    }
    if (owned && unchanged) {
      getLog().info("graphdocs: up to date (no docs changed); using " + log.display(out));
      addSourceRoots(out);
      return;
    }
    InputFingerprint inputs = listing != null ? listing.join() : settings == null ? null : fingerprint(docs, settings);
    InputFingerprint.Stamp stored = !force && inputs != null && stamp != null && owned ? read(stamp) : null;
    if (stored != null && upToDate(inputs, stored, stamp)) {
      getLog().info("graphdocs: up to date (docs, options and generator unchanged); using " + log.display(out));
      remember(ideKey, settings);
      addSourceRoots(out);
      return;
    }
    delete(stamp);
    InputFingerprint.Stamp next = stamp == null ? null : stampOf(inputs);

    GeneratorRun.Result result = GeneratorRun.generate(input, selection(), output, packageName, strict, builders,
        new ProgressLog(getLog()));
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
    remember(ideKey, settings);
    addSourceRoots(out);
    write(stamp, next);
  }

  /** In an IDE, the options of this successful run, for the next incremental build to compare. */
  private void remember(String ideKey, String settings) {
    if (inIde() && settings != null) {
      context().setValue(ideKey, settings);
    }
  }

  private TypeSelection selection() {
    return new TypeSelection(types == null ? List.of() : types, namespaces == null ? List.of() : namespaces, withSubtypes);
  }

  private void addSourceRoots(Path out) {
    if (addCompileSourceRoot) {
      project.addCompileSourceRoot(out.toString());
    }
    if (addTestCompileSourceRoot) {
      project.addTestCompileSourceRoot(out.toString());
    }
  }

  /** {@link #fingerprint} on a thread of its own, which ends with the listing. */
  private CompletableFuture<InputFingerprint> listInBackground(Path docs, String settings) {
    CompletableFuture<InputFingerprint> listing = new CompletableFuture<>();
    Thread t = new Thread(() -> listing.complete(fingerprint(docs, settings)), "graphdocs-docs-listing");
    t.setDaemon(true);
    t.start();
    return listing;
  }

  /**
   * The options and generator this run depends on besides the pages ({@link InputFingerprint#settings});
   * null when the generator cannot be located (then there is no up-to-date check).
   */
  private String settings(DocsInput input) {
    try {
      return InputFingerprint.settings(packageName, strict,
          input.pages() + " " + selection() + (builders ? "" : " builders=false"));
    } catch (IOException | RuntimeException e) {
      getLog().debug("graphdocs: no up-to-date check: " + e.getMessage());
      return null;
    }
  }

  /** The current inputs, listed (no page read); null when they cannot be listed (then there is no up-to-date check). */
  private InputFingerprint fingerprint(Path docs, String settings) {
    try {
      return Files.isDirectory(docs) ? InputFingerprint.list(docs, settings) : null;
    } catch (RuntimeException e) {
      getLog().debug("graphdocs: no up-to-date check: " + e.getMessage());
      return null;
    }
  }

  /**
   * Whether the stored stamp still holds: the same listing (nothing read), or the same contents under a
   * new listing (only times changed; the stamp then takes the new listing, so the next check reads nothing).
   */
  private boolean upToDate(InputFingerprint inputs, InputFingerprint.Stamp stored, Path stamp) {
    try {
      InputFingerprint.Comparison c = inputs.compareWith(stored);
      if (c == InputFingerprint.Comparison.SAME_CONTENT) {
        getLog().debug("graphdocs: pages have new times but the same contents");
        write(stamp, inputs.stamp());
      }
      return c != InputFingerprint.Comparison.CHANGED;
    } catch (IOException | RuntimeException e) {
      getLog().debug("graphdocs: no up-to-date check: " + e.getMessage());
      return false;
    }
  }

  /** The stamp of the inputs as they are before generation; null when a page cannot be read (no skip next time). */
  private InputFingerprint.Stamp stampOf(InputFingerprint inputs) {
    if (inputs == null) {
      return null;
    }
    try {
      return inputs.stamp();
    } catch (IOException | RuntimeException e) {
      getLog().debug("graphdocs: no up-to-date check next time: " + e.getMessage());
      return null;
    }
  }

  private static InputFingerprint.Stamp read(Path stamp) {
    try {
      return Files.isRegularFile(stamp, LinkOption.NOFOLLOW_LINKS)
          ? InputFingerprint.Stamp.parse(Files.readString(stamp, StandardCharsets.UTF_8)) : null;
    } catch (IOException | RuntimeException e) {
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
  private void write(Path stamp, InputFingerprint.Stamp value) {
    if (stamp == null || value == null) {
      return;
    }
    try {
      ReportFile.write(stamp, value.text()); // atomic, with the umask's permissions
    } catch (IOException | RuntimeException e) {
      getLog().debug("graphdocs: cannot write " + stamp + ": " + e.getMessage());
    }
  }
}
