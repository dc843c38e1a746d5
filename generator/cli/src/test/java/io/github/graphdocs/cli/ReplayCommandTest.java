package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.ODataObject;
import io.github.graphdocs.runtime.http.ODataRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
  private static final String USER = CliRun.resource("user", "entity", "|displayName|String|d|\n");

  private static final String USER_GET = """
      # Get user

      Namespace: microsoft.graph

      Read a user.

      ## HTTP request

      <!-- { "blockType": "ignored" } -->
      ```http
      GET /users/{id}
      ```

      ## Response

      If successful, this method returns a `200 OK` response code and a [user](../resources/user.md) object in the response body.

      ## Example

      ### Request

      <!-- { "blockType": "request" } -->
      ```http
      GET https://graph.microsoft.com/v1.0/users/87d349ed
      ```

      ### Response

      <!-- { "blockType": "response" } -->
      ```http
      HTTP/1.1 200 OK
      Content-type: application/json

      {"id": "87d349ed", "displayName": "%s"}
      ```
      """;

  private static Path docs(Path root, String displayNameValue) {
    CliRun.write(root, "resources/entity.md", CliRun.ENTITY);
    CliRun.write(root, "resources/user.md", USER);
    CliRun.write(root, "api/user-get.md", USER_GET.formatted(displayNameValue));
    return root;
  }

  @Test
  void anExchangeThatReplaysExitsWithZeroAndPrintsTheSummary(@TempDir Path tmp) {
    CliRun r = CliRun.of("replay", "--docs", docs(tmp, "Adele").toString());
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("replay: 1 pages, 1 replayed cleanly (100.0%)"), r.out());
    assertTrue(r.quiet(), r.out() + r.err());
  }

  @Test
  void aFailureIsPrintedLocatedWithItsCauseAndExitsWithOne(@TempDir Path tmp) {
    CliRun.write(tmp, "api/user-delete.md", USER_GET.formatted("x").replace("# Get user", "# Delete user")
        .replace("GET /users/{id}", "DELETE /users/{id}").replace("GET https://graph.microsoft.com/v1.0/users/87d349ed",
            "DELETE https://graph.microsoft.com/v1.0/groups/1"));
    CliRun r = CliRun.of("replay", "--docs", docs(tmp, "Adele").toString());
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("api/user-delete.md:") && r.out().contains("[GD621]"), r.out());
    assertTrue(r.out().contains("doc error 1: the request example fits none of the documented request lines"), r.out());
  }

  @Test
  void classesThatAreNoFolderAreAUsageError(@TempDir Path tmp) {
    CliRun r = CliRun.of("replay", "--docs", docs(tmp, "Adele").toString(), "--classes", tmp.resolve("absent").toString());
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("is not a folder"), r.err());
  }

  @Test
  void replaysThroughTheClassesCompiledFromGeneratesOutput(@TempDir Path tmp) throws Exception {
    Path docs = docs(tmp.resolve("docs"), "Adele");
    Path out = tmp.resolve("out");
    CliRun generate = CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString());
    assertEquals(0, generate.exitCode(), generate.out() + generate.err());
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    compile(out, classes);

    CliRun r = CliRun.of("replay", "--docs", docs.toString(), "--classes", classes.toString());
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("replay: 1 pages, 1 replayed cleanly (100.0%)"), r.out());
  }

  /** Compiles generate's output with javac, the runtime, Jackson and JSpecify on the class path. */
  private static void compile(Path sources, Path classes) throws Exception {
    List<String> classPath = new ArrayList<>();
    for (Class<?> c : List.of(JsonProperty.class, JsonParser.class, ObjectMapper.class, ODataObject.class, ODataRequest.class,
        NullMarked.class)) {
      classPath.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    List<String> args = new ArrayList<>(List.of("-proc:none", "-encoding", "UTF-8", "-d", classes.toString(),
        "-classpath", String.join(File.pathSeparator, classPath)));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "generate's output compiles");
  }
}
