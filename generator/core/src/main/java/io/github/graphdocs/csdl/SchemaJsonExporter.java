package io.github.graphdocs.csdl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.EntityContainerDef;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeDef;

/**
 * Writes the checked schema as JSON: types with sources, properties and members; the API pages'
 * operations (method, paths, bodies, status); the actions and functions they document; and the
 * entity container.
 */
public final class SchemaJsonExporter {
  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SchemaJsonExporter() {}

  public static String export(Schema schema) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode types = root.putArray("types");
    for (TypeDef t : schema.types()) {
      ObjectNode o = types.addObject();
      o.put("name", t.qualifiedName());
      o.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
      if (t.baseType() != null) {
        o.put("baseType", t.baseType());
      }
      if (t.isAbstract()) {
        o.put("abstract", true);
      }
      if (t.open()) {
        o.put("openType", true);
      }
      if (t.flags()) {
        o.put("flags", true);
      }
      if (!t.key().isEmpty()) {
        ArrayNode k = o.putArray("key");
        t.key().forEach(k::add);
      }
      ArrayNode sources = o.putArray("sources");
      t.sources().forEach(s -> sources.add(s.toString()));
      if (!t.properties().isEmpty()) {
        ArrayNode props = o.putArray("properties");
        for (PropertyDef p : t.properties()) {
          props.add(property(p));
        }
      }
      if (!t.members().isEmpty()) {
        ArrayNode members = o.putArray("members");
        for (EnumMemberDef m : t.members()) {
          ObjectNode mo = members.addObject().put("name", m.name());
          if (m.value() != null) {
            mo.put("value", m.value());
          }
        }
      }
    }
    ArrayNode ops = root.putArray("operations");
    for (OperationDef op : schema.operations()) {
      ObjectNode o = ops.addObject();
      o.put("name", op.name());
      o.put("method", op.method());
      ArrayNode paths = o.putArray("paths");
      op.paths().forEach(paths::add);
      if (op.requestType() != null) {
        o.put("requestType", op.requestType().csdl());
      }
      if (!op.requestProperties().isEmpty()) {
        ArrayNode params = o.putArray("requestProperties");
        op.requestProperties().forEach(p -> params.add(property(p)));
      }
      if (op.responseType() != null) {
        o.put("responseType", op.responseType().csdl());
      }
      if (op.statusCode() != 0) {
        o.put("statusCode", op.statusCode());
      }
      o.put("source", op.source().toString());
    }
    ArrayNode actions = root.putArray("actionsAndFunctions");
    for (ServiceOperationDef op : schema.serviceOperations()) {
      ObjectNode o = actions.addObject();
      o.put("kind", op.kind() == ServiceOperationDef.Kind.ACTION ? "action" : "function");
      o.put("name", op.qualifiedName());
      if (op.isBound()) {
        o.put("bindingType", op.bindingType().csdl());
      }
      ArrayNode params = o.putArray("parameters");
      for (ParameterDef p : op.parameters()) {
        ObjectNode po = params.addObject().put("name", p.name()).put("type", p.type().csdl());
        if (p.source() != null) {
          po.put("source", p.source().toString());
        }
      }
      if (op.returnType() != null) {
        o.put("returnType", op.returnType().csdl());
      }
      ArrayNode sources = o.putArray("sources");
      op.sources().forEach(s -> sources.add(s.toString()));
    }
    EntityContainerDef container = schema.container();
    if (!container.isEmpty()) {
      ObjectNode c = root.putObject("entityContainer");
      c.put("name", container.namespace() + "." + container.name());
      ArrayNode members = c.putArray("members");
      for (EntityContainerDef.Member m : container.members()) {
        ObjectNode mo = members.addObject();
        mo.put("name", m.name());
        mo.put("kind", m.singleton() ? "singleton" : "entitySet");
        mo.put("type", m.entityType());
        ArrayNode sources = mo.putArray("sources");
        m.sources().forEach(s -> sources.add(s.toString()));
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode property(PropertyDef p) {
    ObjectNode po = MAPPER.createObjectNode();
    po.put("name", p.name());
    po.put("type", p.type().csdl());
    if (p.navigation()) {
      po.put("navigation", true);
    }
    if (!p.nullable()) {
      po.put("nullable", false);
    }
    if (p.readOnly()) {
      po.put("@Org.OData.Core.V1.Permissions", "Read");
    }
    if (p.bothShapes()) {
      po.put("bothShapes", true);
    }
    SourceLocation s = p.source();
    if (s != null) {
      po.put("source", s.toString());
    }
    return po;
  }
}
