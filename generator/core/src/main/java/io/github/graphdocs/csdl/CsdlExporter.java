package io.github.graphdocs.csdl;

import io.github.graphdocs.schema.EntityContainerDef;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the schema as OData v4 CSDL XML: one {@code Schema} per namespace with its types, then its
 * actions and functions; the entity container (with an import for each unbound operation) in its own
 * namespace's schema. Deterministic.
 */
public final class CsdlExporter {
  private CsdlExporter() {}

  public static String export(Schema schema) {
    Map<String, List<TypeDef>> byNamespace = new TreeMap<>();
    for (TypeDef t : schema.types()) {
      byNamespace.computeIfAbsent(t.namespace(), k -> new ArrayList<>()).add(t);
    }
    Map<String, List<ServiceOperationDef>> operations = new TreeMap<>();
    for (ServiceOperationDef op : schema.serviceOperations()) {
      operations.computeIfAbsent(op.namespace(), k -> new ArrayList<>()).add(op);
      byNamespace.computeIfAbsent(op.namespace(), k -> new ArrayList<>());
    }
    EntityContainerDef container = schema.container();
    if (!container.isEmpty()) {
      byNamespace.computeIfAbsent(container.namespace(), k -> new ArrayList<>());
    }
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    sb.append("<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n");
    sb.append("  <edmx:DataServices>\n");
    for (Map.Entry<String, List<TypeDef>> e : byNamespace.entrySet()) {
      sb.append("    <Schema Namespace=\"").append(attr(e.getKey())).append("\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n");
      for (TypeDef t : e.getValue()) {
        if (t.kind() == TypeKind.ENUM) {
          enumType(sb, t);
        } else {
          structuredType(sb, t);
        }
      }
      for (ServiceOperationDef op : operations.getOrDefault(e.getKey(), List.of())) {
        operation(sb, op);
      }
      if (!container.isEmpty() && container.namespace().equals(e.getKey())) {
        container(sb, container, schema.serviceOperations());
      }
      sb.append("    </Schema>\n");
    }
    sb.append("  </edmx:DataServices>\n");
    sb.append("</edmx:Edmx>\n");
    return sb.toString();
  }

  private static void enumType(StringBuilder sb, TypeDef t) {
    sb.append("      <EnumType Name=\"").append(attr(t.name())).append('"');
    if (t.flags()) {
      sb.append(" IsFlags=\"true\"");
    }
    sb.append(">\n");
    long next = 0;
    for (EnumMemberDef m : t.members()) {
      long value = m.value() != null ? m.value() : next;
      next = value + 1;
      sb.append("        <Member Name=\"").append(attr(m.name())).append("\" Value=\"").append(value).append("\" />\n");
    }
    sb.append("      </EnumType>\n");
  }

  private static void structuredType(StringBuilder sb, TypeDef t) {
    sb.append("      <").append(t.kind() == TypeKind.ENTITY ? "EntityType" : "ComplexType")
        .append(" Name=\"").append(attr(t.name())).append('"');
    if (t.baseType() != null) {
      sb.append(" BaseType=\"").append(attr(t.baseType())).append('"');
    }
    if (t.isAbstract()) {
      sb.append(" Abstract=\"true\"");
    }
    if (t.open()) {
      sb.append(" OpenType=\"true\"");
    }
    sb.append(">\n");
    if (!t.key().isEmpty()) {
      sb.append("        <Key>\n");
      for (String k : t.key()) {
        sb.append("          <PropertyRef Name=\"").append(attr(k)).append("\" />\n");
      }
      sb.append("        </Key>\n");
    }
    for (PropertyDef p : t.properties()) {
      sb.append("        <").append(p.navigation() ? "NavigationProperty" : "Property")
          .append(" Name=\"").append(attr(p.name())).append("\" Type=\"").append(attr(p.type().csdl())).append('"');
      if (!p.nullable()) {
        sb.append(" Nullable=\"false\"");
      }
      if (p.navigation() && p.type().collection()) {
        sb.append(" ContainsTarget=\"true\"");
      }
      if (p.readOnly()) {
        sb.append(">\n");
        sb.append("          <Annotation Term=\"Org.OData.Core.V1.Permissions\">\n");
        sb.append("            <EnumMember>Org.OData.Core.V1.Permission/Read</EnumMember>\n");
        sb.append("          </Annotation>\n");
        sb.append("        </").append(p.navigation() ? "NavigationProperty" : "Property").append(">\n");
      } else {
        sb.append(" />\n");
      }
    }
    sb.append("      </").append(t.kind() == TypeKind.ENTITY ? "EntityType" : "ComplexType").append(">\n");
  }

  private static void operation(StringBuilder sb, ServiceOperationDef op) {
    String element = op.kind() == ServiceOperationDef.Kind.ACTION ? "Action" : "Function";
    sb.append("      <").append(element).append(" Name=\"").append(attr(op.name())).append('"');
    if (op.isBound()) {
      sb.append(" IsBound=\"true\"");
    }
    sb.append(">\n");
    if (op.isBound()) {
      sb.append("        <Parameter Name=\"bindingParameter\" Type=\"").append(attr(op.bindingType().csdl())).append("\" />\n");
    }
    for (ParameterDef p : op.parameters()) {
      sb.append("        <Parameter Name=\"").append(attr(p.name())).append("\" Type=\"").append(attr(p.type().csdl()))
          .append("\" />\n");
    }
    if (op.returnType() != null) {
      sb.append("        <ReturnType Type=\"").append(attr(op.returnType().csdl())).append("\" />\n");
    }
    sb.append("      </").append(element).append(">\n");
  }

  private static void container(StringBuilder sb, EntityContainerDef c, List<ServiceOperationDef> operations) {
    sb.append("      <EntityContainer Name=\"").append(attr(c.name())).append("\">\n");
    for (EntityContainerDef.Member m : c.members()) {
      sb.append("        <").append(m.singleton() ? "Singleton" : "EntitySet").append(" Name=\"").append(attr(m.name()))
          .append(m.singleton() ? "\" Type=\"" : "\" EntityType=\"").append(attr(m.entityType())).append("\" />\n");
    }
    for (ServiceOperationDef op : operations) {
      if (!op.isBound()) {
        String element = op.kind() == ServiceOperationDef.Kind.ACTION ? "ActionImport" : "FunctionImport";
        sb.append("        <").append(element).append(" Name=\"").append(attr(op.name()))
            .append(op.kind() == ServiceOperationDef.Kind.ACTION ? "\" Action=\"" : "\" Function=\"")
            .append(attr(op.qualifiedName())).append("\" />\n");
      }
    }
    sb.append("      </EntityContainer>\n");
  }

  static String attr(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
            sb.append("&#").append((int) (c < 0x20 ? ' ' : '?')).append(';');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
