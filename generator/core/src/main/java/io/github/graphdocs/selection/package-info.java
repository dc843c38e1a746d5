/**
 * Selection: the part of a checked schema that a {@code types}/{@code namespaces} selection asks for,
 * closed over what it needs ({@link io.github.graphdocs.selection.SchemaSelector}). Reads a
 * {@code schema.Schema}, produces a smaller one for the emitters; may import {@code schema} and
 * {@code diagnostics} only.
 */
package io.github.graphdocs.selection;
