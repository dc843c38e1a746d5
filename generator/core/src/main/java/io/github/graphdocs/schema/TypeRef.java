package io.github.graphdocs.schema;

import java.util.Locale;

/**
 * A reference to a type: an {@code Edm.*} primitive or a qualified type name, possibly a collection.
 * {@link #UNKNOWN} stands for a value whose type the docs do not tell (kept as raw JSON).
 */
public record TypeRef(String name, boolean collection) {
  public static final TypeRef UNKNOWN = new TypeRef("Edm.Untyped", false);

  public static TypeRef of(String name) {
    return new TypeRef(name, false);
  }

  public TypeRef asCollection(boolean c) {
    return new TypeRef(name, c);
  }

  public boolean isPrimitive() {
    return name.startsWith("Edm.");
  }

  public boolean isUnknown() {
    return name.equals(UNKNOWN.name);
  }

  /** CSDL spelling: {@code Collection(Edm.String)}. */
  public String csdl() {
    return collection ? "Collection(" + name + ")" : name;
  }

  public String key() {
    return csdl().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return csdl();
  }
}
