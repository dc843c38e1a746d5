package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** Resolves the operations API pages state: request and response types, and request-body parameters. */
final class OperationResolver {
  private final TypeIndex index;

  OperationResolver(TypeIndex index) {
    this.index = index;
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
}
