package io.github.graphdocs.cli;

import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.output.OutputFolder;
import io.github.graphdocs.output.OutputMarker;
import io.github.graphdocs.pipeline.DocsInput;
import io.github.graphdocs.pipeline.GeneratorRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code graphdocs generate -d DIR -o DIR [-p P] [-s]}. The output folder is replaced under the core's
 * ownership rule ({@code output.OutputFolder}): only a new or empty folder or one graphdocs wrote (it
 * carries the {@value OutputMarker#FILE_NAME} marker).
 */
@Command(name = "generate", description = {"Generates the Java model sources.",
    "Writes nothing when there are errors: the previous output stays as it was. The output folder is replaced as a "
        + "whole, so graphdocs replaces only a new or empty folder or one it wrote (marked by its "
        + OutputMarker.FILE_NAME + " file); it refuses the docs or working folder, their parents, files, links and "
        + "folders holding anything else."})
final class GenerateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
      description = "The output folder for the Java sources; replaced as a whole (new, empty, or written by graphdocs).")
  Path out;

  @CommandLine.Mixin
  PackageOption packageOption;

  @CommandLine.Mixin
  TypeSelectionOptions selectionOptions;

  @Option(names = {"-n", "--notes"}, description = "Also print notes.")
  boolean notes;

  @Option(names = "--no-builders", description = "Leave out the fluent builders (each type's static builder() "
      + "and nested Builder): setters only, about half as many classes to compile.")
  boolean noBuilders;

  @Override
  public Integer call() {
    String packageName = packageOption.checked(spec.commandLine());
    DocsInput input = docsOptions.input();
    OutputFolder output = OutputFolder.at(out);
    GeneratorRun.Result r;
    try (ProgressPrinter progress = docsOptions.progress()) {
      r = GeneratorRun.generate(input, selectionOptions.selection(), output, packageName, docsOptions.strict, !noBuilders,
          progress);
    }
    var err = spec.commandLine().getErr();
    String outShown = output.location().file();
    err.print(docsOptions.report(r.diagnostics(), outShown).text(notes));
    err.flush(); // the findings before the result line when both streams go to one file
    if (!r.ok()) {
      err.println("graphdocs: nothing written; " + PrintableText.escape(out.toString()) + " is unchanged");
      return 1;
    }
    spec.commandLine().getOut().println("wrote " + DiagnosticReport.counted(r.filesWritten(), "file") + " to "
        + PrintableText.escape(out.toString()));
    return 0;
  }
}
