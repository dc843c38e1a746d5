/**
 * The graphdocs Maven plugin: goal {@code graphdocs:generate}, a thin adapter over
 * {@link io.github.graphdocs.pipeline.GeneratorRun}.
 *
 * <p>Reads the plugin's configuration (a docs folder of Markdown pages, an output folder, a base
 * package, {@code strict}, {@code skip}) and the current {@code MavenProject}. Produces the
 * generated Java sources (through the core, which decides whether the output folder may be replaced
 * and replaces it atomically; {@link io.github.graphdocs.maven.BuildFolders} only adds the build's
 * own folders to what it refuses), a new
 * compile source root, one log line per diagnostic ({@code file:line:col: [CODE] message}, paths
 * relative to the project) and, when there are errors, a {@code MojoFailureException}.
 *
 * <p>May import the Maven plugin API, {@code org.apache.maven.project} and the core's
 * {@code pipeline}, {@code output} and {@code diagnostics} packages; nothing else of graphdocs. All generator logic
 * stays in the core, which knows nothing of Maven.
 */
package io.github.graphdocs.maven;
