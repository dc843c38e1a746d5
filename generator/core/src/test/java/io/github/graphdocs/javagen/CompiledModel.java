package io.github.graphdocs.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.EnumMemberDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import io.github.graphdocs.verify.CompiledModelLoader;
import io.github.graphdocs.verify.InMemoryCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: the model of a schema, emitted, compiled in memory with {@code -Xlint:all -Werror}
 * (failing the test on any error or warning), loaded in its own class loader, and a plain
 * {@code new ObjectMapper().findAndRegisterModules()} to read and write it.
 */
final class CompiledModel {
  static final String PACKAGE = "io.github.graphdocs.model";
  static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

  final Map<String, String> sources;
  final Map<String, String> javaClasses;
  final DiagnosticCollector notes = new DiagnosticCollector();
  final ClassLoader loader;
  final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  private CompiledModel(Schema schema, boolean builders) {
    ModelEmitter emitter = new ModelEmitter(schema, PACKAGE, notes).withBuilders(builders);
    sources = emitter.emitSources();
    javaClasses = emitter.javaClassNames();
    InMemoryCompiler.Result r = new InMemoryCompiler(STRICT).compile(sources);
    assertTrue(r.success(), () -> "the model does not compile:\n" + String.join("\n", r.messages()));
    assertEquals(0, r.warnings(), () -> "javac warnings:\n" + String.join("\n", r.messages()));
    loader = new CompiledModelLoader(r.classes(), ObjectMapper.class.getClassLoader());
  }

  static CompiledModel of(Schema schema) {
    return new CompiledModel(schema, true);
  }

  static CompiledModel of(TypeDef... types) {
    return of(new Schema(List.of(types), List.of(), List.of()));
  }

  /** The model of {@code types} emitted without the fluent builders. */
  static CompiledModel withoutBuilders(TypeDef... types) {
    return new CompiledModel(new Schema(List.of(types), List.of(), List.of()), false);
  }

  /** The generated class of a documented type, by qualified type name. */
  Class<?> type(String qualifiedTypeName) {
    String name = javaClasses.get(qualifiedTypeName.toLowerCase(java.util.Locale.ROOT));
    if (name == null) {
      throw new IllegalArgumentException("no class for " + qualifiedTypeName + " in " + javaClasses);
    }
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  Object read(String json, String qualifiedTypeName) throws Exception {
    return mapper.readValue(json, type(qualifiedTypeName));
  }

  JsonNode write(Object value) throws Exception {
    return mapper.readTree(mapper.writeValueAsString(value));
  }

  JsonNode roundTrip(String json, String qualifiedTypeName) throws Exception {
    return write(read(json, qualifiedTypeName));
  }

  String source(String javaClassName) {
    String s = sources.get(javaClassName);
    if (s == null) {
      throw new IllegalArgumentException("no source " + javaClassName + " in " + sources.keySet());
    }
    return s;
  }

  // ------------------------------------------------------------------ tiny schemas

  static final SourceLocation HERE = SourceLocation.of("resources/test.md", 1);

  static PropertyDef prop(String name, String type) {
    boolean collection = type.startsWith("Collection(");
    String element = collection ? type.substring("Collection(".length(), type.length() - 1) : type;
    return new PropertyDef(name, new TypeRef(element, collection), false, "", HERE);
  }

  static PropertyDef prop(String name, String type, String description) {
    PropertyDef p = prop(name, type);
    return new PropertyDef(p.name(), p.type(), false, description, HERE);
  }

  static TypeDef complex(String qualifiedName, PropertyDef... props) {
    return structured(TypeKind.COMPLEX, qualifiedName, null, false, props);
  }

  static TypeDef entity(String qualifiedName, String base, boolean isAbstract, PropertyDef... props) {
    return structured(TypeKind.ENTITY, qualifiedName, base, isAbstract, props);
  }

  static TypeDef structured(TypeKind kind, String qualifiedName, String base, boolean isAbstract, PropertyDef... props) {
    int dot = qualifiedName.lastIndexOf('.');
    return new TypeDef(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1), kind, base, isAbstract,
        false, false, List.of(), List.of(props), List.of(), "", List.of(HERE));
  }

  static TypeDef withDescription(TypeDef t, String description) {
    return new TypeDef(t.namespace(), t.name(), t.kind(), t.baseType(), t.isAbstract(), t.open(), t.flags(), t.key(),
        t.properties(), t.members(), description, t.sources());
  }

  static TypeDef enumType(String qualifiedName, String... members) {
    int dot = qualifiedName.lastIndexOf('.');
    List<EnumMemberDef> m = new ArrayList<>();
    for (String s : members) {
      m.add(new EnumMemberDef(s, null, "", HERE));
    }
    return new TypeDef(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1), TypeKind.ENUM, null, false,
        false, false, List.of(), List.of(), m, "", List.of(HERE));
  }
}
