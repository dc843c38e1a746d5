package io.github.graphdocs.cli;

import io.github.graphdocs.selection.TypeSelection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which types to generate: {@code --types}, {@code --namespaces}, {@code --with-subtypes}; none means all. */
final class TypeSelectionOptions {
  @Option(names = {"-t", "--types"}, paramLabel = "TYPE", split = ",", showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER,
      description = "Generate only these types (microsoft.graph.user, or user when one namespace defines it) and what "
          + "they need: base types and property types; comma-separated or repeated.")
  List<String> types = new ArrayList<>();

  @Option(names = "--namespaces", paramLabel = "NAMESPACE", split = ",",
      showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER,
      description = "Generate only the types of these namespaces (exactly: not their sub-namespaces) and what they need; "
          + "comma-separated or repeated.")
  List<String> namespaces = new ArrayList<>();

  @Option(names = "--with-subtypes", description = "With --types or --namespaces: also the types derived from the "
      + "selected ones, at any depth, and what they need.")
  boolean withSubtypes;

  TypeSelection selection() {
    return new TypeSelection(types, namespaces, withSubtypes);
  }
}
