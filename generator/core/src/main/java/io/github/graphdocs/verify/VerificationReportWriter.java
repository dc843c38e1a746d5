package io.github.graphdocs.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graphdocs.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a verify report as JSON: the summary, every diagnostic, and the outcome of every example. */
public final class VerificationReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private VerificationReportWriter() {}

  public static void write(VerificationReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(report) + "\n", StandardCharsets.UTF_8);
  }

  /** The report as JSON text; the same report gives the same text. */
  public static String toJson(VerificationReport report) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode summary = root.putObject("summary");
    summary.put("total", report.total());
    summary.put("checked", report.checked());
    summary.put("passed", report.count(ExampleResult.Status.PASSED));
    summary.put("failed", report.count(ExampleResult.Status.FAILED));
    summary.put("skipped", report.count(ExampleResult.Status.SKIPPED));
    summary.put("modelCompiled", report.modelCompiled());
    putCounts(summary.putObject("skipReasons"), report.skipReasons());
    putCounts(summary.putObject("failureCauses"), report.failureCauses());
    ArrayNode javac = root.putArray("compilerMessages");
    report.compilerMessages().forEach(javac::add);
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode n = diagnostics.addObject();
      n.put("file", d.location().file());
      n.put("line", d.location().line());
      n.put("column", d.location().column());
      n.put("severity", d.severity().label());
      n.put("code", d.code().id());
      n.put("name", d.code().name());
      n.put("message", d.message());
    }
    ArrayNode examples = root.putArray("examples");
    for (ExampleResult r : report.results()) {
      ObjectNode n = examples.addObject();
      n.put("file", r.source().file());
      n.put("line", r.source().line());
      n.put("blockType", r.blockType());
      n.put("type", r.type());
      n.put("typedBy", r.typedBy());
      n.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
      if (r.classification() != null) {
        n.put("classification", VerificationReport.label(r.classification()));
      }
      n.put("reason", r.reason());
      if (r.path() != null) {
        n.put("path", r.path());
      }
      if (r.diagnostic() != null) {
        n.put("diagnosticLine", r.diagnostic().location().line());
        n.put("message", r.diagnostic().message());
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the report", e);
    }
  }

  private static void putCounts(ObjectNode into, Map<String, Long> counts) {
    counts.forEach(into::put);
  }
}
