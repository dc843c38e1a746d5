package io.github.graphdocs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One in-process run of the CLI: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GraphDocsCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** No stack trace and no exception class name reached the user. */
  boolean quiet() {
    String all = out + err;
    return !all.contains("\tat ") && !all.contains("Exception") && !all.contains("internal error");
  }

  /**
   * A fresh folder below the module's {@code target/} folder, given relatively: the working folder of
   * the tests is the module folder, so a path printed relative to the working folder starts with
   * {@code target/}.
   */
  static Path scratch(String name) {
    try {
      Path parent = Files.createDirectories(Path.of("target", "cli-scratch"));
      return parent.resolve(Files.createTempDirectory(parent, name + "-").getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page whose one typed example passes through the model. */
  static final String EXAMPLE_PAGE = String.join("\n",
      "# thing resource type", "", "Namespace: microsoft.graph", "", "A thing.", "", "## Properties", "",
      "| Property | Type | Description |", "|:--|:--|:--|", "| name | String | The name. |", "| size | Int32 | The size. |", "",
      "## JSON representation", "",
      "<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.thing\" } -->", "```json",
      "{ \"name\": \"a\", \"size\": 3, \"extra\": [1] }", "```", "");

  static final String ENTITY = """
      # entity resource type

      Namespace: microsoft.graph

      The base type.

      ## Properties

      |Property|Type|Description|
      |:---|:---|:---|
      |id|String|The identifier.|

      ## JSON representation

      <!-- { "blockType": "resource", "keyProperty": "id", "abstract": true, "@odata.type": "microsoft.graph.entity" } -->
      ```json
      { "id": "String" }
      ```
      """;

  static String resource(String name, String baseType, String rows) {
    return "# " + name + " resource type\n\nNamespace: microsoft.graph\n\nA type.\n\n## Properties\n\n"
        + "|Property|Type|Description|\n|:---|:---|:---|\n" + rows + "\n## JSON representation\n\n"
        + "<!-- { \"blockType\": \"resource\", " + (baseType == null ? "" : "\"baseType\": \"microsoft.graph." + baseType + "\", ")
        + "\"@odata.type\": \"microsoft.graph." + name + "\" } -->\n```json\n{ }\n```\n";
  }

  static Path write(Path root, String relative, String text) {
    try {
      Path f = root.resolve(relative);
      Files.createDirectories(f.getParent());
      return Files.writeString(f, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Docs with one warning (an unknown type) and no error. */
  static Path warningDocs(Path root) {
    write(root, "resources/entity.md", ENTITY);
    write(root, "resources/thing.md", resource("thing", "entity", "|shape|nowhereType|d|\n|size|Int32|d|\n"));
    return root;
  }

  /** Docs with a base-type cycle: an error. */
  static Path errorDocs(Path root) {
    write(root, "resources/alpha.md", resource("alpha", "beta", "|a|String|d|\n"));
    write(root, "resources/beta.md", resource("beta", "alpha", "|b|String|d|\n"));
    return root;
  }
}
