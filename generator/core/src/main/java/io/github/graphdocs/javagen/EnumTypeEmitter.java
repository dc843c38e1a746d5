package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.GENERATED_ANNOTATION;
import static io.github.graphdocs.javagen.ReferencedClasses.LIST;
import static io.github.graphdocs.javagen.ReferencedClasses.ODATA_ENUM;
import static io.github.graphdocs.javagen.ReferencedClasses.ODATA_ENUM_MEMBERS;
import static io.github.graphdocs.javagen.ReferencedClasses.STRING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.TypeDef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of an enum type: an extensible enum over the runtime's {@code ODataEnum} (which
 * reads, writes, compares and tests flags), with a constant per documented member, each initialized by
 * one short call so that the class initializer stays far below the JVM's 64 KiB method limit
 * (about 7,000 members; more are refused by {@link ModelSizeLimits}).
 */
final class EnumTypeEmitter {
  private final ModelNames names;

  EnumTypeEmitter(ModelNames names) {
    this.names = names;
  }

  TypeSpec emit(TypeDef t) {
    ClassName self = names.className(t);
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ODATA_ENUM, self))
        .addAnnotation(GENERATED_ANNOTATION);
    CodeBlock.Builder doc = CodeBlock.builder().add(JavadocText.classJavadoc(t));
    if (t.flags()) {
      doc.add("\n<p>A flags enum: a value may combine members, comma-separated; see {@link #has}.\n");
    }
    type.addJavadoc(doc.build());
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(ODATA_ENUM_MEMBERS, self), "MEMBERS",
        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        // the type argument stated, not inferred from a diamond: javac has nothing to infer
        .initializer("new $T()", ParameterizedTypeName.get(ODATA_ENUM_MEMBERS, self)).build());
    List<String> constants = names.constantNamesOf(t);
    for (int i = 0; i < constants.size(); i++) {
      EnumMemberDef m = t.members().get(i);
      String mdoc = JavadocText.escape(m.description());
      type.addField(FieldSpec.builder(self, constants.get(i), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n", mdoc.isEmpty() ? "The {@code " + JavadocText.escape(m.name()).replace("}", "&#125;") + "} member." : mdoc)
          .initializer("member($L)", JavaLiteral.string(m.name())).build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(STRING, "value")
        .addStatement("super(value, MEMBERS)").build());
    type.addMethod(MethodSpec.methodBuilder("member").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(self).addParameter(STRING, "value")
        .addStatement("return MEMBERS.add(new $T(value))", self).build());
    type.addMethod(MethodSpec.methodBuilder("fromValue").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The member with this wire value, or a new value kept exactly as given when the docs do not list it.\n\n"
            + "@param value the wire value\n@return the value\n")
        .returns(self).addParameter(STRING, "value")
        .addStatement("$T known = MEMBERS.find(value)", self)
        .addStatement("return known != null ? known : new $T(value)", self).build());
    type.addMethod(MethodSpec.methodBuilder("values").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The documented members, in doc order.\n\n@return the members\n")
        .returns(ParameterizedTypeName.get(LIST, self)).addStatement("return MEMBERS.values()").build());
    return type.build();
  }
}
