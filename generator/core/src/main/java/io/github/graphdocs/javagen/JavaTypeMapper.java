package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.JSON_NODE;
import static io.github.graphdocs.javagen.ReferencedClasses.LIST;
import static io.github.graphdocs.javagen.ReferencedClasses.STRING;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.Locale;
import java.util.Map;

/**
 * The Java type of a schema type reference: a boxed JDK type per Edm primitive, the generated class
 * of a documented type, {@code JsonNode} for untyped or free-form JSON, and {@code List} for collections.
 */
final class JavaTypeMapper {
  private static final Map<String, TypeName> PRIMITIVES = Map.ofEntries(
      Map.entry("Edm.String", STRING),
      Map.entry("Edm.Boolean", ClassName.get(Boolean.class)),
      Map.entry("Edm.Int32", ClassName.get(Integer.class)),
      Map.entry("Edm.Int64", ClassName.get(Long.class)),
      Map.entry("Edm.Int16", ClassName.get(Short.class)),
      Map.entry("Edm.Byte", ClassName.get(Short.class)),
      Map.entry("Edm.SByte", ClassName.get(Byte.class)),
      Map.entry("Edm.Double", ClassName.get(Double.class)),
      Map.entry("Edm.Single", ClassName.get(Float.class)),
      Map.entry("Edm.Decimal", ClassName.get(java.math.BigDecimal.class)),
      Map.entry("Edm.DateTimeOffset", ClassName.get(java.time.OffsetDateTime.class)),
      Map.entry("Edm.Date", ClassName.get(java.time.LocalDate.class)),
      Map.entry("Edm.TimeOfDay", ClassName.get(java.time.LocalTime.class)),
      Map.entry("Edm.Duration", ReferencedClasses.ODATA_DURATION),
      Map.entry("Edm.Guid", ClassName.get(java.util.UUID.class)),
      Map.entry("Edm.Binary", ArrayTypeName.of(TypeName.BYTE)),
      Map.entry("Edm.Stream", STRING));

  private final ModelNames names;

  JavaTypeMapper(ModelNames names) {
    this.names = names;
  }

  /**
   * Whether a type stands for any JSON value (Graph's {@code Json}: a complex type without properties
   * or base that holds strings, numbers, arrays or objects). Properties of such a type are {@code JsonNode}.
   */
  static boolean isFreeFormJson(TypeDef t) {
    return t.kind() == TypeKind.COMPLEX && t.properties().isEmpty() && t.baseType() == null
        && t.name().equalsIgnoreCase("json");
  }

  /** The Java type of a property: a {@code List} when the schema says collection or payloads show both shapes. */
  TypeName javaType(io.github.graphdocs.schema.PropertyDef p) {
    return javaType(p.bothShapes() ? p.type().asCollection(true) : p.type());
  }

  TypeName javaType(TypeRef ref) {
    TypeName element;
    TypeName prim = PRIMITIVES.get(ref.name());
    if (prim != null) {
      element = prim;
    } else {
      TypeDef def = names.type(ref.name().toLowerCase(Locale.ROOT));
      ClassName cn = names.className(ref.name().toLowerCase(Locale.ROOT));
      element = cn != null && !(def != null && isFreeFormJson(def)) ? cn : JSON_NODE;
    }
    return ref.collection() ? ParameterizedTypeName.get(LIST, element.box()) : element;
  }
}
