package io.github.graphdocs.cli;

import io.github.graphdocs.csdl.CsdlExporter;
import io.github.graphdocs.csdl.SchemaJsonExporter;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.FileErrorText;
import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.output.ReportFile;
import io.github.graphdocs.pipeline.GraphDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graphdocs schema -d DIR [-f csdl|json] [-o FILE]}. */
@Command(name = "schema", description = {"Exports the checked schema as OData CSDL XML or JSON.",
    "Writes nothing when the docs have errors."})
final class SchemaCommand implements Callable<Integer> {
  enum Format { csdl, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = {"-f", "--format"}, defaultValue = "csdl", paramLabel = "FORMAT",
      description = "The export format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The output file (standard output when not given).")
  Path out;

  @Override
  public Integer call() {
    DocsOptions.Analysed analysed = docsOptions.analyze();
    GraphDocs.Analysis a = analysed.analysis();
    var diagnostics = analysed.diagnostics();
    var err = spec.commandLine().getErr();
    DiagnosticReport report = docsOptions.report(diagnostics);
    if (diagnostics.hasErrors()) {
      err.print(report.text(false));
      return 1;
    }
    String text = format == Format.csdl ? CsdlExporter.export(a.schema()) : SchemaJsonExporter.export(a.schema());
    if (out == null) {
      spec.commandLine().getOut().print(text);
    } else {
      try {
        ReportFile.write(out, text);
      } catch (IOException | RuntimeException e) {
        err.println("graphdocs: cannot write the schema to " + PrintableText.escape(out + ": " + FileErrorText.of(e, out)));
        return 1;
      }
      err.println("wrote " + DiagnosticReport.counted(a.schema().types().size(), "type") + " to "
          + PrintableText.escape(out.toString()) + " (" + report.summary() + ")");
    }
    return 0;
  }
}
