/**
 * Runs the stages over a docs folder: finds and decodes pages ({@link io.github.graphdocs.pipeline.DocsReader}),
 * reads and analyses them ({@link io.github.graphdocs.pipeline.GraphDocs}). May import every stage package.
 */
package io.github.graphdocs.pipeline;
