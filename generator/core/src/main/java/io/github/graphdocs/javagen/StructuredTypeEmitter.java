package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.GENERATED_ANNOTATION;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_PROPERTY;
import static io.github.graphdocs.javagen.ReferencedClasses.NULLABLE_ANNOTATION;
import static io.github.graphdocs.javagen.ReferencedClasses.ODATA_OBJECT;
import static io.github.graphdocs.javagen.ReferencedClasses.READ_ONLY;
import static io.github.graphdocs.javagen.ReferencedClasses.SINGLE_OR_COLLECTION;
import static io.github.graphdocs.javagen.ReferencedClasses.STRING;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of an entity or complex type, extending its base or the runtime's
 * {@code ODataObject}, which does what does not depend on the docs (wire format, {@code @odata.type},
 * additional data, explicit nulls, change tracking, equality, {@code toString}). Per property: a
 * private field, a getter (annotated only when Jackson would not derive the wire name, is read-only,
 * or reads both shapes), a setter that records the change, and, unless the model has none, a builder
 * method ({@link BuilderEmitter}).
 * An abstract type gets its concrete {@code Other} form.
 */
final class StructuredTypeEmitter {
  private final ModelNames names;
  private final JavaTypeMapper javaTypes;
  /** Null for a model without builders. */
  private final BuilderEmitter builders;

  StructuredTypeEmitter(ModelNames names, JavaTypeMapper javaTypes, boolean emitBuilders) {
    this.names = names;
    this.javaTypes = javaTypes;
    this.builders = emitBuilders ? new BuilderEmitter(names, javaTypes) : null;
  }

  TypeSpec emit(TypeDef t) {
    ClassName self = names.className(t);
    TypeDef base = names.baseOf(t);
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC)
        .superclass(base == null ? ODATA_OBJECT : names.className(base))
        .addJavadoc(JavadocText.classJavadoc(t))
        .addAnnotation(GENERATED_ANNOTATION);
    if (t.isAbstract()) {
      type.addModifiers(Modifier.ABSTRACT);
    }
    type.addField(FieldSpec.builder(STRING, "ODATA_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("This type's {@code @odata.type}: give it to {@code setODataType} when you send an object of a\n"
            + "derived type where its base is declared, so that the service knows which type it is.\n")
        .initializer(JavaLiteral.string("#" + t.qualifiedName())).build());
    Map<String, String> fields = names.fieldNamesOf(t);
    for (PropertyDef p : names.ownProperties(t)) {
      type.addField(FieldSpec.builder(nullable(javaTypes.javaType(p)), fields.get(p.name()), Modifier.PRIVATE).build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(t.isAbstract() ? Modifier.PROTECTED : Modifier.PUBLIC)
        .addJavadoc("Creates an empty $L.\n", JavadocText.escape(t.name())).build());
    for (PropertyDef p : names.ownProperties(t)) {
      addAccessors(type, p, fields.get(p.name()));
    }
    if (builders != null) {
      builders.addTo(type, t);
    }
    if (t.isAbstract()) {
      type.addType(TypeSpec.classBuilder("Other").addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .superclass(self)
          .addJavadoc("$L of a type this model does not know (an unknown or absent {@code @odata.type}): read\n"
              + "instead of failing, its data kept and written back unchanged.\n",
              "A " + JavadocText.escape(t.name()).replace("}", "&#125;"))
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
              .addJavadoc("Creates an empty one.\n").build())
          .build());
    }
    return type.build();
  }

  /** A type that may hold null: getters always may (a payload can omit any property). */
  static TypeName nullable(TypeName type) {
    return type.annotated(NULLABLE_ANNOTATION);
  }

  /** The type of a setter or builder parameter: {@code @Nullable} only when the docs allow null. */
  static TypeName parameterType(PropertyDef p, TypeName type) {
    return p.nullable() ? nullable(type) : type;
  }

  private void addAccessors(TypeSpec.Builder type, PropertyDef p, String field) {
    TypeName jt = javaTypes.javaType(p);
    String getterName = ModelNames.getterName(field);
    String wire = JavadocText.escape(p.name()).replace("}", "&#125;");
    String doc = JavadocText.escape(p.description());
    MethodSpec.Builder getter = MethodSpec.methodBuilder(getterName).addModifiers(Modifier.PUBLIC)
        .returns(nullable(jt)).addStatement("return $N", field)
        .addJavadoc("$L\n\n@return the {@code $L} property, or null when the payload omits it$L\n",
            doc.isEmpty() ? "The " + JavadocText.escape(p.name()) + " property." : doc, wire,
            p.nullable() ? " or holds null" : "");
    if (!jacksonName(getterName.substring("get".length())).equals(p.name())) {
      getter.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", JavaLiteral.string(p.name())).build());
    }
    if (p.readOnly()) {
      getter.addAnnotation(READ_ONLY);
    }
    if (p.bothShapes()) {
      getter.addAnnotation(SINGLE_OR_COLLECTION);
    }
    MethodSpec.Builder setter = MethodSpec.methodBuilder(ModelNames.setterName(field)).addModifiers(Modifier.PUBLIC)
        .addParameter(parameterType(p, jt), field)
        .addStatement("this.$N = $N", field, field)
        .addStatement("changed($L, $N)", JavaLiteral.string(p.name()), field)
        .addJavadoc("Sets the {@code $L} property$L.\n\n@param $N the new value\n", wire,
            p.nullable() ? "; null is written as an explicit null" : "", field);
    type.addMethod(getter.build());
    type.addMethod(setter.build());
  }

  /**
   * The property name Jackson derives from a getter {@code get<accessor>} (its default, "legacy"
   * naming: leading upper-case letters lower-cased), to know when the wire name must be stated.
   */
  static String jacksonName(String accessor) {
    int i = 0;
    while (i < accessor.length() && Character.isUpperCase(accessor.charAt(i))) {
      i++;
    }
    return accessor.substring(0, i).toLowerCase(java.util.Locale.ROOT) + accessor.substring(i);
  }
}
