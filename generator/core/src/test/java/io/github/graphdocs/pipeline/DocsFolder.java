package io.github.graphdocs.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tiny docs folder that a test writes page by page, and the resource pages it needs, built from parts. */
public final class DocsFolder {
  private final Path root;

  public DocsFolder(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  public DocsFolder page(String relative, String text) {
    return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public DocsFolder bytes(String relative, byte[] content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The abstract keyed base every entity page of the tests derives from. */
  public DocsFolder entityPage() {
    return page("resources/entity.md", new ResourcePage("entity").keyed().abstractType()
        .row("id", "String", "The identifier.").text());
  }

  /** A resource page in the Graph dialect: title, namespace, property table and resource annotation. */
  public static final class ResourcePage {
    private final String name;
    private String description = "A test type.";
    private String base;
    private String odataType;
    private boolean keyed;
    private boolean isAbstract;
    private final List<String> rows = new ArrayList<>();

    public ResourcePage(String name) {
      this.name = name;
      this.odataType = "microsoft.graph." + name;
    }

    public ResourcePage description(String d) {
      this.description = d;
      return this;
    }

    public ResourcePage base(String b) {
      this.base = b;
      return this;
    }

    /** The annotation's {@code @odata.type}, written into JSON as given (callers escape what JSON needs). */
    public ResourcePage odataType(String t) {
      this.odataType = t;
      return this;
    }

    public ResourcePage keyed() {
      this.keyed = true;
      return this;
    }

    public ResourcePage abstractType() {
      this.isAbstract = true;
      return this;
    }

    public ResourcePage row(String property, String type, String desc) {
      rows.add("|" + property + "|" + type + "|" + desc + "|");
      return this;
    }

    /** A table row written exactly as given. */
    public ResourcePage rawRow(String line) {
      rows.add(line);
      return this;
    }

    public String text() {
      StringBuilder sb = new StringBuilder();
      sb.append("# ").append(name).append(" resource type\n\nNamespace: microsoft.graph\n\n")
          .append(description).append("\n\n");
      if (base != null) {
        sb.append("Inherits from [").append(base).append("](").append(base).append(".md).\n\n");
      }
      sb.append("## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n");
      for (String r : rows) {
        sb.append(r).append('\n');
      }
      sb.append("\n## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n");
      if (keyed) {
        sb.append("  \"keyProperty\": \"id\",\n");
      }
      if (isAbstract) {
        sb.append("  \"abstract\": true,\n");
      }
      if (base != null) {
        sb.append("  \"baseType\": \"microsoft.graph.").append(base).append("\",\n");
      }
      sb.append("  \"@odata.type\": \"").append(odataType).append("\"\n}\n-->\n```json\n{\n}\n```\n");
      return sb.toString();
    }
  }
}
