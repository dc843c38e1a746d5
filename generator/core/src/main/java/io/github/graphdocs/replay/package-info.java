/**
 * Replay stage: the API pages' own request and response examples as contract tests of the generated
 * request API. Reads the example pairs of each page ({@code markdown} pages), matches each request to a
 * documented request line ({@code schema}), builds the call through the compiled model and its request
 * API, sends it with the runtime's executor to a local in-process HTTP server that answers with the
 * documented response, and checks what was sent (method, path, query, JSON body) and that the response
 * reads through the model. May import {@code markdown}, {@code schema}, {@code javagen} (to emit),
 * {@code verify} (to compile in memory and compare JSON), {@code diagnostics}, the runtime and Jackson.
 */
package io.github.graphdocs.replay;
