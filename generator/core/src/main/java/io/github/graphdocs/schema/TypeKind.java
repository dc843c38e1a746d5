package io.github.graphdocs.schema;

/** The three kinds of documented type. */
public enum TypeKind {
  ENTITY,
  COMPLEX,
  ENUM
}
