/**
 * Verification stage: the docs' own JSON examples as contract tests of the generated model.
 * {@link io.github.graphdocs.verify.ExampleVerifier} reads a checked {@code Schema} (its types,
 * operations and examples), has {@code javagen} render the model, compiles it in memory
 * ({@link io.github.graphdocs.verify.InMemoryCompiler}, javax.tools, nothing on disk), loads it in its own
 * class loader ({@link io.github.graphdocs.verify.CompiledModelLoader}) and passes each typed example
 * through it with a plain {@code new ObjectMapper().findAndRegisterModules()}; the written JSON is compared
 * with the original ({@link io.github.graphdocs.verify.JsonTreeComparator}) and each failure is classified
 * as a doc error or a model defect ({@link io.github.graphdocs.verify.DocumentedTypeChecker}). Produces a
 * {@link io.github.graphdocs.verify.VerificationReport} with located diagnostics. Concerns, one class each:
 * {@code ExampleVerifier} (generate, compile, load, run all), {@code ExampleRun} (type and check one example),
 * {@code ModelRoundTrip} (pass one value through the model and classify a difference), {@code ExampleFailure}
 * (a failure as a located result) and {@code ExampleJson} (exact and lenient reading of example JSON).
 *
 * <p>May import {@code schema}, {@code diagnostics}, {@code javagen} (sources and class names only, never
 * JavaPoet), Jackson and javax.tools. Knows nothing of the CLI, Maven or Markdown.
 */
package io.github.graphdocs.verify;
