package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;

/**
 * A parameter of an action or function (never the binding parameter).
 *
 * @param name the name as documented (the request-body member or the function-call argument)
 * @param type its type; {@link TypeRef#UNKNOWN} when the docs do not tell
 * @param description the docs' description ("" when none)
 * @param source where it is documented
 */
public record ParameterDef(String name, TypeRef type, String description, SourceLocation source) {}
