/**
 * Export stage: writes the checked {@code schema} as OData v4 CSDL XML or as JSON. Reads Schema
 * records; produces text. May import {@code schema}, {@code diagnostics} and Jackson.
 */
package io.github.graphdocs.csdl;
