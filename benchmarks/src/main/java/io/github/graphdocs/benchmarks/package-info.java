/**
 * Benchmarks (never tests): speed is measured here and by {@code bench/run}, never asserted.
 *
 * <p>Reads a docs folder through the pipeline's public stages (pipeline, analysis, javagen, csdl,
 * verify) and JSON payloads through a generated model compiled by {@code bench/run}. Produces timings
 * only: JMH results ({@link PipelineBenchmark}, {@link PayloadBenchmark}), the payload folder the
 * payload benchmark and the cold-start runs read ({@link ExamplePayloadWriter}), and one fresh-JVM
 * read ({@link ColdStart}). May import the generator core, Jackson and JMH; nothing imports it.
 */
package io.github.graphdocs.benchmarks;
