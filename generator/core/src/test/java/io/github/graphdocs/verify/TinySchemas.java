package io.github.graphdocs.verify;

import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.List;

/** Tiny schemas built from records, one concern each. */
final class TinySchemas {
  static final SourceLocation AT = SourceLocation.of("resources/operation.md", 10);

  private TinySchemas() {}

  static PropertyDef prop(String name, TypeRef type) {
    return new PropertyDef(name, type, false, "", AT);
  }

  static TypeDef type(String name, TypeKind kind, String base, boolean isAbstract, PropertyDef... props) {
    return new TypeDef("microsoft.graph", name, kind, base, isAbstract, false, false, List.of(), List.of(props), List.of(), "", List.of(AT));
  }

  /**
   * {@code entity} (abstract: id) &lt;- {@code operation} (count Int32, createdDateTime, status enum, tags
   * strings, info) &lt;- {@code recordOperation} (recordingSize Int64); {@code info} (code Int32).
   */
  static List<TypeDef> operationTypes() {
    return List.of(
        type("entity", TypeKind.ENTITY, null, true, prop("id", TypeRef.of("Edm.String"))),
        type("operation", TypeKind.ENTITY, "microsoft.graph.entity", false,
            prop("count", TypeRef.of("Edm.Int32")), prop("createdDateTime", TypeRef.of("Edm.DateTimeOffset")),
            prop("status", TypeRef.of("microsoft.graph.status")), prop("tags", new TypeRef("Edm.String", true)),
            prop("info", TypeRef.of("microsoft.graph.info"))),
        type("recordOperation", TypeKind.ENTITY, "microsoft.graph.operation", false, prop("recordingSize", TypeRef.of("Edm.Int64"))),
        type("info", TypeKind.COMPLEX, null, false, prop("code", TypeRef.of("Edm.Int32"))),
        new TypeDef("microsoft.graph", "status", TypeKind.ENUM, null, false, false, false, List.of(), List.of(),
            List.of(new io.github.graphdocs.schema.EnumMemberDef("running", null, "", AT)), "", List.of(AT)));
  }

  static Schema operationSchema() {
    return new Schema(operationTypes(), List.of(), List.of());
  }

  static Schema withExamples(List<OperationDef> operations, ExampleDef... examples) {
    return new Schema(operationTypes(), operations, List.of(examples));
  }

  static ExampleDef example(String blockType, String type, boolean collection, boolean truncated, String json) {
    return new ExampleDef(blockType, type == null ? null : TypeRef.of(type), collection, truncated, json, AT);
  }

  static ExampleDef exampleIn(String file, String blockType, String json) {
    return new ExampleDef(blockType, null, false, false, json, SourceLocation.of(file, 40));
  }

  static OperationDef operation(String file, String method, int status, TypeRef request, TypeRef response, PropertyDef... requestProps) {
    return new OperationDef("op", method, List.of("/operations/{id}"), request, List.of(requestProps), response, status,
        SourceLocation.of(file, 5));
  }
}
