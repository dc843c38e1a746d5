/**
 * Analysis stage: reads {@code DocPage}s, merges what every page says about each type, resolves names,
 * base types, kinds, enums and property types, subtracts inherited properties, and produces the
 * immutable {@code schema}. Reports every inconsistency to {@code diagnostics} without throwing.
 * May import {@code markdown}, {@code schema}, {@code diagnostics} and Jackson; never commonmark or JavaPoet.
 */
package io.github.graphdocs.analysis;
