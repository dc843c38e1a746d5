package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.JSON_CREATOR;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_VALUE;
import static io.github.graphdocs.javagen.ReferencedClasses.LIST;
import static io.github.graphdocs.javagen.ReferencedClasses.OBJECT;
import static io.github.graphdocs.javagen.ReferencedClasses.STRING;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.TypeDef;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits the class of an enum type. */
final class EnumTypeEmitter {
  private final ModelNames names;

  EnumTypeEmitter(ModelNames names) {
    this.names = names;
  }

  /**
   * An extensible enum: a final class with a constant per documented member and a factory that keeps
   * any other value as read, so that a value the docs do not list is read and written back unchanged.
   */
  TypeSpec emit(TypeDef t) {
    ClassName self = names.className(t);
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    CodeBlock.Builder doc = CodeBlock.builder().add(JavadocText.classJavadoc(t));
    if (t.flags()) {
      doc.add("\n<p>A flags enum: a value may combine members, comma-separated; see {@link #has}.\n");
    }
    type.addJavadoc(doc.build());
    List<String> constants = names.constantNamesOf(t);
    for (int i = 0; i < constants.size(); i++) {
      EnumMemberDef m = t.members().get(i);
      String candidate = constants.get(i);
      String mdoc = JavadocText.escape(m.description());
      type.addField(FieldSpec.builder(self, candidate, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n", mdoc.isEmpty() ? "The {@code " + JavadocText.escape(m.name()).replace("}", "&#125;") + "} member." : mdoc)
          .initializer("new $T($L)", self, JavaLiteral.string(m.name())).build());
    }
    CodeBlock.Builder known = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < constants.size(); i++) {
      known.add(i == 0 ? "$N" : ", $N", constants.get(i));
    }
    known.add(")");
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, self), "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(known.build()).build());
    type.addField(FieldSpec.builder(STRING, "value", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(STRING, "value")
        .addStatement("this.value = value").build());
    type.addMethod(MethodSpec.methodBuilder("fromValue").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The member with this wire value, or a new value kept exactly as given when the docs do not list it.\n\n"
            + "@param value the wire value\n@return the value, or null for null\n")
        .addAnnotation(AnnotationSpec.builder(JSON_CREATOR).addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR).build())
        .returns(self).addParameter(STRING, "value")
        .beginControlFlow("if (value == null)").addStatement("return null").endControlFlow()
        .beginControlFlow("for ($T known : KNOWN)", self)
        .beginControlFlow("if (known.value.equals(value))").addStatement("return known").endControlFlow()
        .endControlFlow()
        .addStatement("return new $T(value)", self).build());
    type.addMethod(MethodSpec.methodBuilder("values").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The documented members, in doc order.\n\n@return the members\n")
        .returns(ParameterizedTypeName.get(LIST, self)).addStatement("return KNOWN").build());
    type.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).addAnnotation(JSON_VALUE)
        .addJavadoc("The wire value, exactly as read or documented.\n\n@return the value\n")
        .returns(STRING).addStatement("return value").build());
    type.addMethod(MethodSpec.methodBuilder("isKnown").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Whether the docs list this value (letter case ignored).\n\n@return true for a documented member\n")
        .returns(TypeName.BOOLEAN)
        .beginControlFlow("for ($T known : KNOWN)", self)
        .beginControlFlow("if (known.value.equalsIgnoreCase(value))").addStatement("return true").endControlFlow()
        .endControlFlow().addStatement("return false").build());
    if (t.flags()) {
      type.addMethod(MethodSpec.methodBuilder("has").addModifiers(Modifier.PUBLIC)
          .addJavadoc("Whether this combined value includes a member.\n\n@param member the member\n@return true when included\n")
          .returns(TypeName.BOOLEAN).addParameter(self, "member")
          .beginControlFlow("for ($T part : value.split($S))", STRING, ",")
          .beginControlFlow("if (part.trim().equalsIgnoreCase(member.value))").addStatement("return true").endControlFlow()
          .endControlFlow().addStatement("return false").build());
    }
    type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(OBJECT, "o")
        .addStatement("return o instanceof $T && (($T) o).value.equals(value)", self, self).build());
    type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT).addStatement("return value.hashCode()").build());
    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(STRING).addStatement("return value").build());
    return type.build();
  }
}
