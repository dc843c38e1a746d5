package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.output.OutputMarker;
import io.github.graphdocs.pipeline.GeneratorRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code graphdocs generate --docs DIR --out DIR [--package P] [--strict]}. The output folder is
 * replaced under the core's ownership rule ({@code output.OutputFolder}): only a new or empty folder
 * or one graphdocs wrote (it carries the {@value OutputMarker#FILE_NAME} marker).
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = GraphDocsCommand.Version.class,
    description = {"Generates the Java model sources. Writes nothing when there are errors; the previous output stays.",
        "--out is replaced as a whole, so graphdocs replaces only a new or empty folder or one it wrote (marked by its "
            + OutputMarker.FILE_NAME + " file); it refuses the docs or working folder, their parents, files, links and "
            + "folders holding anything else."})
final class GenerateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = "--out", required = true,
      description = "The output folder for the Java sources; replaced as a whole (new, empty, or written by graphdocs).")
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
      err.println("graphdocs: nothing written; " + PrintableText.escape(out.toString()) + " is unchanged");
      return 1;
    }
    spec.commandLine().getOut().println("wrote " + r.filesWritten() + " files to " + PrintableText.escape(out.toString()));
    return 0;
  }
}
