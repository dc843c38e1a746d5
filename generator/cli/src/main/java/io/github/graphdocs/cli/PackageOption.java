package io.github.graphdocs.cli;

import io.github.graphdocs.pipeline.GeneratorRun;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code -p/--package}: the base package of the generated model, checked to be a Java package name. */
final class PackageOption {
  @Option(names = {"-p", "--package"}, defaultValue = GeneratorRun.DEFAULT_PACKAGE, paramLabel = "PACKAGE",
      description = "The base package of the model; sub-namespaces become sub-packages.")
  String packageName;

  /** The package, or a usage error (exit code 2) when it is not a Java package name. */
  String checked(CommandLine commandLine) {
    if (!GeneratorRun.isValidPackage(packageName)) {
      throw new CommandLine.ParameterException(commandLine, "--package '" + packageName + "' is not a Java package name");
    }
    return packageName;
  }
}
