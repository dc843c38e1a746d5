package io.github.graphdocs.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graphdocs.analysis.TypeDraft.PropertyDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocCodeBlock;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.LenientJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON representation block of a resource: each top-level key becomes a property with the
 * type its placeholder value shows; invalid JSON is reported and its keys are read by a scanner.
 */
final class JsonRepresentationReader {
  private final DiagnosticCollector diagnostics;

  JsonRepresentationReader(DiagnosticCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  void readJsonRepresentation(DocCodeBlock block, TypeDraft t, DocPage page) {
    LenientJson.Result r = LenientJson.parse(block.literal());
    if (!r.ok() || !r.node().isObject()) {
      if (!r.ok()) {
        diagnostics.report(DiagnosticCode.JSON_BLOCK_INVALID,
            new SourceLocation(page.path(), block.line() + r.line() - 1, r.column()),
            "JSON representation of " + t.name + " is not valid JSON: " + r.error() + "; its keys were read by a scanner");
      }
      for (String key : TopLevelKeyScanner.keys(block.literal())) {
        jsonProperty(t, key, null, SourceLocation.of(page.path(), block.line()), page.namespace());
      }
      return;
    }
    // one pass locates every key: a search per key would cost keys x block size (40,000 keys: minutes)
    Map<String, Integer> keyLines = LenientJson.topLevelKeyLines(block.literal());
    for (Map.Entry<String, JsonNode> e : r.node().properties()) {
      int line = block.line() + keyLines.getOrDefault(e.getKey(), 1) - 1;
      jsonProperty(t, e.getKey(), e.getValue(), SourceLocation.of(page.path(), line), page.namespace());
    }
  }

  private void jsonProperty(TypeDraft t, String key, JsonNode value, SourceLocation at, String ns) {
    if (key.startsWith("@") || key.isBlank() || key.contains("@odata.")) {
      return;
    }
    PropertyDraft p = t.properties.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new PropertyDraft(key, ns));
    if (p.jsonAt != null) {
      return;
    }
    p.jsonAt = at;
    if (p.at == null) {
      p.at = at;
    }
    if (value == null) {
      return;
    }
    JsonNode v = value;
    boolean collection = false;
    if (v.isArray()) {
      collection = true;
      v = v.size() > 0 ? v.get(0) : null;
      if (v == null) {
        p.jsonType = new TypeCellParser.Parsed("Edm.Untyped", true);
        return;
      }
    }
    TypeCellParser.Parsed parsed = null;
    if (v.isTextual()) {
      String s = v.asText();
      List<String> alts = PossibleValues.fromPlaceholder(s);
      if (!alts.isEmpty()) {
        p.placeholderValues = alts;
        parsed = new TypeCellParser.Parsed("Edm.String", collection);
      } else {
        parsed = TypeCellParser.parsePlaceholder(s);
        if (parsed == null) {
          parsed = new TypeCellParser.Parsed("Edm.String", collection);
        }
      }
    } else if (v.isBoolean()) {
      parsed = new TypeCellParser.Parsed("Edm.Boolean", collection);
    } else if (v.isIntegralNumber()) {
      parsed = new TypeCellParser.Parsed(v.canConvertToInt() ? "Edm.Int32" : "Edm.Int64", collection);
    } else if (v.isNumber()) {
      parsed = new TypeCellParser.Parsed("Edm.Double", collection);
    } else if (v.isObject()) {
      JsonNode odt = v.get("@odata.type");
      if (odt == null) {
        odt = v.get("@type");
      }
      if (odt != null && odt.isTextual() && !WrittenTypeNames.stripHash(odt.asText()).isEmpty()) {
        parsed = new TypeCellParser.Parsed(WrittenTypeNames.stripHash(odt.asText()), collection);
      } else {
        parsed = new TypeCellParser.Parsed("Edm.Untyped", collection);
      }
    }
    if (parsed != null) {
      p.jsonType = new TypeCellParser.Parsed(parsed.name(), collection);
    }
  }
}
