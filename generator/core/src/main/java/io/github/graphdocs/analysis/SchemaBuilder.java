package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.ExampleDraft;
import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.TypeDraft.MemberDraft;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The last pass: the resolved drafts as immutable {@link TypeDef}s and the examples as typed {@link ExampleDef}s. */
final class SchemaBuilder {
  private final TypeIndex index;
  private final DiagnosticCollector diagnostics;

  SchemaBuilder(TypeIndex index, DiagnosticCollector diagnostics) {
    this.index = index;
    this.diagnostics = diagnostics;
  }

  List<TypeDef> buildTypes(Map<String, List<PropertyDef>> declared) {
    List<TypeDef> out = new ArrayList<>();
    for (TypeDraft d : index.drafts.values()) {
      TypeKind kind = index.kinds.get(d.key);
      if (kind == null) {
        continue;
      }
      List<SourceLocation> sources = new ArrayList<>(d.sources);
      if (d.enumSource != null && !sources.contains(d.enumSource)) {
        sources.add(d.enumSource);
      }
      if (kind == TypeKind.ENUM) {
        List<EnumMemberDef> members = new ArrayList<>();
        for (MemberDraft m : d.members.values()) {
          members.add(new EnumMemberDef(m.name, m.value, m.description, m.at));
        }
        if (members.isEmpty()) {
          diagnostics.report(DiagnosticCode.ENUM_WITHOUT_MEMBERS, TypeIndex.firstSource(d), "enum " + d.name + " has no documented members");
        }
        out.add(new TypeDef(d.namespace, d.name, kind, null, false, false, isFlags(d), List.of(), List.of(), members,
            d.description, sources));
      } else {
        TypeDraft base = index.resolvedBase.get(d.key);
        PropertyDraft keyProperty = d.keyProperty == null ? null : d.properties.get(d.keyProperty.toLowerCase(Locale.ROOT));
        if (keyProperty == null) {
          keyProperty = d.properties.get("id");
        }
        List<String> key = base == null && d.keyed && kind == TypeKind.ENTITY && keyProperty != null
            ? List.of(keyProperty.name) : List.of();
        out.add(new TypeDef(d.namespace, d.name, kind, base == null ? null : base.qualifiedName(), d.isAbstract, d.open,
            false, key, keysNotNull(declared.getOrDefault(d.key, List.of()), key), List.of(), d.description, sources));
      }
    }
    out.sort(Comparator.comparing(TypeDef::lowerName));
    return out;
  }

  /** A key is never null. */
  private static List<PropertyDef> keysNotNull(List<PropertyDef> properties, List<String> key) {
    if (key.isEmpty()) {
      return properties;
    }
    List<PropertyDef> out = new ArrayList<>(properties.size());
    for (PropertyDef p : properties) {
      out.add(key.contains(p.name()) && p.nullable()
          ? new PropertyDef(p.name(), p.type(), p.navigation(), false, p.readOnly(), p.bothShapes(), p.description(), p.source())
          : p);
    }
    return out;
  }

  /** Flags enums show power-of-two values: at least three, all distinct powers of two (0 allowed). */
  private static boolean isFlags(TypeDraft d) {
    int nonZero = 0;
    Set<Long> seen = new HashSet<>();
    for (MemberDraft m : d.members.values()) {
      if (m.value == null) {
        return false;
      }
      long v = m.value;
      if (v < 0 || !seen.add(v) || v != 0 && (v & (v - 1)) != 0) {
        return false;
      }
      if (v != 0) {
        nonZero++;
      }
    }
    return nonZero >= 3 && seen.contains(4L);
  }

  List<ExampleDef> buildExamples(List<ExampleDraft> drafts) {
    List<ExampleDef> out = new ArrayList<>();
    for (ExampleDraft e : drafts) {
      TypeRef type = null;
      boolean collection = e.isCollection();
      if (e.typeName() != null) {
        // "Collection(microsoft.graph.x)", "microsoft.graph.x", or a primitive such as "string"
        TypeCellParser.Parsed parsed = TypeCellParser.parseCell(e.typeName());
        if (parsed != null && parsed.collection()) {
          collection = true;
        }
        if (parsed != null && parsed.primitive()) {
          type = TypeRef.of(parsed.name());
        } else {
          TypeDraft t = index.resolve(parsed != null ? parsed.name() : e.typeName(), e.namespace());
          if (t != null && index.kinds.containsKey(t.key)) {
            type = TypeRef.of(t.qualifiedName());
          }
        }
      } else if (e.operation() != null) {
        OperationDraft op = e.operation();
        String name = e.blockType().equals("response") ? op.responseTypeName
            : e.blockType().equals("request") && !op.method.equals("GET") && !op.method.equals("DELETE") ? op.requestTypeName : null;
        TypeDraft t = index.resolve(name, e.namespace());
        if (t != null && index.kinds.containsKey(t.key)) {
          type = TypeRef.of(t.qualifiedName());
          if (e.blockType().equals("response") && op.responseCollection) {
            collection = true;
          }
        }
      }
      out.add(new ExampleDef(e.blockType(), type == null ? null : type.asCollection(collection), collection, e.truncated(),
          e.json(), e.at()));
    }
    return out;
  }
}
