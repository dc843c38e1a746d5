package io.github.graphdocs.output;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.graphdocs.diagnostics.DiagnosticCollector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test shorthand: writes an output tree through the real writer, as generate does. */
final class Writes {
  private Writes() {}

  /** Writes files named {@code paths} (each holding "class NAME {}") into {@code folder}; returns the folder. */
  static Path generated(Path folder, Path docs, String... paths) {
    List<OutputFile> files = new ArrayList<>();
    for (String p : paths) {
      files.add(new OutputFile(p, "class " + p.replaceAll(".*/|\\.java$", "") + " {}\n"));
    }
    write(folder, docs, files, new DiagnosticCollector());
    return folder;
  }

  static OutputTreeWriter.Written write(Path folder, Path docs, List<OutputFile> files, DiagnosticCollector d) {
    OutputInspection inspection = OutputFolder.at(folder).inspect(docs, d);
    OutputTreeWriter.Written w = OutputTreeWriter.write(inspection, files, List.of("package=test"), d);
    assertNotNull(w, d.all()::toString);
    return w;
  }
}
