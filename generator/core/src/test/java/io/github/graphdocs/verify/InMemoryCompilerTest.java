package io.github.graphdocs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryCompilerTest {

  @Test
  void compilesSourcesAndKeepsTheClassFilesInMemory() throws Exception {
    InMemoryCompiler.Result r = new InMemoryCompiler(List.of()).compile(Map.of(
        "p.A", "package p; public class A { public String hi() { return \"hi\"; } }",
        "p.B", "package p; public class B extends A { @com.fasterxml.jackson.annotation.JsonProperty(\"x\") public int x; }"));
    assertTrue(r.success(), r.messages()::toString);
    assertEquals(List.of("p.A", "p.B"), List.copyOf(r.classes().keySet()));
    Class<?> b = new CompiledModelLoader(r.classes(), getClass().getClassLoader()).loadClass("p.B");
    assertEquals("hi", b.getMethod("hi").invoke(b.getConstructor().newInstance()));
  }

  @Test
  void anErrorIsReportedWithItsFileAndLine() {
    InMemoryCompiler.Result r = new InMemoryCompiler(List.of()).compile(Map.of("p.C", "package p;\npublic class C { int x = \"s\"; }"));
    assertFalse(r.success());
    assertTrue(r.classes().isEmpty());
    assertTrue(r.messages().get(0).startsWith("/p/C.java:2: error:"), r.messages().get(0));
  }

  @Test
  void lintWarningsAreCountedAndWerrorFailsOnThem() {
    String src = "package p; public class D { @SuppressWarnings(\"unchecked\") java.util.List<String> l = (java.util.List) new java.util.ArrayList<Object>(); "
        + "java.util.List raw; }";
    InMemoryCompiler.Result lint = new InMemoryCompiler(List.of("-Xlint:all")).compile(Map.of("p.D", src));
    assertTrue(lint.success());
    assertTrue(lint.warnings() > 0, lint.messages()::toString);
    assertFalse(new InMemoryCompiler(List.of("-Xlint:all", "-Werror")).compile(Map.of("p.D", src)).success());
  }
}
