package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.ARRAYS;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_ANY_GETTER;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_ANY_SETTER;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_AUTO_DETECT;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_FORMAT;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_INCLUDE;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_PROPERTY;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_TYPE_ID_RESOLVER;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_TYPE_INFO;
import static io.github.graphdocs.javagen.ReferencedClasses.LINKED_HASH_MAP;
import static io.github.graphdocs.javagen.ReferencedClasses.LINKED_HASH_SET;
import static io.github.graphdocs.javagen.ReferencedClasses.MAP_STRING_OBJECT;
import static io.github.graphdocs.javagen.ReferencedClasses.OBJECT;
import static io.github.graphdocs.javagen.ReferencedClasses.OBJECTS;
import static io.github.graphdocs.javagen.ReferencedClasses.SET;
import static io.github.graphdocs.javagen.ReferencedClasses.STRING;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of an entity or complex type: Jackson annotations fix the wire format ({@code
 * @odata.type} polymorphism through the generated registry, dates as written); a root class keeps
 * unknown properties and explicit nulls; fields, accessors, equality and {@code toString} per property.
 */
final class StructuredTypeEmitter {
  private final ModelNames names;
  private final JavaTypeMapper javaTypes;

  StructuredTypeEmitter(ModelNames names, JavaTypeMapper javaTypes) {
    this.names = names;
    this.javaTypes = javaTypes;
  }

  TypeSpec emit(TypeDef t) {
    ClassName self = names.className(t);
    TypeDef base = names.baseOf(t);
    boolean root = base == null;
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC);
    if (t.isAbstract()) {
      type.addModifiers(Modifier.ABSTRACT);
    }
    if (!root) {
      type.superclass(names.className(base));
    }
    type.addJavadoc(JavadocText.classJavadoc(t));
    type.addAnnotation(AnnotationSpec.builder(JSON_AUTO_DETECT)
        .addMember("fieldVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
        .addMember("getterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
        .addMember("isGetterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
        .addMember("setterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
        .addMember("creatorVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT).build());
    type.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build());
    AnnotationSpec.Builder typeInfo = AnnotationSpec.builder(JSON_TYPE_INFO)
        .addMember("use", "$T.Id.CUSTOM", JSON_TYPE_INFO)
        .addMember("include", "$T.As.EXISTING_PROPERTY", JSON_TYPE_INFO)
        .addMember("property", "$S", "@odata.type")
        .addMember("visible", "true");
    if (!t.isAbstract()) {
      typeInfo.addMember("defaultImpl", "$T.class", self);
    }
    type.addAnnotation(typeInfo.build());
    type.addAnnotation(AnnotationSpec.builder(JSON_TYPE_ID_RESOLVER).addMember("value", "$T.class", names.resolver()).build());

    Map<String, String> fields = names.fieldNamesOf(t);
    type.addField(FieldSpec.builder(STRING, "ODATA_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("This type's {@code @odata.type}: give it to {@code setODataType} when you send an object of a\n"
            + "derived type where its base is declared, so that the service knows which type it is.\n")
        .initializer(JavaLiteral.string("#" + t.qualifiedName())).build());
    if (root) {
      addRootMembers(type);
    }
    for (PropertyDef p : names.ownProperties(t)) {
      type.addField(FieldSpec.builder(javaTypes.javaType(p.type()), fields.get(p.name()), Modifier.PRIVATE).build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(t.isAbstract() ? Modifier.PROTECTED : Modifier.PUBLIC)
        .addJavadoc("Creates an empty $L.\n", JavadocText.escape(t.name())).build());
    for (PropertyDef p : names.ownProperties(t)) {
      addAccessors(type, p, fields.get(p.name()));
    }
    addEquality(type, t, self, root, fields);
    return type.build();
  }

  private void addRootMembers(TypeSpec.Builder type) {
    type.addField(FieldSpec.builder(STRING, "odataType", Modifier.PRIVATE).build());
    type.addField(FieldSpec.builder(MAP_STRING_OBJECT, "additionalData", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", LINKED_HASH_MAP).build());
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(SET, STRING), "nullProperties", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", LINKED_HASH_SET).build());
    type.addMethod(MethodSpec.methodBuilder("getODataType").addModifiers(Modifier.PUBLIC)
        .addJavadoc("The {@code @odata.type} this object was read with or will be written with, or null.\n")
        .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", "@odata.type").build())
        .returns(STRING).addStatement("return odataType").build());
    type.addMethod(MethodSpec.methodBuilder("setODataType").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Sets the {@code @odata.type} to write, such as {@code #microsoft.graph.user}.\n")
        .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", "@odata.type").build())
        .addParameter(STRING, "odataType").addStatement("this.odataType = odataType").build());
    type.addMethod(MethodSpec.methodBuilder("getAdditionalData").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Properties the docs do not describe, kept as read so that nothing is lost; the live map.\n")
        .returns(MAP_STRING_OBJECT).addStatement("return additionalData").build());
    type.addMethod(MethodSpec.methodBuilder("setAdditionalData").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Keeps a property the docs do not describe.\n")
        .addAnnotation(JSON_ANY_SETTER)
        .addParameter(STRING, "name").addParameter(OBJECT, "value")
        .addStatement("additionalData.put(name, value)").build());
    type.addMethod(MethodSpec.methodBuilder("jsonAnyProperties").addModifiers(Modifier.PRIVATE)
        .addAnnotation(JSON_ANY_GETTER)
        .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE).addMember("content", "$T.Include.ALWAYS", JSON_INCLUDE).build())
        .returns(MAP_STRING_OBJECT)
        .beginControlFlow("if (nullProperties.isEmpty())").addStatement("return additionalData").endControlFlow()
        .addStatement("$T all = new $T<>(additionalData)", MAP_STRING_OBJECT, LINKED_HASH_MAP)
        .beginControlFlow("for ($T name : nullProperties)", STRING).addStatement("all.putIfAbsent(name, null)").endControlFlow()
        .addStatement("return all").build());
    type.addMethod(MethodSpec.methodBuilder("markNull").addModifiers(Modifier.PROTECTED, Modifier.FINAL)
        .addJavadoc("Remembers a property explicitly set to null, so that it is written as null.\n")
        .addParameter(STRING, "wireName").addParameter(TypeName.BOOLEAN, "isNull")
        .beginControlFlow("if (isNull)").addStatement("nullProperties.add(wireName)")
        .nextControlFlow("else").addStatement("nullProperties.remove(wireName)").endControlFlow().build());
  }

  private void addAccessors(TypeSpec.Builder type, PropertyDef p, String field) {
    TypeName jt = javaTypes.javaType(p.type());
    String doc = JavadocText.escape(p.description());
    AnnotationSpec wire = AnnotationSpec.builder(JSON_PROPERTY).addMember("value", JavaLiteral.string(p.name())).build();
    MethodSpec.Builder getter = MethodSpec.methodBuilder(ModelNames.getterName(field)).addModifiers(Modifier.PUBLIC)
        .returns(jt).addAnnotation(wire).addStatement("return this.$N", field);
    MethodSpec.Builder setter = MethodSpec.methodBuilder(ModelNames.setterName(field)).addModifiers(Modifier.PUBLIC)
        .addParameter(jt, field).addAnnotation(wire)
        .addStatement("this.$N = $N", field, field)
        .addStatement("markNull($L, $N == null)", JavaLiteral.string(p.name()), field);
    getter.addJavadoc("$L\n\n@return the {@code $L} property, or null when absent\n",
        doc.isEmpty() ? "The " + JavadocText.escape(p.name()) + " property." : doc, JavadocText.escape(p.name()).replace("}", "&#125;"));
    setter.addJavadoc("Sets the {@code $L} property; null is written as an explicit null.\n\n@param $N the new value\n",
        JavadocText.escape(p.name()).replace("}", "&#125;"), field);
    if (JavaTypeMapper.isTemporal(p.type())) {
      AnnotationSpec format = AnnotationSpec.builder(JSON_FORMAT)
          .addMember("shape", "$T.Shape.STRING", JSON_FORMAT)
          .addMember("without", "$T.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE", JSON_FORMAT).build();
      getter.addAnnotation(format);
      setter.addAnnotation(format);
    }
    type.addMethod(getter.build());
    type.addMethod(setter.build());
  }

  private void addEquality(TypeSpec.Builder type, TypeDef t, ClassName self, boolean root, Map<String, String> fieldNames) {
    MethodSpec.Builder equals = MethodSpec.methodBuilder("equals").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN).addParameter(OBJECT, "o")
        .beginControlFlow("if (this == o)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (o == null || getClass() != o.getClass())").addStatement("return false").endControlFlow();
    if (!root) {
      equals.beginControlFlow("if (!super.equals(o))").addStatement("return false").endControlFlow();
    }
    CodeBlock.Builder cmp = CodeBlock.builder();
    List<String> fields = new ArrayList<>();
    Map<String, Boolean> isArray = new LinkedHashMap<>();
    if (root) {
      isArray.put("odataType", false);
      isArray.put("additionalData", false);
      isArray.put("nullProperties", false);
    }
    for (PropertyDef p : names.ownProperties(t)) {
      isArray.put(fieldNames.get(p.name()), p.type().name().equals("Edm.Binary") && !p.type().collection());
    }
    fields.addAll(isArray.keySet());
    if (fields.isEmpty()) {
      equals.addStatement("return true");
    } else {
      equals.addStatement("$T other = ($T) o", self, self);
      for (int i = 0; i < fields.size(); i++) {
        String f = fields.get(i);
        cmp.add(i == 0 ? "" : "\n    && ");
        cmp.add("$T.equals(this.$N, other.$N)", isArray.get(f) ? ARRAYS : OBJECTS, f, f);
      }
      equals.addStatement("return $L", cmp.build());
    }
    type.addMethod(equals.build());

    MethodSpec.Builder hash = MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT).addStatement("int h = $L", root ? "1" : "super.hashCode()");
    for (String f : fields) {
      hash.addStatement("h = 31 * h + $T.hashCode(this.$N)", isArray.get(f) ? ARRAYS : OBJECTS, f);
    }
    type.addMethod(hash.addStatement("return h").build());

    MethodSpec.Builder append = MethodSpec.methodBuilder("appendFields").addModifiers(Modifier.PROTECTED)
        .addJavadoc("Appends this object's fields to a {@code toString} text.\n\n@param sb the text\n")
        .addParameter(StringBuilder.class, "sb");
    if (!root) {
      append.addStatement("super.appendFields(sb)");
    }
    for (String f : fields) {
      if (f.equals("nullProperties")) {
        continue;
      }
      append.addStatement("sb.append(sb.charAt(sb.length() - 1) == '{' ? $S : $S).append($S).append($L)",
          "", ", ", f + "=", isArray.get(f) ? CodeBlock.of("$T.toString(this.$N)", ARRAYS, f) : CodeBlock.of("this.$N", f));
    }
    type.addMethod(append.build());
    if (root) {
      type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .returns(STRING)
          .addStatement("$T sb = new $T(getClass().getSimpleName()).append('{')", StringBuilder.class, StringBuilder.class)
          .addStatement("appendFields(sb)")
          .addStatement("return sb.append('}').toString()").build());
    }
  }
}
