package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;

/** An enum member: its wire name, its numeric value when documented (else null), description, source. */
public record EnumMemberDef(String name, Long value, String description, SourceLocation source) {}
