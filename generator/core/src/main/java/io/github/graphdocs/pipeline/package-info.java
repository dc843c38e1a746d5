/**
 * Runs the stages over a docs folder: finds pages without following links ({@link io.github.graphdocs.pipeline.DocsFolderWalker})
 * and decodes them with a size cap ({@link io.github.graphdocs.pipeline.DocsReader}), reads and analyses them
 * and runs the naming pass ({@link io.github.graphdocs.pipeline.GraphDocs}: what {@code check} reports), and generates ({@link io.github.graphdocs.pipeline.GeneratorRun}:
 * checks the output folder with {@code output}, emits with {@code javagen}, writes with {@code output}).
 * May import every stage package.
 */
package io.github.graphdocs.pipeline;
