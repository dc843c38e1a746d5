package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.DATABIND_CONTEXT;
import static io.github.graphdocs.javagen.ReferencedClasses.HASH_MAP;
import static io.github.graphdocs.javagen.ReferencedClasses.JAVA_TYPE;
import static io.github.graphdocs.javagen.ReferencedClasses.JSON_TYPE_INFO;
import static io.github.graphdocs.javagen.ReferencedClasses.LOCALE;
import static io.github.graphdocs.javagen.ReferencedClasses.MAP;
import static io.github.graphdocs.javagen.ReferencedClasses.OBJECT;
import static io.github.graphdocs.javagen.ReferencedClasses.STRING;
import static io.github.graphdocs.javagen.ReferencedClasses.TYPE_ID_RESOLVER_BASE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits the {@code @odata.type} registry: the {@value ModelNames#RESOLVER_NAME} that Jackson asks for subtypes. */
final class TypeRegistryEmitter {
  private final ModelNames names;

  TypeRegistryEmitter(ModelNames names) {
    this.names = names;
  }

  /**
   * The only way a class is chosen from the wire: a fixed table of generated structured types, and
   * only subtypes of the declared type are accepted. No class names, no default typing.
   */
  TypeSpec emit(Schema schema) {
    TypeName classWildcard = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(OBJECT));
    TypeName byName = ParameterizedTypeName.get(MAP, STRING, classWildcard);
    TypeName byClass = ParameterizedTypeName.get(MAP, classWildcard, STRING);
    TypeSpec.Builder type = TypeSpec.classBuilder(names.resolver()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(TYPE_ID_RESOLVER_BASE)
        .addJavadoc("Resolves {@code @odata.type} values to generated model classes, and only to subtypes of the\n"
            + "declared type; names match without a leading '#' and ignoring letter case.\n");
    type.addField(FieldSpec.builder(byName, "BY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>()", HASH_MAP).build());
    type.addField(FieldSpec.builder(byClass, "BY_CLASS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>()", HASH_MAP).build());
    List<TypeDef> structured = schema.types().stream().filter(t -> t.kind() != TypeKind.ENUM).toList();
    int chunk = 400;
    CodeBlock.Builder staticInit = CodeBlock.builder();
    for (int start = 0, n = 0; start < structured.size(); start += chunk, n++) {
      MethodSpec.Builder register = MethodSpec.methodBuilder("register" + n).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
      for (TypeDef t : structured.subList(start, Math.min(structured.size(), start + chunk))) {
        register.addStatement("add($L, $T.class)", JavaLiteral.string(t.qualifiedName()), names.className(t));
      }
      type.addMethod(register.build());
      staticInit.addStatement("register$L()", n);
    }
    type.addStaticBlock(staticInit.build());
    type.addMethod(MethodSpec.methodBuilder("add").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(STRING, "name").addParameter(classWildcard, "type")
        .addStatement("BY_NAME.put(name.toLowerCase($T.ROOT), type)", LOCALE)
        .addStatement("BY_CLASS.put(type, $S + name)", "#").build());
    type.addField(FieldSpec.builder(JAVA_TYPE, "declared", Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Created by Jackson for each declared type.\n").build());
    type.addMethod(MethodSpec.methodBuilder("init").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(JAVA_TYPE, "baseType").addStatement("this.declared = baseType").build());
    type.addMethod(MethodSpec.methodBuilder("idFromValue").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(STRING).addParameter(OBJECT, "value")
        .addStatement("return value == null ? null : BY_CLASS.get(value.getClass())").build());
    type.addMethod(MethodSpec.methodBuilder("idFromValueAndType").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(STRING).addParameter(OBJECT, "value").addParameter(classWildcard, "suggestedType")
        .addStatement("return BY_CLASS.get(suggestedType)").build());
    type.addMethod(MethodSpec.methodBuilder("getMechanism").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(JSON_TYPE_INFO.nestedClass("Id")).addStatement("return $T.Id.CUSTOM", JSON_TYPE_INFO).build());
    type.addMethod(MethodSpec.methodBuilder("typeFromId").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(JAVA_TYPE).addParameter(DATABIND_CONTEXT, "context").addParameter(STRING, "id")
        .beginControlFlow("if (id == null || declared == null)").addStatement("return null").endControlFlow()
        .addStatement("$T name = id.startsWith($S) ? id.substring(1) : id", STRING, "#")
        .addStatement("$T type = BY_NAME.get(name.toLowerCase($T.ROOT))", classWildcard, LOCALE)
        .beginControlFlow("if (type == null || !declared.getRawClass().isAssignableFrom(type))")
        .addStatement("return null").endControlFlow()
        .beginControlFlow("if (type == declared.getRawClass())").addStatement("return declared").endControlFlow()
        .addStatement("return context.constructSpecializedType(declared, type)").build());
    type.addMethod(MethodSpec.methodBuilder("getDescForKnownTypeIds").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(STRING).addStatement("return $S", "generated subtypes of the declared type").build());
    return type.build();
  }
}
