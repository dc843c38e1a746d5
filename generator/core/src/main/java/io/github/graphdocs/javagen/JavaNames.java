package io.github.graphdocs.javagen;

import java.util.Locale;
import java.util.Set;

/** Turns documented names into legal Java identifiers: sanitised, keyword-safe and clash-safe. */
final class JavaNames {
  static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
      "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
      "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_", "var",
      "yield", "record", "sealed", "permits", "non-sealed", "exports", "module", "open", "opens", "provides",
      "requires", "to", "transitive", "uses", "with");

  /**
   * Simple names a model class may not take: java.lang types (they would shadow String, Object, ...)
   * and every type the generated code refers to by simple name.
   */
  static final Set<String> RESERVED_CLASS_NAMES = Set.of(
      "Object", "String", "Class", "Integer", "Long", "Short", "Byte", "Boolean", "Character", "Double", "Float",
      "Number", "Void", "Enum", "Record", "Math", "System", "Thread", "Runnable", "Throwable", "Exception", "Error",
      "RuntimeException", "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs",
      "Iterable", "Comparable", "CharSequence", "Cloneable", "AutoCloseable", "StringBuilder", "StringBuffer",
      "Process", "Runtime", "Package", "Module", "ClassLoader", "SecurityManager", "StrictMath", "Appendable",
      "Readable", "InterruptedException", "IllegalArgumentException", "IllegalStateException",
      "List", "Map", "Set", "LinkedHashMap", "LinkedHashSet", "ArrayList", "Objects", "Collections", "Locale",
      "OffsetDateTime", "LocalDate", "LocalTime", "Duration", "UUID", "BigDecimal", "JsonNode",
      "JsonProperty", "JsonInclude", "JsonAutoDetect", "JsonTypeInfo", "JsonTypeIdResolver", "JsonAnyGetter",
      "JsonAnySetter", "JsonIgnore", "JsonCreator", "JsonValue", "JsonFormat", "JavaType", "DatabindContext",
      "TypeIdResolverBase", "Generated", "ODataTypes", "Nullable", "NullMarked", "ODataObject", "ODataEnum",
      "ODataDuration", "ODataTypeRegistry", "ODataModel", "ReadOnly", "SingleOrCollection", "Builder", "Other", "Members",
      "T", "B");

  private JavaNames() {}

  /** Letters, digits and '_' only; never starts with a digit; never empty. */
  static String sanitize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean upperNext = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
        sb.append(upperNext && sb.length() > 0 ? Character.toUpperCase(c) : c);
        upperNext = false;
      } else {
        upperNext = true;
      }
    }
    if (sb.length() == 0) {
      sb.append("value");
    }
    if (Character.isDigit(sb.charAt(0))) {
      sb.insert(0, '_');
    }
    return sb.toString();
  }

  static String upperFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** A class name for a documented type name (before clash handling). */
  static String className(String typeName) {
    String n = upperFirst(sanitize(typeName));
    return RESERVED_CLASS_NAMES.contains(n) ? n + "Type" : n;
  }

  /** A field name for a documented property name (before clash handling). */
  static String fieldName(String property) {
    String n = lowerFirst(sanitize(property));
    return KEYWORDS.contains(n) ? n + "_" : n;
  }

  /** UPPER_SNAKE constant name for an enum member. */
  static String constantName(String member) {
    String s = sanitize(member);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && (Character.isLowerCase(s.charAt(i - 1))
          || i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)) && Character.isUpperCase(s.charAt(i - 1)))) {
        if (sb.charAt(sb.length() - 1) != '_') {
          sb.append('_');
        }
      }
      sb.append(Character.toUpperCase(c));
    }
    String n = sb.toString();
    if (n.equals("_") || n.isEmpty()) {
      n = "VALUE_";
    }
    return n;
  }

  /** A package segment for a namespace segment: lower case, keyword-safe. */
  static String packageSegment(String segment) {
    String n = sanitize(segment).toLowerCase(Locale.ROOT);
    return KEYWORDS.contains(n) ? n + "_" : n;
  }
}
