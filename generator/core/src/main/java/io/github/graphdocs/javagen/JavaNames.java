package io.github.graphdocs.javagen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns documented names into legal Java identifiers: sanitised, keyword-safe, of a length every file
 * system takes, and never a simple name that would hide a type or package the emitted code uses.
 */
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

  /**
   * The public types of {@code java.lang} (Java 17). Emitted code names them by simple name without an
   * import, so a model class of such a name in the same package would shadow them; a fixed list, so
   * that the names do not depend on the JDK that runs graphdocs.
   */
  static final Set<String> JAVA_LANG = Set.of(
      "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
      "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte",
      "CharSequence", "Character", "Class", "ClassCastException", "ClassCircularityError", "ClassFormatError",
      "ClassLoader", "ClassNotFoundException", "ClassValue", "CloneNotSupportedException", "Cloneable", "Comparable",
      "Compiler", "Deprecated", "Double", "Enum", "EnumConstantNotPresentException", "Error", "Exception",
      "ExceptionInInitializerError", "Float", "FunctionalInterface", "IllegalAccessError", "IllegalAccessException",
      "IllegalArgumentException", "IllegalCallerException", "IllegalMonitorStateException", "IllegalStateException",
      "IllegalThreadStateException", "IncompatibleClassChangeError", "IndexOutOfBoundsException",
      "InheritableThreadLocal", "InstantiationError", "InstantiationException", "Integer", "InternalError",
      "InterruptedException", "Iterable", "LayerInstantiationException", "LinkageError", "Long", "Math", "Module",
      "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError", "NoSuchFieldException",
      "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number", "NumberFormatException",
      "Object", "OutOfMemoryError", "Override", "Package", "Process", "ProcessBuilder", "ProcessHandle", "Readable",
      "Record", "ReflectiveOperationException", "Runnable", "Runtime", "RuntimePermission", "SafeVarargs",
      "SecurityException", "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker",
      "StrictMath", "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "SuppressWarnings",
      "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable", "TypeNotPresentException",
      "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError", "UnsupportedOperationException",
      "VerifyError", "VirtualMachineError", "Void");

  /**
   * The first segments of the packages emitted code may name in full ({@code java.util.Arrays} where
   * a model class is called {@code Arrays}; {@code com.fasterxml...}; the runtime under {@code io}).
   * A field or class of such a name would obscure the package (JLS 6.4.2), so none gets one.
   */
  static final Set<String> QUALIFIER_ROOTS = Set.of("java", "javax", "jdk", "com", "org", "io");

  /**
   * The longest class name or package segment: a file name holds at most 255 bytes, and a class
   * file's name adds ".class" and, for nested classes, the outer name and '$'. Names are ASCII here.
   */
  static final int MAX_NAME_LENGTH = 200;

  /**
   * The longest path of a source or class file inside the output folder. Linux takes 4,096 bytes for a
   * whole path, and the output folder's own path comes first; package folders nest one per namespace segment.
   */
  static final int MAX_RELATIVE_PATH = 1_000;

  /** The most bytes a string constant may take in a class file (its modified UTF-8 form). */
  static final int MAX_CONSTANT_BYTES = 65_535;

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

  /** A class name for a documented type name (before clash handling): never a java.lang name or one JavaPoet refuses. */
  static String className(String typeName) {
    String n = upperFirst(sanitize(typeName));
    return RESERVED_CLASS_NAMES.contains(n) || JAVA_LANG.contains(n) || !SourceVersion.isName(n) || isWindowsDeviceName(n)
        ? n + "Type" : n;
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

  /** A package segment for a namespace segment: lower case, keyword-safe, at most {@link #MAX_NAME_LENGTH} long. */
  static String packageSegment(String segment) {
    String n = sanitize(segment).toLowerCase(Locale.ROOT);
    return shorten(KEYWORDS.contains(n) || isWindowsDeviceName(n) ? n + "_" : n);
  }

  /**
   * Whether Windows refuses a file or folder of this name whatever its extension and letter case
   * ({@code Con.java}, {@code aux/}); the model is the same on every system, so no class or package takes one.
   */
  static boolean isWindowsDeviceName(String name) {
    return name.matches("(?i)con|prn|aux|nul|com[1-9]|lpt[1-9]");
  }

  /**
   * A name cut to {@link #MAX_NAME_LENGTH} characters: a prefix and a hash of the whole name, so
   * that two long names that share the prefix stay apart. Shorter names are returned as they are.
   */
  static String shorten(String name) {
    if (name.length() <= MAX_NAME_LENGTH) {
      return name;
    }
    String hash = String.format(Locale.ROOT, "%08x", name.hashCode());
    return name.substring(0, MAX_NAME_LENGTH - hash.length() - 1) + "_" + hash;
  }

  /** Whether a text fits a class file's string constant: at most 65,535 bytes of modified UTF-8. */
  static boolean fitsStringConstant(String text) {
    if (text.length() * 3L <= MAX_CONSTANT_BYTES) {
      return true;
    }
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes <= MAX_CONSTANT_BYTES;
  }

  /** Simple names no model field or class takes: the first segments of packages named in full, and the base package's. */
  static Set<String> qualifierRoots(String basePackage) {
    Set<String> roots = new HashSet<>(QUALIFIER_ROOTS);
    int dot = basePackage.indexOf('.');
    roots.add(dot < 0 ? basePackage : basePackage.substring(0, dot));
    return Set.copyOf(roots);
  }
}
