package io.github.graphdocs.maven;

import io.github.graphdocs.pipeline.DocsInput;
import io.github.graphdocs.pipeline.GeneratorRun;
import io.github.graphdocs.pipeline.PageFilter;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * What every goal that reads docs shares: the docs folder and which of its pages, {@code strict},
 * {@code skip}, the project, the build context (the command line's, or an IDE's incremental one), the
 * log of diagnostics and the progress log.
 */
abstract class AbstractDocsMojo extends AbstractMojo {
  /** The docs folder: Markdown resource pages and API pages, searched recursively. */
  @Parameter(property = "graphdocs.docsDirectory", required = true)
  File docsDirectory;

  /**
   * Globs of the pages to read, relative to the docs folder ({@code api/**}, {@code **}{@code /user*.md});
   * none means every {@code .md} page.
   */
  @Parameter
  List<String> includes = new ArrayList<>();

  /** Globs of the pages to skip, relative to the docs folder; an exclude wins over an include. */
  @Parameter
  List<String> excludes = new ArrayList<>();

  /** Treat warnings as errors, so that any warning fails the build. */
  @Parameter(property = "graphdocs.strict", defaultValue = "false")
  boolean strict;

  /** Do nothing. */
  @Parameter(property = "graphdocs.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The command line's build context, or an IDE's (m2e) that knows which files changed; injected (JSR-330). */
  @Inject
  BuildContext buildContext;

  /** The project folder, absolute, or null outside a project. */
  Path basedir() {
    return project.getBasedir() == null ? null : project.getBasedir().toPath().toAbsolutePath().normalize();
  }

  Path docs() {
    return docsDirectory.toPath().toAbsolutePath().normalize();
  }

  MavenDiagnosticLog diagnosticLog() {
    return new MavenDiagnosticLog(getLog(), basedir(), docs());
  }

  BuildContext context() {
    return buildContext != null ? buildContext : new DefaultBuildContext();
  }

  /** Whether an IDE runs the build: its context is not the command line's. */
  boolean inIde() {
    return buildContext != null && !(buildContext instanceof DefaultBuildContext);
  }

  /** The docs and pages to read; a malformed page pattern is a configuration error. */
  DocsInput input() throws MojoExecutionException {
    try {
      return new DocsInput(docs(), PageFilter.of(includes, excludes));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("graphdocs: includes/excludes: " + e.getMessage());
    }
  }

  /**
   * Whether the goal has nothing to do because an IDE's incremental build changed nothing in the docs
   * folder. The command line's context says every file changed: there the goal always runs.
   */
  boolean docsUnchanged() {
    return !context().hasDelta(docsDirectory);
  }

  /** Refuses a base package that cannot hold the model (not a package name, java.*, javax.*), before anything is read. */
  static void checkPackage(String packageName) throws MojoFailureException {
    String packageProblem = GeneratorRun.packageProblem(packageName);
    if (packageProblem != null) {
      throw new MojoFailureException("graphdocs: packageName '" + packageName + "' " + packageProblem);
    }
  }
}
