package io.github.graphdocs.csdl;

import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the schema as OData v4 CSDL XML: one {@code Schema} per namespace. Deterministic. */
public final class CsdlExporter {
  private CsdlExporter() {}

  public static String export(Schema schema) {
    Map<String, List<TypeDef>> byNamespace = new TreeMap<>();
    for (TypeDef t : schema.types()) {
      byNamespace.computeIfAbsent(t.namespace(), k -> new ArrayList<>()).add(t);
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
