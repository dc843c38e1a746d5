/**
 * The intermediate schema: immutable records for types, properties, enum members, operations and
 * examples. Produced by {@code analysis}; read by {@code javagen}, {@code csdl} and {@code verify}.
 * Imports only {@code diagnostics} (for source locations).
 */
package io.github.graphdocs.schema;
