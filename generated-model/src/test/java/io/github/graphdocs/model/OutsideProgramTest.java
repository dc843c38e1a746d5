package io.github.graphdocs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" of issue 2 as a program outside the project would see it: compiled and run in a
 * separate JVM whose class path holds only the model classes, graphdocs-runtime and its Jackson and
 * JSpecify jars, with a plain
 * {@code new ObjectMapper().findAndRegisterModules()}.
 */
class OutsideProgramTest {
  private static final String PROGRAM = String.join("\n",
      "import com.fasterxml.jackson.databind.ObjectMapper;",
      "import io.github.graphdocs.model.CommsOperation;",
      "import io.github.graphdocs.model.Entity;",
      "import io.github.graphdocs.model.LongRunningOperation;",
      "",
      "public class Outside {",
      "  public static void main(String[] args) throws Exception {",
      "    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();",
      "    CommsOperation op = mapper.readValue(",
      "        \"{\\\"@odata.type\\\":\\\"#microsoft.graph.recordOperation\\\",\\\"id\\\":\\\"1\\\",\\\"status\\\":\\\"running\\\","
          + "\\\"recordingLocation\\\":\\\"x\\\",\\\"futureField\\\":1}\",",
      "        CommsOperation.class);",
      "    System.out.println(op.getClass().getName());",
      "    System.out.println(mapper.writeValueAsString(op));",
      "    LongRunningOperation lro = mapper.readValue(",
      "        \"{\\\"status\\\":\\\"brandNew\\\",\\\"createdDateTime\\\":\\\"2024-07-19T10:11:12.1234567Z\\\"}\",",
      "        LongRunningOperation.class);",
      "    System.out.println(mapper.writeValueAsString(lro));",
      "    Entity e = mapper.readValue(\"{\\\"@odata.type\\\":\\\"#java.lang.Runtime\\\",\\\"id\\\":\\\"2\\\"}\", CommsOperation.class);",
      "    System.out.println(e.getClass().getName());",
      "  }",
      "}",
      "");

  @TempDir
  Path dir;

  @Test
  void aProgramWithOnlyTheModelAndJacksonOnItsClassPathSeesTheDocumentedBehaviour() throws Exception {
    String classPath = modelAndJacksonOnly();
    Path source = dir.resolve("Outside.java");
    Files.writeString(source, PROGRAM);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-cp", classPath, "-d", dir.toString(), source.toString());
    assertEquals(0, compiled, "the outside program did not compile");

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", dir + File.pathSeparator + classPath, "Outside")
        .redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the outside program did not finish");
    List<String> out = Arrays.asList(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .split("\\R"));
    assertEquals(0, p.exitValue(), String.join("\n", out));
    assertEquals("io.github.graphdocs.model.RecordOperation", out.get(0));
    Json.assertSameData("{\"@odata.type\":\"#microsoft.graph.recordOperation\",\"id\":\"1\",\"status\":\"running\","
        + "\"recordingLocation\":\"x\",\"futureField\":1}", out.get(1));
    Json.assertSameData("{\"status\":\"brandNew\",\"createdDateTime\":\"2024-07-19T10:11:12.1234567Z\"}", out.get(2));
    assertEquals("2024-07-19T10:11:12.1234567Z", Json.tree(out.get(2)).get("createdDateTime").asText());
    assertEquals("io.github.graphdocs.model.CommsOperation", out.get(3));
  }

  private static boolean isRuntime(String entry) {
    Path p = Path.of(entry);
    return p.getFileName().toString().startsWith("graphdocs-runtime")
        || p.endsWith(Path.of("runtime", "target", "classes"));
  }

  /** The model's compiled classes, the runtime and its dependencies (Jackson, JSpecify); nothing else. */
  private static String modelAndJacksonOnly() {
    Path modelClasses = Path.of(System.getProperty("graphdocs.modelClasses", "target/classes")).toAbsolutePath();
    assertTrue(Files.isRegularFile(modelClasses.resolve("io/github/graphdocs/model/CommsOperation.class")),
        "no model classes in " + modelClasses);
    List<String> entries = new ArrayList<>();
    entries.add(modelClasses.toString());
    entries.addAll(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> Path.of(e).getFileName().toString().startsWith("jackson-")
            || Path.of(e).getFileName().toString().startsWith("jspecify-") || isRuntime(e))
        .collect(Collectors.toList()));
    assertEquals(7, entries.size(), "expected the model, graphdocs-runtime, jspecify and jackson-core, -databind, "
        + "-annotations, -datatype-jsr310: " + entries);
    return String.join(File.pathSeparator, entries);
  }
}
