/**
 * The intermediate schema: immutable records for types, properties, enum members, the HTTP-level
 * operations of API pages, the actions and functions they document with their parameters, the entity
 * container, and examples. Produced by {@code analysis}; read by {@code javagen}, {@code csdl} and
 * {@code verify}. Imports only {@code diagnostics} (for source locations).
 */
package io.github.graphdocs.schema;
