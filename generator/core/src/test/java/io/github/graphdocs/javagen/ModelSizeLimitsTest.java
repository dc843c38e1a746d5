package io.github.graphdocs.javagen;

import static io.github.graphdocs.javagen.CompiledModel.complex;
import static io.github.graphdocs.javagen.CompiledModel.entity;
import static io.github.graphdocs.javagen.CompiledModel.enumType;
import static io.github.graphdocs.javagen.CompiledModel.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.verify.InMemoryCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Types at the JVM's size limits compile; types past them are a located GD410, never a javac failure. */
class ModelSizeLimitsTest {

  private static InMemoryCompiler.Result compile(TypeDef... types) {
    Map<String, String> sources = new ModelEmitter(new Schema(List.of(types), List.of(), List.of()),
        CompiledModel.PACKAGE, new DiagnosticCollector()).emitSources();
    return new InMemoryCompiler(List.of("-Xlint:all", "-Werror")).compile(sources);
  }

  @Test
  void aTypeWithThreeThousandPropertiesCompiles() {
    PropertyDef[] props = new PropertyDef[3000];
    for (int i = 0; i < props.length; i++) {
      props[i] = prop("property" + i, i % 2 == 0 ? "Edm.String" : "Collection(Edm.Int32)");
    }
    InMemoryCompiler.Result r = compile(complex("microsoft.graph.wide", props));
    assertTrue(r.success(), () -> String.join("\n", r.messages()));
  }

  @Test
  void anEnumWithSixThousandMembersCompiles() {
    String[] members = new String[6000];
    for (int i = 0; i < members.length; i++) {
      members[i] = "member" + i;
    }
    InMemoryCompiler.Result r = compile(enumType("microsoft.graph.many", members));
    assertTrue(r.success(), () -> String.join("\n", r.messages()));
  }

  private static TypeDef[] chain(int depth) {
    List<TypeDef> chain = new ArrayList<>();
    chain.add(entity("microsoft.graph.t0", null, false, prop("p0", "Edm.String")));
    for (int i = 1; i <= depth; i++) {
      chain.add(entity("microsoft.graph.t" + i, "microsoft.graph.t" + (i - 1), false, prop("p" + i, "Edm.String")));
    }
    return chain.toArray(new TypeDef[0]);
  }

  @Test
  void anInheritanceChainFiftyDeepCompiles() {
    InMemoryCompiler.Result r = compile(chain(50));
    assertTrue(r.success(), () -> String.join("\n", r.messages().subList(0, Math.min(10, r.messages().size()))));
  }

  @Test
  void anInheritanceChainFifteenHundredDeepIsALocatedErrorNamingTheLimit() {
    DiagnosticCollector diagnostics = new DiagnosticCollector();
    Map<String, String> sources = new ModelEmitter(new Schema(List.of(chain(1500)), List.of(), List.of()),
        CompiledModel.PACKAGE, diagnostics).emitSources();
    assertEquals(Map.of(), sources);
    List<Diagnostic> errors = diagnostics.all().stream().filter(d -> d.code() == DiagnosticCode.MODEL_SIZE_LIMIT).toList();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).message().contains("type t1500 has 1500 levels of base types; the model supports at most 200"),
        errors.get(0).message());
  }

  @Test
  void anEnumPastTheLimitIsALocatedErrorNamingItAndNothingIsEmitted() {
    String[] members = new String[ModelSizeLimits.MAX_ENUM_MEMBERS + 1];
    for (int i = 0; i < members.length; i++) {
      members[i] = "m" + i;
    }
    DiagnosticCollector diagnostics = new DiagnosticCollector();
    Map<String, String> sources = new ModelEmitter(new Schema(List.of(enumType("microsoft.graph.huge", members)),
        List.of(), List.of()), CompiledModel.PACKAGE, diagnostics).emitSources();
    assertEquals(Map.of(), sources);
    List<Diagnostic> errors = diagnostics.all().stream().filter(d -> d.code() == DiagnosticCode.MODEL_SIZE_LIMIT).toList();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).message().contains("at most 7000"), errors.get(0).message());
    assertEquals("resources/test.md", errors.get(0).location().file());
  }
}
