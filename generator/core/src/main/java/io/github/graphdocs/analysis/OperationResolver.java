package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.ApiPageReader.RequestLine;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.EntityContainerDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.RequestDef;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves what the API pages state about the service: each page's HTTP-level operation (request and
 * response types, request-body parameters), and, after the types are built, the entity container the
 * paths start from ({@link EntityContainerResolver}), the operation each request line calls
 * ({@link OperationBinder}), merged over pages and overloads ({@link OperationMerger}), and each
 * request line with what a typed call of it needs ({@link RequestResolver}).
 */
final class OperationResolver {
  /** The entity container, the actions and functions, and every documented request. */
  record ServiceModel(EntityContainerDef container, List<ServiceOperationDef> operations, List<RequestDef> requests) {}

  private final TypeIndex index;
  private final DiagnosticCollector diagnostics;

  OperationResolver(TypeIndex index, DiagnosticCollector diagnostics) {
    this.index = index;
    this.diagnostics = diagnostics;
  }

  List<OperationDef> buildOperations(List<OperationDraft> drafts) {
    List<OperationDef> out = new ArrayList<>();
    for (OperationDraft op : drafts) {
      TypeDraft req = index.resolve(op.requestTypeName, op.namespace);
      TypeDraft resp = index.resolve(op.responseTypeName, op.namespace);
      List<PropertyDef> params = new ArrayList<>();
      for (PropertyDraft p : op.requestProperties.values()) {
        TypeRef t = p.tableType == null ? TypeRef.UNKNOWN : index.quietRef(p.tableType, p.namespace);
        params.add(new PropertyDef(p.name, t, false, p.description, p.tableAt));
      }
      out.add(new OperationDef(op.name, op.method, op.paths,
          req == null || !index.kinds.containsKey(req.key) ? null : TypeRef.of(req.qualifiedName()), params,
          resp == null || !index.kinds.containsKey(resp.key) ? null : new TypeRef(resp.qualifiedName(), op.responseCollection),
          op.status, op.at));
    }
    return out;
  }

  /** The entity container and the actions and functions of the pages, over the built types. */
  ServiceModel resolveService(List<OperationDraft> pages, List<TypeDef> builtTypes) {
    for (OperationDraft op : pages) {
      for (RequestLine line : op.requests) {
        if (line.path().problem() != null) {
          diagnostics.report(DiagnosticCode.PATH_TEMPLATE_REPAIRED, line.at(),
              "path '" + line.path().text() + "': " + line.path().problem());
        }
      }
    }
    TypeReferences refs = index::quietRef;
    TypeHierarchy types = new TypeHierarchy(builtTypes);
    OperationSignatures signatures = new OperationSignatures(refs, types);
    EntityContainerResolver containerResolver = new EntityContainerResolver(diagnostics, types, signatures, refs);
    EntityContainerDef container = containerResolver.resolve(pages, index.rootNamespace());
    OperationBinder binder = new OperationBinder(types, container, containerResolver.undocumented(), signatures);
    List<OperationBinder.Call> calls = binder.bind(pages);
    for (RequestLine line : binder.unbound()) {
      diagnostics.report(DiagnosticCode.OPERATION_NOT_BOUND, line.at(),
          "operation '" + line.path().last().simpleName() + "' is left out: the path '" + line.path().text()
              + "' passes a segment whose type no page tells, and no page documents the type the title names");
    }
    List<ServiceOperationDef> operations = new OperationMerger(diagnostics, types, signatures).merge(calls);
    List<RequestDef> requests = new RequestResolver(binder, signatures, refs, operations).resolve(pages);
    return new ServiceModel(container, operations, requests);
  }
}
