package io.github.graphdocs.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random edits of a page's bytes, repeatable from a seed: delete, duplicate, swap or replace lines,
 * truncate, cut a range, and inject characters that Markdown, tables, comments, JSON and Java treat
 * specially, including NUL, bytes that are not UTF-8, line separators, bidirectional controls and
 * lone surrogates. Hostile edits aim at the Java side: resource blocks whose names clash with
 * packages, java.lang or java.util types, keywords or package roots ({@code _x} beside namespace
 * {@code _x}, {@code arrays} with a field {@code java}), case variants of the page's own type as its
 * base, empty and overlong names, JSON blocks of thousands of keys and chains of hundreds of bases.
 */
final class PageMutator {
  private static final List<byte[]> INJECTIONS = new ArrayList<>();

  static {
    for (String s : List.of("|", "||", "\\|", "`", "```", "```json\n", "<!--", "-->", "<!-- {", "{", "}", "[", "]", "](",
        "\"", "'", "\\", "\\u", "\\u000a", "*/", "/*", "$", "$L", "@", "@odata.type", "#", "\n# ", "\n---\n", "\n", "\r",
        "..", "../", "/", ":", ",", "<", ">", "<br>", "&nbsp;", "\u00A0", "\u200B", "\uFEFF", "é", "\uD83D\uDE00",
        "Collection(", ")", "String", "Int32", "class", "null", "true", "microsoft.graph.", "Inherits from ", " | a | b |",
        "\u2028", "\u2029", "\u0085", "\u202E", "\u202A", "\u2066", "\u2069", "\u200E", "\u061C", "\\ud800", "\\udc00",
        "|java|Binary|d|\n", "|com|String|d|\n", "|_|String|d|\n", "\"java\": \"String\",\n", "\"_\": 1,\n")) {
      INJECTIONS.add(s.getBytes(StandardCharsets.UTF_8));
    }
    INJECTIONS.add(new byte[] {0});
    INJECTIONS.add(new byte[] {(byte) 0xC3, 0x28}); // malformed two-byte sequence
    INJECTIONS.add(new byte[] {(byte) 0xFF});
    INJECTIONS.add(new byte[] {(byte) 0x80});
    INJECTIONS.add(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded lone surrogate
    INJECTIONS.add(new byte[] {(byte) 0xE2, (byte) 0x82}); // a truncated sequence
  }

  /** Type names that clash with Java: keywords, JavaPoet's refusals, java.lang, java.util and Jackson names, package roots. */
  private static final List<String> HOSTILE_NAMES = List.of("_x", "_", "__", "java", "com", "io", "arrays", "objects", "list",
      "string", "iterable", "thread", "jsonNode", "oDataTypeIdResolver", "class", "var", "record", "X", "x_", "Entity", "ENTITY");
  private static final int HOSTILE_EDITS = 6;

  private final Random random;
  private final List<String> applied = new ArrayList<>();

  PageMutator(Random random) {
    this.random = random;
  }

  /** What the last {@link #mutate} did, for the failure message. */
  List<String> applied() {
    return applied;
  }

  byte[] mutate(byte[] page) {
    applied.clear();
    byte[] result = page;
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      result = edit(result);
    }
    return result;
  }

  private byte[] edit(byte[] page) {
    List<byte[]> lines = lines(page);
    int op = random.nextInt(10 + HOSTILE_EDITS);
    if (lines.isEmpty() || page.length == 0) {
      op = 9;
    }
    if (op >= 10) {
      return hostile(op - 10, page);
    }
    switch (op) {
      case 0 -> {
        int i = random.nextInt(lines.size());
        lines.remove(i);
        applied.add("delete line " + (i + 1));
      }
      case 1 -> {
        int i = random.nextInt(lines.size());
        lines.add(i, lines.get(i));
        applied.add("duplicate line " + (i + 1));
      }
      case 2 -> {
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        byte[] t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
        applied.add("swap lines " + (i + 1) + " and " + (j + 1));
      }
      case 3 -> {
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        lines.set(i, lines.get(j));
        applied.add("replace line " + (i + 1) + " by line " + (j + 1));
      }
      case 4 -> {
        int at = random.nextInt(page.length + 1);
        applied.add("truncate at byte " + at);
        return java.util.Arrays.copyOf(page, at);
      }
      case 5 -> {
        int from = random.nextInt(page.length + 1);
        int to = Math.min(page.length, from + random.nextInt(200));
        applied.add("cut bytes " + from + ".." + to);
        return concat(java.util.Arrays.copyOf(page, from), java.util.Arrays.copyOfRange(page, to, page.length));
      }
      default -> {
        int at = random.nextInt(page.length + 1);
        byte[] what = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
        int times = 1 + (random.nextInt(8) == 0 ? random.nextInt(50) : 0);
        applied.add("inject " + describe(what) + (times > 1 ? " x" + times : "") + " at byte " + at);
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length + what.length * times);
        out.write(page, 0, at);
        for (int k = 0; k < times; k++) {
          out.write(what, 0, what.length);
        }
        out.write(page, at, page.length - at);
        return out.toByteArray();
      }
    }
    return join(lines);
  }

  /** An edit that aims at the Java side of the pipeline; appended or inserted as text so that the rest of the page stays. */
  private byte[] hostile(int kind, byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    String ns = namespaceOf(text);
    String self = ownType(text);
    String name = HOSTILE_NAMES.get(random.nextInt(HOSTILE_NAMES.size()));
    switch (kind) {
      case 0 -> {
        // a class and a package of one name, in this page's namespace
        applied.add("add type " + name + " and namespace " + ns + "." + name);
        return append(text, resource(ns + "." + name, null, "a") + resource(ns + "." + name + ".inner", ns + "." + name, "b"));
      }
      case 1 -> {
        // the page's own type as its base, in another letter case
        String variant = random.nextBoolean() ? self.toUpperCase(java.util.Locale.ROOT) : swapFirstCase(self);
        applied.add("add base " + variant + " to " + self);
        return append(text, resource(self, variant, "c"));
      }
      case 2 -> {
        String empty = List.of(ns + ".", ".", "#", "", ns + "..x", " ").get(random.nextInt(6));
        applied.add("add type named '" + empty + "'");
        return append(text, resource(empty, random.nextBoolean() ? empty : null, "d"));
      }
      case 3 -> {
        // at most 1,500: past some 2,000 properties a class needs split methods (the JVM's 64 KB per method), which
        // is the emitters' concern (issue 8, item 7); the analysis side is tested with 40,000 keys in BoundedAnalysisTest
        int keys = 1 + random.nextInt(random.nextInt(8) == 0 ? 1_500 : 200);
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < keys; i++) {
          json.append("  \"k").append(i).append(random.nextInt(20) == 0 ? "\u202E" : "").append("\": \"String\",\n");
        }
        int brace = text.indexOf("```json\n{");
        applied.add("add " + keys + " keys to the first JSON block");
        if (brace < 0) {
          return append(text, "```json\n{\n" + json + "  \"end\": 1\n}\n```\n");
        }
        return (text.substring(0, brace + 9) + "\n" + json + text.substring(brace + 9)).getBytes(StandardCharsets.UTF_8);
      }
      case 4 -> {
        int depth = 2 + random.nextInt(random.nextInt(8) == 0 ? 600 : 40);
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < depth; i++) {
          chain.append(resource(ns + ".chain" + i, i == 0 ? (self.isEmpty() ? null : self) : ns + ".chain" + (i - 1), "p" + i));
        }
        applied.add("add a chain of " + depth + " bases");
        return append(text, chain.toString());
      }
      default -> {
        String longName = name + "n".repeat(200 + random.nextInt(400));
        applied.add("add type and namespace segment of " + longName.length() + " characters");
        return append(text, resource(ns + "." + longName, null, "e") + resource(ns + "." + longName + ".s" + longName, null, "f"));
      }
    }
  }

  private static byte[] append(String text, String more) {
    return (text + "\n" + more).getBytes(StandardCharsets.UTF_8);
  }

  /** A resource annotation and its JSON block, as pages write them. */
  private static String resource(String type, String base, String property) {
    return "<!-- {\n  \"blockType\": \"resource\",\n" + (base == null ? "" : "  \"baseType\": \"" + base + "\",\n")
        + "  \"@odata.type\": \"" + type + "\"\n}\n-->\n```json\n{\n  \"" + property + "\": \"String\",\n  \"java\": \"Binary\"\n}\n```\n\n";
  }

  private static String namespaceOf(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Namespace:\\s*([A-Za-z0-9_.]+)").matcher(text);
    return m.find() ? m.group(1) : "microsoft.graph";
  }

  private static String ownType(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"@odata.type\":\\s*\"#?([^\"]+)\"").matcher(text);
    return m.find() ? m.group(1) : "";
  }

  private static String swapFirstCase(String name) {
    int dot = name.lastIndexOf('.') + 1;
    if (dot >= name.length()) {
      return name;
    }
    char c = name.charAt(dot);
    char swapped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return name.substring(0, dot) + swapped + name.substring(dot + 1);
  }

  private static String describe(byte[] b) {
    StringBuilder sb = new StringBuilder("'");
    for (byte x : b) {
      int c = x & 0xff;
      sb.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02X", c));
    }
    return sb.append("'").toString();
  }

  private static List<byte[]> lines(byte[] page) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < page.length; i++) {
      if (page[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(page, start, i));
        start = i + 1;
      }
    }
    if (start < page.length) {
      lines.add(java.util.Arrays.copyOfRange(page, start, page.length));
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      out.write(l, 0, l.length);
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
