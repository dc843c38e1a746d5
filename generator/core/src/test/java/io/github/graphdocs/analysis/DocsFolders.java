package io.github.graphdocs.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.graphdocs.diagnostics.Diagnostic;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeDef;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Reads the tiny docs folders under test resources {@code pages/} and looks things up in their schema. */
final class DocsFolders {
  private DocsFolders() {}

  static GraphDocs.Analysis analyze(String folder) {
    URL url = DocsFolders.class.getResource("/pages/" + folder);
    if (url == null) {
      throw new IllegalArgumentException("no test folder " + folder);
    }
    try {
      return GraphDocs.analyze(Path.of(url.toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static TypeDef type(GraphDocs.Analysis a, String qualifiedName) {
    return a.schema().find(qualifiedName).orElseThrow(() -> new AssertionError("no type " + qualifiedName
        + " in " + a.schema().types().stream().map(TypeDef::qualifiedName).toList()));
  }

  static PropertyDef property(TypeDef t, String name) {
    return t.properties().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no property " + name + " on " + t.name() + ": "
            + t.properties().stream().map(PropertyDef::name).toList()));
  }

  static List<String> propertyNames(TypeDef t) {
    return t.properties().stream().map(PropertyDef::name).toList();
  }

  static Diagnostic diagnostic(GraphDocs.Analysis a, String code, String file) {
    return diagnostic(a, code, file, "");
  }

  static Diagnostic diagnostic(GraphDocs.Analysis a, String code, String file, String messagePart) {
    for (Diagnostic d : a.diagnostics().all()) {
      if (d.code().id().equals(code) && d.location().file().equals(file) && d.message().contains(messagePart)) {
        return d;
      }
    }
    fail("no " + code + " in " + file + "; got " + a.diagnostics().all().stream().map(Diagnostic::format).toList());
    return null;
  }

  static void noErrors(GraphDocs.Analysis a) {
    assertTrue(!a.diagnostics().hasErrors(), () -> a.diagnostics().all().stream().map(Diagnostic::format).toList().toString());
  }
}
