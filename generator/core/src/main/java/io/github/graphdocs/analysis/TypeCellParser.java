package io.github.graphdocs.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a property table's Type cell or a JSON placeholder into a parsed reference: an Edm primitive or
 * a (possibly qualified) type name, and whether it is a collection. Pure function of the text.
 */
final class TypeCellParser {
  /** A parsed reference; {@code name} is "Edm.X" for primitives, else a simple or qualified type name. */
  record Parsed(String name, boolean collection) {
    boolean primitive() {
      return name.startsWith("Edm.");
    }
  }

  static final Map<String, String> PRIMITIVES = Map.ofEntries(
      Map.entry("string", "Edm.String"), Map.entry("str", "Edm.String"), Map.entry("url", "Edm.String"),
      Map.entry("uri", "Edm.String"), Map.entry("text", "Edm.String"),
      Map.entry("boolean", "Edm.Boolean"), Map.entry("bool", "Edm.Boolean"),
      Map.entry("int32", "Edm.Int32"), Map.entry("int", "Edm.Int32"), Map.entry("integer", "Edm.Int32"),
      Map.entry("number", "Edm.Int32"), Map.entry("numeric", "Edm.Int32"),
      Map.entry("int64", "Edm.Int64"), Map.entry("long", "Edm.Int64"),
      Map.entry("int16", "Edm.Int16"), Map.entry("short", "Edm.Int16"),
      Map.entry("byte", "Edm.Byte"), Map.entry("sbyte", "Edm.SByte"),
      Map.entry("double", "Edm.Double"), Map.entry("single", "Edm.Single"), Map.entry("float", "Edm.Single"),
      Map.entry("decimal", "Edm.Decimal"),
      Map.entry("datetimeoffset", "Edm.DateTimeOffset"), Map.entry("datetime", "Edm.DateTimeOffset"),
      Map.entry("timestamp", "Edm.DateTimeOffset"),
      Map.entry("date", "Edm.Date"), Map.entry("timeofday", "Edm.TimeOfDay"), Map.entry("time", "Edm.TimeOfDay"),
      Map.entry("duration", "Edm.Duration"), Map.entry("timespan", "Edm.Duration"),
      Map.entry("guid", "Edm.Guid"), Map.entry("uuid", "Edm.Guid"),
      Map.entry("binary", "Edm.Binary"), Map.entry("base64", "Edm.Binary"), Map.entry("byte[]", "Edm.Binary"),
      Map.entry("stream", "Edm.Stream"),
      Map.entry("untyped", "Edm.Untyped"), Map.entry("object", "Edm.Untyped"), Map.entry("any", "Edm.Untyped"));

  private static final Pattern COLLECTION_FN = Pattern.compile("^collection\\s*\\(\\s*(.+?)\\s*\\)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COLLECTION_SUFFIX = Pattern.compile("^(.+?)\\s+(collection|array|list)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COLLECTION_PREFIX = Pattern.compile("^(?:a\\s+)?(?:collection|array|list)\\s+of\\s+(.+?)s?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Pattern DECIMAL_LITERAL = Pattern.compile("-?\\d+\\.\\d+");

  private TypeCellParser() {}

  /** Parses a Type cell; returns null when the cell names no type at all. */
  static Parsed parseCell(String cell) {
    String t = cell.trim();
    if (t.isEmpty()) {
      return null;
    }
    boolean collection = false;
    Matcher m = COLLECTION_FN.matcher(t);
    if (m.matches()) {
      collection = true;
      t = m.group(1);
    } else if ((m = COLLECTION_SUFFIX.matcher(t)).matches()) {
      collection = true;
      t = m.group(1);
    } else if ((m = COLLECTION_PREFIX.matcher(t)).matches()) {
      collection = true;
      t = m.group(1);
    } else if (t.endsWith("[]") && t.length() > 2 && !t.equalsIgnoreCase("byte[]")) {
      collection = true;
      t = t.substring(0, t.length() - 2);
    }
    t = t.trim();
    if (t.regionMatches(true, 0, "Edm.", 0, 4)) {
      t = t.substring(4);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("enumeration") || lower.equals("enum") || lower.equals("enumeration type")) {
      return null; // says "an enum" without naming it: other sources decide
    }
    if (lower.equals("untyped json object") || lower.equals("json object") || lower.equals("untyped object")) {
      return new Parsed("Edm.Untyped", collection);
    }
    String prim = PRIMITIVES.get(lower);
    if (prim != null) {
      return new Parsed(prim, collection);
    }
    // Prose such as "string, maximum size 20" or "itemAnalytics resource": the first word decides.
    Matcher n = NAME.matcher(t);
    if (!n.lookingAt()) {
      return null;
    }
    String first = n.group();
    String rest = t.substring(n.end()).trim();
    prim = PRIMITIVES.get(first.toLowerCase(Locale.ROOT));
    if (prim != null) {
      if (rest.isEmpty() || rest.startsWith(",") || rest.startsWith("(")) {
        return new Parsed(prim, collection);
      }
      return rest.toLowerCase(Locale.ROOT).startsWith("or ") ? new Parsed("Edm.Untyped", collection) : new Parsed(prim, collection);
    }
    if (rest.toLowerCase(Locale.ROOT).startsWith("or ")) {
      return new Parsed("Edm.Untyped", collection);
    }
    return new Parsed(first, collection);
  }

  /** Maps a JSON placeholder string value ("String (timestamp)", "Int64", ...) to a primitive. */
  static Parsed parsePlaceholder(String value) {
    String v = value.trim();
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.contains("timestamp") || lower.contains("datetimeoffset") || lower.equals("datetime")
        || lower.contains("iso 8601 date and time")) {
      return new Parsed("Edm.DateTimeOffset", false);
    }
    if (lower.contains("duration")) {
      return new Parsed("Edm.Duration", false);
    }
    if (lower.contains("time of day") || lower.equals("timeofday")) {
      return new Parsed("Edm.TimeOfDay", false);
    }
    if (lower.contains("edm.stream") || lower.equals("stream")) {
      return new Parsed("Edm.Stream", false);
    }
    if (lower.contains("binary") || lower.equals("base64")) {
      return new Parsed("Edm.Binary", false);
    }
    if (lower.equals("guid") || lower.equals("uuid") || lower.contains("(guid)")) {
      return new Parsed("Edm.Guid", false);
    }
    if (lower.equals("date") || lower.startsWith("string (date)")) {
      return new Parsed("Edm.Date", false);
    }
    if (lower.equals("json")) {
      return new Parsed("Json", false);
    }
    if (lower.startsWith("string") || lower.equals("url")) {
      return new Parsed("Edm.String", false);
    }
    if (DECIMAL_LITERAL.matcher(lower).matches()) {
      return new Parsed("Edm.Double", false);
    }
    if (lower.startsWith("edm.")) {
      Parsed p = parseCell(v);
      if (p != null && p.primitive()) {
        return p;
      }
    }
    String prim = PRIMITIVES.get(lower);
    if (prim != null && !prim.equals("Edm.Untyped")) {
      return new Parsed(prim, false);
    }
    return null;
  }
}
