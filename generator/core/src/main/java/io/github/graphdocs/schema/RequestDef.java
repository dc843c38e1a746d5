package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.List;

/**
 * One documented request: a request line of an API page's HTTP request section, with what a typed
 * call of it needs. The path is a sequence of parts: literal text (valid path characters), keys
 * (the placeholders: {@code {id}}), item paths ({@code :/{item-path}:}) and function arguments
 * ({@code (period='{period_value}')}); the query holds the options the template fixes or leaves to a
 * placeholder.
 *
 * @param group the first segment of the path ({@code users}, {@code me}); "" for an unbound call
 * @param method GET, POST, PATCH, PUT or DELETE
 * @param names the names of the path's segments in order, keys and arguments left out: entity sets,
 *     properties, casts ({@code microsoft.graph.user}), operations, {@code $ref}, and {@code :} for an
 *     item path
 * @param bodyType the type a CREATE, UPDATE or REPLACE body holds (null when the docs do not tell)
 * @param bodyParameters an action's parameters (PARAMETERS), else empty
 * @param responseType what the response holds; null when nothing
 * @param status the documented success status; 0 when none
 * @param callKind the kind of the action or function the request calls; null for a request that
 *     creates, reads, updates or deletes
 * @param callName that operation's name; null when none
 * @param text the path template as documented
 */
public record RequestDef(
    String group,
    String method,
    List<PathPart> path,
    List<String> names,
    List<QueryPart> query,
    BodyKind bodyKind,
    TypeRef bodyType,
    List<ParameterDef> bodyParameters,
    TypeRef responseType,
    int status,
    ServiceOperationDef.Kind callKind,
    String callName,
    String text,
    SourceLocation source) {

  /** What the request body is. */
  public enum BodyKind { NONE, CREATE, UPDATE, REPLACE, PARAMETERS, BYTES }

  public RequestDef {
    path = List.copyOf(path);
    names = List.copyOf(names);
    query = List.copyOf(query);
    bodyParameters = List.copyOf(bodyParameters);
  }

  /**
   * A part of a path.
   *
   * @param kind what it is
   * @param text the literal text, or the name of the key, item path or argument
   * @param type an argument's type (null for other parts)
   */
  public record PathPart(Kind kind, String text, TypeRef type) {
    /** The kinds of parts. */
    public enum Kind { LITERAL, KEY, ITEM_PATH, ARGUMENT }

    public static PathPart literal(String text) {
      return new PathPart(Kind.LITERAL, text, null);
    }
  }

  /**
   * A query option of the template: {@code $expand=manager} (a fixed value) or
   * {@code startDateTime={start}} (a value the caller gives).
   *
   * @param value the fixed value; null when the caller gives it
   */
  public record QueryPart(String name, String value) {}
}
