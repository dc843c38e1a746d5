package io.github.graphdocs.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.pipeline.DocsFolder;
import io.github.graphdocs.pipeline.GraphDocs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages built to exhaust a parser (deep nesting, endless lines, unclosed constructs) are read in bounded time without a crash. */
class PathologicalPagesTest {
  @TempDir Path tmp;

  static List<String> pages() {
    String table = "|Property|Type|Description|\n|:---|:---|:---|\n";
    return List.of(
        ">".repeat(50_000) + " deep quote\n",
        "- a\n" + "  ".repeat(1) + "- b\n".repeat(1) + nestedList(2_000),
        "[".repeat(100_000) + "x" + "]".repeat(100_000) + "\n",
        "`".repeat(100_000) + "\n",
        "*".repeat(100_000) + "a" + "_".repeat(100_000) + "\n",
        "<!--".repeat(20_000) + "\n",
        "<!-- " + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + " -->\n```json\n{}\n```\n",
        "# t resource type\n\n## Properties\n\n" + table + ("|" + "x".repeat(1_000_000) + "|String|d|\n"),
        "# t resource type\n\n## Properties\n\n" + table + "|a|" + "Collection(".repeat(10_000) + "String" + ")".repeat(10_000) + "|d|\n",
        "# t resource type\n\n## Properties\n\n" + "|a|".repeat(50_000) + "\n" + "|-".repeat(50_000) + "\n",
        "```json\n" + "[".repeat(100_000) + "\n```\n",
        "x".repeat(5_000_000),
        "\\".repeat(200_001) + "\n",
        "&#x".repeat(100_000) + "\n");
  }

  private static String nestedList(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pathologicalPageIsReadWithoutACrash(String page) {
    new DocsFolder(tmp).entityPage().page("resources/bad.md", page);
    GraphDocs.Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> GraphDocs.analyze(tmp));
    assertEquals(List.of(), a.diagnostics().all().stream()
        .filter(d -> d.code() == DiagnosticCode.INTERNAL_ERROR || d.code() == DiagnosticCode.PAGE_EXHAUSTED_JVM)
        .map(d -> d.format()).toList());
  }
}
