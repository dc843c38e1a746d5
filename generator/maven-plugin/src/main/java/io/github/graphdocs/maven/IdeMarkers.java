package io.github.graphdocs.maven;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.PrintableText;
import io.github.graphdocs.diagnostics.Severity;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * In an IDE (m2e), the findings as problem markers on the pages: the markers of every page read are
 * cleared, then each error and warning is added at its line and column. On the command line the log
 * already shows them, and this does nothing.
 */
final class IdeMarkers {
  private IdeMarkers() {}

  static void show(BuildContext context, Path docs, List<String> pages, DiagnosticCollector diagnostics) {
    context.removeMessages(docs.toFile());
    for (String page : pages) {
      File f = file(docs, page);
      if (f != null) {
        context.removeMessages(f);
      }
    }
    for (Diagnostic d : diagnostics.all()) {
      if (d.severity() == Severity.NOTE) {
        continue;
      }
      File f = file(docs, d.location().file());
      if (f == null) {
        continue;
      }
      context.addMessage(f, d.location().line(), d.location().column(),
          "[" + d.code().id() + "] " + PrintableText.escape(d.message()),
          d.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
    }
  }

  private static File file(Path docs, String location) {
    try {
      return docs.resolve(location).normalize().toFile();
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
