package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.List;
import java.util.Locale;

/**
 * One documented type after analysis: merged over all its pages, with its declared (not inherited)
 * properties or its enum members.
 *
 * @param baseType qualified base type name, or null
 * @param key key property names (entity types that declare a key)
 * @param sources every place the type is documented; the first is its main page
 */
public record TypeDef(
    String namespace,
    String name,
    TypeKind kind,
    String baseType,
    boolean isAbstract,
    boolean open,
    boolean flags,
    List<String> key,
    List<PropertyDef> properties,
    List<EnumMemberDef> members,
    String description,
    List<SourceLocation> sources) {

  public TypeDef {
    key = List.copyOf(key);
    properties = List.copyOf(properties);
    members = List.copyOf(members);
    sources = List.copyOf(sources);
  }

  public String qualifiedName() {
    return namespace + "." + name;
  }

  public String lowerName() {
    return qualifiedName().toLowerCase(Locale.ROOT);
  }

  public SourceLocation source() {
    return sources.isEmpty() ? SourceLocation.ofFile("") : sources.get(0);
  }
}
