package io.github.graphdocs.javagen;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The emitter's output checked with compile-testing: it compiles under -Xlint:all without a warning. */
class ModelEmitterCompileTest {
  private static final SourceLocation AT = SourceLocation.of("resources/t.md", 1);

  private static Compilation compile(Schema schema) {
    Map<String, String> sources = new ModelEmitter(schema, "com.example.model", new DiagnosticCollector()).emitSources();
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((name, text) -> files.add(JavaFileObjects.forSourceString(name, text)));
    return Compiler.javac().withOptions("-Xlint:all").withClasspath(jacksonJars()).compile(files);
  }

  private static List<File> jacksonJars() {
    List<File> jars = new ArrayList<>();
    for (Class<?> c : List.of(JsonProperty.class, ObjectMapper.class, com.fasterxml.jackson.core.JsonParser.class,
        io.github.graphdocs.runtime.ODataObject.class, org.jspecify.annotations.NullMarked.class)) {
      try {
        jars.add(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return jars;
  }

  @Test
  void seedModelCompilesWithoutWarnings() {
    Compilation c = compile(GraphDocs.analyze(Path.of("../../src-docs")).schema());
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "com/example/model/RecordOperation.class");
  }

  @Test
  void hostileDescriptionsAndNamesCompileWithoutWarnings() {
    String hostile = "Ends a comment */ here, \\u000a escapes, $L and $S, <b>html</b> & @param tags";
    TypeDef t = new TypeDef("microsoft.graph", "class", TypeKind.COMPLEX, null, false, false, false, List.of(),
        List.of(new PropertyDef("default", TypeRef.of("Edm.String"), false, hostile, AT),
            new PropertyDef("additionalData", TypeRef.of("Edm.Int64"), false, hostile, AT),
            new PropertyDef("odata-type", TypeRef.of("Edm.DateTimeOffset"), false, hostile, AT)),
        List.of(), hostile, List.of(AT));
    assertThat(compile(new Schema(List.of(t), List.of(), List.of()))).succeededWithoutWarnings();
  }
}
