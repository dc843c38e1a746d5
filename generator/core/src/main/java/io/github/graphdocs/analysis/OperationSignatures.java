package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one API page says about the signature of the operation it documents: the return type (the
 * response annotation, else the response prose's linked type, else the one type that has every
 * property a "Response" table lists, else a primitive the prose names; nothing for 204) and the parameters (the request-body table for an action; for a function the
 * call's arguments in the path, typed by the page's parameter tables, plus the rows of its
 * "Function parameters", "Path parameters" and request-body tables; a String whose "Possible
 * values" are exactly one enum's members is that enum).
 */
final class OperationSignatures {
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

  private final TypeReferences refs;
  private final TypeHierarchy types;

  OperationSignatures(TypeReferences refs, TypeHierarchy types) {
    this.refs = refs;
    this.types = types;
  }

  private final Map<OperationDraft, java.util.Optional<TypeRef>> returnTypes = new java.util.IdentityHashMap<>();

  /** The documented return type, or null when the operation returns nothing or the page does not say. */
  TypeRef returnType(OperationDraft op) {
    return returnTypes.computeIfAbsent(op, o -> java.util.Optional.ofNullable(readReturnType(o))).orElse(null);
  }

  private TypeRef readReturnType(OperationDraft op) {
    if (op.status == 204) {
      return null;
    }
    TypeRef annotated = refs.ofText(op.responseAnnotationType, op.namespace);
    if (annotated != null && !annotated.isUnknown()) {
      return annotated.asCollection(annotated.collection() || op.responseAnnotationCollection);
    }
    TypeRef linked = refs.ofText(op.responseTypeName, op.namespace);
    if (linked != null && !linked.isUnknown()) {
      return linked.asCollection(op.responseCollection);
    }
    TypeDef described = types.describedBy(op.responseTableNames);
    if (described != null) {
      return TypeRef.of(described.qualifiedName());
    }
    if (op.responsePrimitive != null) {
      return new TypeRef(op.responsePrimitive.name(), op.responsePrimitive.collection());
    }
    return null;
  }

  /** The parameters of the operation a request line calls; {@code arguments} are its call's arguments. */
  List<ParameterDef> parameters(ServiceOperationDef.Kind kind, OperationDraft op,
      List<PathTemplateParser.Argument> arguments, Set<String> placeholders) {
    List<ParameterDef> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (kind == ServiceOperationDef.Kind.FUNCTION) {
      for (PathTemplateParser.Argument a : arguments) {
        if (a.name() == null || !seen.add(a.name().toLowerCase(Locale.ROOT))) {
          continue;
        }
        PropertyDraft row = row(a.name(), op.functionParameters, op.queryParameters, op.requestProperties);
        out.add(row != null ? parameter(row, a.name()) : new ParameterDef(a.name(), literalType(a.value()), "", op.at));
      }
      Set<String> keys = new HashSet<>();
      placeholders.forEach(p -> keys.add(p.toLowerCase(Locale.ROOT)));
      for (PropertyDraft row : op.functionParameters.values()) {
        String lower = row.name.toLowerCase(Locale.ROOT);
        if (!keys.contains(lower) && !row.name.startsWith("$") && seen.add(lower)) {
          out.add(parameter(row, row.name));
        }
      }
    }
    for (PropertyDraft row : op.requestProperties.values()) {
      if (seen.add(row.name.toLowerCase(Locale.ROOT))) {
        out.add(parameter(row, row.name));
      }
    }
    return out;
  }

  @SafeVarargs
  private static PropertyDraft row(String name, Map<String, PropertyDraft>... tables) {
    for (Map<String, PropertyDraft> t : tables) {
      PropertyDraft p = t.get(name.toLowerCase(Locale.ROOT));
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** A row's type; a String whose description lists exactly the members of one enum is that enum. */
  private ParameterDef parameter(PropertyDraft row, String name) {
    TypeRef type = row.tableType == null ? TypeRef.UNKNOWN : refs.of(row.tableType, row.namespace);
    if (type.name().equals("Edm.String") && !row.possibleValues.isEmpty()) {
      var e = types.enumWithMembers(row.possibleValues);
      if (e != null) {
        type = new TypeRef(e.qualifiedName(), type.collection());
      }
    }
    return new ParameterDef(name, type, row.description, row.tableAt != null ? row.tableAt : row.at);
  }

  /** An argument no table types: a quoted or placeholder value is a string, a bare number or boolean says so. */
  static TypeRef literalType(String value) {
    String v = value == null ? "" : value.trim();
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return TypeRef.of("Edm.Boolean");
    }
    if (INTEGER.matcher(v).matches()) {
      return TypeRef.of("Edm.Int32");
    }
    if (DECIMAL.matcher(v).matches()) {
      return TypeRef.of("Edm.Double");
    }
    return TypeRef.of("Edm.String");
  }
}
