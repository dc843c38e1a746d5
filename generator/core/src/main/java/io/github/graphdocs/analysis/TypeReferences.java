package io.github.graphdocs.analysis;

import io.github.graphdocs.schema.TypeRef;

/**
 * Resolves a parsed type (a Type cell, an annotation's {@code @odata.type}, a linked type name) in the
 * context of a namespace: a primitive, a documented type, or {@link TypeRef#UNKNOWN} (keeping the
 * collection flag) when no page defines it. The analysis passes its own resolution in, so that
 * operations resolve names exactly as properties do.
 */
@FunctionalInterface
interface TypeReferences {
  TypeRef of(TypeCellParser.Parsed parsed, String namespace);

  /** The reference a written type text names, or null when the text names no type. */
  default TypeRef ofText(String text, String namespace) {
    TypeCellParser.Parsed parsed = text == null ? null : TypeCellParser.parseCell(WrittenTypeNames.stripHash(text));
    return parsed == null ? null : of(parsed, namespace);
  }
}
