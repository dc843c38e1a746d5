/**
 * Runs the stages over a docs folder: finds pages without following links ({@link io.github.graphdocs.pipeline.DocsFolderWalker})
 * and decodes the ones a {@link io.github.graphdocs.pipeline.PageFilter} selects with a size cap
 * ({@link io.github.graphdocs.pipeline.DocsReader}), reads and analyses them and runs the naming pass
 * ({@link io.github.graphdocs.pipeline.GraphDocs}: what {@code check} reports), generates
 * ({@link io.github.graphdocs.pipeline.GeneratorRun}: checks the output folder with {@code output}, keeps the
 * selected types with {@code selection}, emits with {@code javagen}, writes with {@code output}) and verifies the examples
 * ({@link io.github.graphdocs.pipeline.VerifyRun}). Long runs report their steps to a
 * {@link io.github.graphdocs.pipeline.ProgressListener}, counts only: the CLI and the plugin render it.
 * May import every stage package.
 */
package io.github.graphdocs.pipeline;
