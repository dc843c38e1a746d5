package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.ReferencedClasses.GENERATED_ANNOTATION;
import static io.github.graphdocs.javagen.ReferencedClasses.NULLABLE_ANNOTATION;
import static io.github.graphdocs.javagen.ReferencedClasses.ODATA_OBJECT;
import static io.github.graphdocs.javagen.ReferencedClasses.ODATA_TYPE_REGISTRY;
import static io.github.graphdocs.javagen.ReferencedClasses.STRING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Emits the model's {@code @odata.type} registry, {@value ModelNames#RESOLVER_NAME}: a subclass of the
 * runtime's {@code ODataTypeRegistry} whose switches over lower-case names return class literals, so
 * that a class is loaded only when a payload names it. The runtime accepts only generated subtypes of
 * the declared type. Switches are split into methods of at most {@value #CHUNK} names (by hash), so
 * that no method nears the JVM's 64 KiB limit however many types the docs have.
 */
final class TypeRegistryEmitter {
  static final int CHUNK = 400;
  private final ModelNames names;

  TypeRegistryEmitter(ModelNames names) {
    this.names = names;
  }

  TypeSpec emit(Schema schema) {
    TypeName classOfObject = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(ODATA_OBJECT))
        .annotated(NULLABLE_ANNOTATION);
    List<TypeDef> structured = schema.types().stream().filter(t -> t.kind() != TypeKind.ENUM).toList();
    Set<String> withSubtypes = new TreeSet<>();
    for (TypeDef t : structured) {
      TypeDef base = names.baseOf(t);
      if (base != null) {
        withSubtypes.add(base.lowerName());
      }
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(names.resolver()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ODATA_TYPE_REGISTRY)
        .addAnnotation(GENERATED_ANNOTATION)
        .addJavadoc("The {@code @odata.type} names of this model's structured types and their classes; the runtime\n"
            + "resolves a payload's name only to a generated subtype of the declared type.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Created once per model by the runtime.\n").build());

    int chunks = Math.max(1, (structured.size() + CHUNK - 1) / CHUNK);
    List<List<TypeDef>> groups = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      groups.add(new ArrayList<>());
    }
    for (TypeDef t : structured) {
      groups.get(Math.floorMod(t.lowerName().hashCode(), chunks)).add(t);
    }
    MethodSpec.Builder classFor = MethodSpec.methodBuilder("classFor").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(classOfObject).addParameter(STRING, "lowerCaseName");
    if (chunks == 1) {
      switchOver(classFor, groups.get(0));
    } else {
      classFor.beginControlFlow("switch ($T.floorMod(lowerCaseName.hashCode(), $L))", Math.class, chunks);
      for (int i = 0; i < chunks; i++) {
        classFor.addStatement("case $L: return classFor$L(lowerCaseName)", i, i);
        MethodSpec.Builder part = MethodSpec.methodBuilder("classFor" + i).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(classOfObject).addParameter(STRING, "lowerCaseName");
        switchOver(part, groups.get(i));
        type.addMethod(part.build());
      }
      classFor.addStatement("default: return null").endControlFlow();
    }
    type.addMethod(classFor.build());

    MethodSpec.Builder hasSubtypes = MethodSpec.methodBuilder("hasSubtypes").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(TypeName.BOOLEAN).addParameter(STRING, "lowerCaseName");
    List<String> sorted = new ArrayList<>(withSubtypes);
    if (sorted.isEmpty()) {
      hasSubtypes.addStatement("return false");
    } else {
      hasSubtypes.addStatement("return hasSubtypes0(lowerCaseName)");
    }
    for (int start = 0, n = 0; start < sorted.size(); start += CHUNK, n++) {
      MethodSpec.Builder part = MethodSpec.methodBuilder("hasSubtypes" + n).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(TypeName.BOOLEAN).addParameter(STRING, "lowerCaseName")
          .beginControlFlow("switch (lowerCaseName)");
      for (String name : sorted.subList(start, Math.min(sorted.size(), start + CHUNK))) {
        part.addCode("case $L:\n", JavaLiteral.string(name));
      }
      part.addStatement("  return true").addCode("default:\n");
      part.addStatement("  return $L", start + CHUNK < sorted.size() ? "hasSubtypes" + (n + 1) + "(lowerCaseName)" : "false")
          .endControlFlow();
      type.addMethod(part.build());
    }
    type.addMethod(hasSubtypes.build());
    return type.build();
  }

  private void switchOver(MethodSpec.Builder method, List<TypeDef> types) {
    method.beginControlFlow("switch (lowerCaseName)");
    for (TypeDef t : types) {
      method.addStatement("case $L: return $T.class", JavaLiteral.string(t.qualifiedName().toLowerCase(Locale.ROOT)),
          names.className(t));
    }
    method.addStatement("default: return null").endControlFlow();
  }
}
