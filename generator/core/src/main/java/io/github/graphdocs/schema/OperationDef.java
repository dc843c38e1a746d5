package io.github.graphdocs.schema;

import io.github.graphdocs.diagnostics.SourceLocation;
import java.util.List;

/**
 * An operation from an API page: HTTP method, path templates, the type the request body carries
 * (null when none), the documented request-body properties, the response type (null when none) and
 * success status code (0 when not stated).
 */
public record OperationDef(
    String name,
    String method,
    List<String> paths,
    TypeRef requestType,
    List<PropertyDef> requestProperties,
    TypeRef responseType,
    int statusCode,
    SourceLocation source) {

  public OperationDef {
    paths = List.copyOf(paths);
    requestProperties = List.copyOf(requestProperties);
  }
}
