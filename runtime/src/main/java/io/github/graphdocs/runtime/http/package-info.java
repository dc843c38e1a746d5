/**
 * Calling an OData service with a generated model: the request values the generated request API
 * builds ({@link io.github.graphdocs.runtime.http.ODataRequest}, with
 * {@link io.github.graphdocs.runtime.http.ResponseType} and the path encoding of
 * {@link io.github.graphdocs.runtime.http.ODataPaths}; generated methods call the path-template
 * factories of {@link io.github.graphdocs.runtime.http.ODataRequests}), which need no HTTP library, and a small
 * executor on the JDK's {@code java.net.http} ({@link io.github.graphdocs.runtime.http.ODataExecutor})
 * that sends them, reads responses through the model, maps error bodies to
 * {@link io.github.graphdocs.runtime.http.ODataServiceException}, follows {@code @odata.nextLink} and
 * retries throttled idempotent requests. May import the runtime, Jackson, JSpecify and the JDK only.
 */
package io.github.graphdocs.runtime.http;
