package io.github.graphdocs.cli;

import io.github.graphdocs.pipeline.GeneratorRun;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code -p/--package}: the base package of the generated model, checked to be a Java package name. */
final class PackageOption {
  @Option(names = {"-p", "--package"}, defaultValue = GeneratorRun.DEFAULT_PACKAGE, paramLabel = "PACKAGE",
      description = "The base package of the model; sub-namespaces become sub-packages.")
  String packageName;

  /** The package, or a usage error (exit code 2) when it cannot hold the model (not a package name, java.*, javax.*). */
  String checked(CommandLine commandLine) {
    String problem = GeneratorRun.packageProblem(packageName);
    if (problem != null) {
      throw new CommandLine.ParameterException(commandLine, "--package '" + packageName + "' " + problem);
    }
    return packageName;
  }
}
