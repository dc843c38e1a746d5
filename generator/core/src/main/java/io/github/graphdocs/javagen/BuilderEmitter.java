package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.ODATA_OBJECT_BUILDER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits a structured type's fluent builder: a nested, self-typed {@code Builder<T, B>} extending its
 * base type's builder (so a subtype's builder has its base's methods without redeclaring them), with
 * one method per property the type adds, and, for a concrete type, the static {@code builder()}.
 */
final class BuilderEmitter {
  private final ModelNames names;
  private final JavaTypeMapper javaTypes;

  BuilderEmitter(ModelNames names, JavaTypeMapper javaTypes) {
    this.names = names;
    this.javaTypes = javaTypes;
  }

  void addTo(TypeSpec.Builder type, TypeDef t) {
    ClassName self = names.className(t);
    ClassName builder = self.nestedClass("Builder");
    TypeDef base = names.baseOf(t);
    TypeVariableName built = TypeVariableName.get("T", self);
    TypeVariableName own = TypeVariableName.get("B", ParameterizedTypeName.get(builder, TypeVariableName.get("T"),
        TypeVariableName.get("B")));
    ClassName baseBuilder = base == null ? ODATA_OBJECT_BUILDER : names.className(base).nestedClass("Builder");
    String typeName = JavadocText.escape(t.name()).replace("}", "&#125;");
    TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(built).addTypeVariable(own)
        .superclass(ParameterizedTypeName.get(baseBuilder, TypeVariableName.get("T"), TypeVariableName.get("B")))
        .addJavadoc("Builds a {@code $L}; the setters stay for Jackson.\n\n@param <T> the type built\n"
            + "@param <B> the builder's own type\n", typeName)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
            .addParameter(TypeVariableName.get("T"), "target").addStatement("super(target)")
            .addJavadoc("For this type's and its subtypes' builders.\n\n@param target the new, empty object\n").build());
    Map<String, String> fields = names.fieldNamesOf(t);
    for (PropertyDef p : names.ownProperties(t)) {
      String field = fields.get(p.name());
      TypeName jt = StructuredTypeEmitter.parameterType(p, javaTypes.javaType(p));
      b.addMethod(MethodSpec.methodBuilder(field).addModifiers(Modifier.PUBLIC)
          .returns(TypeVariableName.get("B")).addParameter(jt, field)
          .addStatement("this.target.$N($N)", ModelNames.setterName(field), field)
          .addStatement("return self()")
          .addJavadoc("Sets the {@code $L} property.\n\n@param $N the new value\n@return this builder\n",
              JavadocText.escape(p.name()).replace("}", "&#125;"), field).build());
    }
    type.addType(b.build());
    if (!t.isAbstract()) {
      // the raw constructor, not a diamond: inferring B of a self-typed Builder<T, B> is a large part of
      // javac's work on a model, and the raw object is exactly what the diamond would build
      type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "{$S, $S}", "rawtypes", "unchecked").build())
          .returns(ParameterizedTypeName.get(builder, WildcardTypeName.subtypeOf(self), WildcardTypeName.subtypeOf(Object.class)))
          .addStatement("return new $T(new $T())", builder, self)
          .addJavadoc("A builder of a new {@code $L}.\n\n@return the builder\n", typeName).build());
    }
  }
}
