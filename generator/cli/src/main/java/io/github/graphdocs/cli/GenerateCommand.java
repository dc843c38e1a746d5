package io.github.graphdocs.cli;

import io.github.graphdocs.pipeline.GeneratorRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graphdocs generate --docs DIR --out DIR [--package P] [--strict]}. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = GraphDocsCommand.Version.class,
    description = "Generates the Java model sources. Writes nothing when there are errors; the previous output stays.")
final class GenerateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = "--out", required = true, description = "The output folder for the Java sources; replaced as a whole.")
  Path out;

  @CommandLine.Mixin
  PackageOption packageOption;

  @Option(names = "--notes", description = "Also print notes.")
  boolean notes;

  @Override
  public Integer call() {
    String packageName = packageOption.checked(spec.commandLine());
    GeneratorRun.Result r = GeneratorRun.generate(docsOptions.docs, out, packageName, docsOptions.strict);
    var err = spec.commandLine().getErr();
    err.print(docsOptions.report(r.diagnostics()).text(notes));
    if (!r.ok()) {
      err.println("graphdocs: nothing written; " + out + " is unchanged");
      return 1;
    }
    spec.commandLine().getOut().println("wrote " + r.filesWritten() + " files to " + out);
    return 0;
  }
}
