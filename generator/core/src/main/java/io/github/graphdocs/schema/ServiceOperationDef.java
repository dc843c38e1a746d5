package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.List;
import java.util.Locale;

/**
 * An OData action or function that the API pages document, merged over every page and overload that
 * states it: its binding (the type, or collection of a type, that the path addresses before the
 * operation's own segment; null when unbound), its parameters, its return type and its sources.
 *
 * @param namespace the namespace of the first page that documents it
 * @param bindingType null for an unbound operation
 * @param returnType null when the operation returns nothing
 * @param sources every request line that states it, first page first
 */
public record ServiceOperationDef(
    Kind kind,
    String namespace,
    String name,
    TypeRef bindingType,
    List<ParameterDef> parameters,
    TypeRef returnType,
    List<SourceLocation> sources) {

  /** Actions change state (POST); functions do not (GET, or an idempotent POST). */
  public enum Kind { ACTION, FUNCTION }

  public ServiceOperationDef {
    parameters = List.copyOf(parameters);
    sources = List.copyOf(sources);
  }

  public boolean isBound() {
    return bindingType != null;
  }

  public String qualifiedName() {
    return namespace + "." + name;
  }

  /** Identifies the operation the way OData overload resolution groups it: kind, name and binding. */
  public String key() {
    return key(kind, name, bindingType);
  }

  /** The {@link #key()} of an operation of this kind, name and binding (null: unbound). */
  public static String key(Kind kind, String name, TypeRef bindingType) {
    return kind + " " + name.toLowerCase(Locale.ROOT) + " " + (bindingType == null ? "" : bindingType.key());
  }

  public SourceLocation source() {
    return sources.isEmpty() ? SourceLocation.ofFile("") : sources.get(0);
  }
}
