package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;

/**
 * A JSON example from the docs: what kind of block it is (resource, example, request, response), the
 * type it is documented to be (null when unknown), whether it is a collection, whether the docs mark
 * it truncated, and the JSON text with the line where it starts.
 */
public record ExampleDef(
    String blockType, TypeRef type, boolean isCollection, boolean truncated, String json, SourceLocation source) {}
