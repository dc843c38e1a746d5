package io.github.graphdocs.cli;

import io.github.graphdocs.csdl.CsdlExporter;
import io.github.graphdocs.csdl.SchemaJsonExporter;
import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.output.ReportFile;
import io.github.graphdocs.pipeline.GraphDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graphdocs schema --docs DIR --format csdl|json --out FILE}. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = GraphDocsCommand.Version.class,
    description = "Exports the checked schema as OData CSDL XML or JSON.")
final class SchemaCommand implements Callable<Integer> {
  enum Format { csdl, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DocsOptions docsOptions;

  @Option(names = "--format", defaultValue = "csdl", description = "csdl or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", description = "The output file (default: standard output).")
  Path out;


  @Override
  public Integer call() {
    DocsOptions.Analysed analysed = docsOptions.analyze();
    GraphDocs.Analysis a = analysed.analysis();
    var diagnostics = analysed.diagnostics();
    var err = spec.commandLine().getErr();
    if (diagnostics.hasErrors()) {
      err.print(docsOptions.report(diagnostics).text(false));
      return 1;
    }
    String text = format == Format.csdl ? CsdlExporter.export(a.schema()) : SchemaJsonExporter.export(a.schema());
    if (out == null) {
      spec.commandLine().getOut().print(text);
    } else {
      try {
        ReportFile.write(out, text);
      } catch (IOException | RuntimeException e) {
        err.println("graphdocs: cannot write the schema to " + PrintableText.escape(out + ": " + e.getMessage()));
        return 1;
      }
      err.println("wrote " + a.schema().types().size() + " types to " + PrintableText.escape(out.toString()) + " (" + docsOptions.report(diagnostics).summary() + ")");
    }
    return 0;
  }
}
