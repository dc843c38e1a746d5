package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;

/** A declared property: wire name, type, whether it is a navigation (relationship), description, source. */
public record PropertyDef(String name, TypeRef type, boolean navigation, String description, SourceLocation source) {}
