package io.github.graphdocs.diagnostics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders diagnostics for people and tools: javac-like text, a plain JSON document, or a SARIF 2.1.0
 * log for code-scanning views. Output is deterministic: diagnostics sorted, no time stamps.
 */
public final class DiagnosticReport {
  /** The schema SARIF consumers expect in {@code $schema}. */
  public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String SARIF_VERSION = "2.1.0";
  /** The SARIF uriBaseId that file paths are relative to: the docs folder. */
  public static final String DOCS_BASE_ID = "DOCS";

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** The formats of {@code check --format}. */
  public enum Format {
    TEXT, JSON, SARIF;

    /** Parses {@code text}, {@code json} or {@code sarif}, ignoring letter case. */
    public static Format parse(String s) {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
  }

  private final List<Diagnostic> diagnostics;
  private final String toolVersion;
  private final Path docsFolder;

  /**
   * @param docsFolder the folder the locations' file paths are relative to (for SARIF's
   *     originalUriBaseIds); may be null
   */
  public DiagnosticReport(DiagnosticCollector diagnostics, String toolVersion, Path docsFolder) {
    this.diagnostics = diagnostics.all();
    this.toolVersion = toolVersion;
    this.docsFolder = docsFolder;
  }

  public String render(Format format, boolean showNotes) {
    return switch (format) {
      case TEXT -> text(showNotes);
      case JSON -> json();
      case SARIF -> sarif();
    };
  }

  /** One line per finding as javac prints them ({@code file:line:col: severity: [CODE] message}), then a summary. */
  public String text(boolean showNotes) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.NOTE && !showNotes) {
        continue;
      }
      sb.append(d.format()).append('\n');
    }
    return sb.append(summary()).append('\n').toString();
  }

  /** {@code 1 error, 2 warnings, 0 notes}. */
  public String summary() {
    return counted(count(Severity.ERROR), "error") + ", " + counted(count(Severity.WARNING), "warning") + ", "
        + counted(count(Severity.NOTE), "note");
  }

  /** {@code 1 file}, {@code 2 files}, {@code 0 files}: a count and a regular English noun. */
  public static String counted(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private long count(Severity s) {
    return diagnostics.stream().filter(d -> d.severity() == s).count();
  }

  /** {@code {"tool", "version", "summary": {...}, "diagnostics": [...]}}, every finding including notes. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "graphdocs");
    root.put("version", toolVersion);
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", count(Severity.ERROR));
    summary.put("warnings", count(Severity.WARNING));
    summary.put("notes", count(Severity.NOTE));
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode o = list.addObject();
      o.put("code", d.code().id());
      o.put("name", d.code().name());
      o.put("severity", d.severity().label());
      putLocation(o, d.location());
      o.put("message", d.message());
      ArrayNode related = o.putArray("related");
      for (SourceLocation r : d.related()) {
        putLocation(related.addObject(), r);
      }
    }
    return write(root);
  }

  private static void putLocation(ObjectNode o, SourceLocation at) {
    o.put("file", at.file());
    o.put("line", at.line());
    o.put("column", at.column());
  }

  /** A SARIF 2.1.0 log with one run: every code as a rule, every finding as a result. */
  public String sarif() {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SARIF_SCHEMA);
    root.put("version", SARIF_VERSION);
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "graphdocs");
    driver.put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    for (DiagnosticCode c : DiagnosticCode.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", c.id());
      rule.put("name", ruleName(c));
      rule.putObject("shortDescription").put("text", c.summary());
      rule.putObject("help").put("text", "See docs/diagnostics.md, section " + c.id() + ".");
      rule.putObject("defaultConfiguration").put("level", sarifLevel(c.defaultSeverity()));
    }
    if (docsFolder != null) {
      String base = docsFolder.toAbsolutePath().normalize().toUri().toString();
      run.putObject("originalUriBaseIds").putObject(DOCS_BASE_ID).put("uri", base.endsWith("/") ? base : base + "/");
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode r = results.addObject();
      r.put("ruleId", d.code().id());
      r.put("ruleIndex", d.code().ordinal());
      r.put("level", sarifLevel(d.severity()));
      r.putObject("message").put("text", d.message());
      r.putArray("locations").add(sarifLocation(d.location()));
      if (!d.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        int id = 1;
        for (SourceLocation at : d.related()) {
          ObjectNode loc = sarifLocation(at);
          loc.put("id", id++);
          related.add(loc);
        }
      }
    }
    return write(root);
  }

  private ObjectNode sarifLocation(SourceLocation at) {
    ObjectNode loc = JSON.createObjectNode();
    ObjectNode physical = loc.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    String file = at.file();
    if (docsFolder != null && file.equals(docsFolder.toString())) {
      file = docsFolder.toAbsolutePath().normalize().toString(); // the docs folder as a whole
    }
    if (isAbsolute(file)) {
      artifact.put("uri", Path.of(file).toUri().toString());
    } else {
      artifact.put("uri", relativeUri(file));
      if (docsFolder != null) {
        artifact.put("uriBaseId", DOCS_BASE_ID);
      }
    }
    if (at.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", at.line());
      region.put("startColumn", Math.max(1, at.column()));
    }
    return loc;
  }

  private static boolean isAbsolute(String file) {
    try {
      return !file.isEmpty() && Path.of(file).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** A relative URI reference for a '/'-separated path: each character that needs it percent-encoded. */
  static String relativeUri(String file) {
    try {
      return new URI(null, null, file, null).toASCIIString();
    } catch (URISyntaxException e) {
      StringBuilder sb = new StringBuilder();
      for (byte b : file.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        if (c < 128 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
          sb.append((char) c);
        } else {
          sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
        }
      }
      return sb.toString();
    }
  }

  static String sarifLevel(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  /** {@code DOCS_FOLDER_MISSING} becomes {@code DocsFolderMissing}, as SARIF rule names are written. */
  static String ruleName(DiagnosticCode c) {
    StringBuilder sb = new StringBuilder();
    for (String part : c.name().split("_")) {
      if (!part.isEmpty()) {
        sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  private static String write(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
