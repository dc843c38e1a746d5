package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;

/**
 * A declared property.
 *
 * @param name the wire name
 * @param type its type; a collection when the schema says so
 * @param navigation whether it is a relationship (a navigation property) rather than a structural one
 * @param nullable whether null is a possible value (the docs say "not nullable", "required", or it is a key: false)
 * @param readOnly whether the service sets it and a client never sends it (the docs say "Read-only")
 * @param bothShapes whether payloads show it both as a single value and as a collection (the docs' examples
 *     split), so that the model must read either shape and write back the one it read
 * @param description the docs' description
 * @param source where it is documented
 */
public record PropertyDef(
    String name,
    TypeRef type,
    boolean navigation,
    boolean nullable,
    boolean readOnly,
    boolean bothShapes,
    String description,
    SourceLocation source) {

  /** A nullable, writable property of one shape. */
  public PropertyDef(String name, TypeRef type, boolean navigation, String description, SourceLocation source) {
    this(name, type, navigation, true, false, false, description, source);
  }
}
