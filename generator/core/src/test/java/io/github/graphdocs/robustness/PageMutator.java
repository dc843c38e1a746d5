package io.github.graphdocs.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random edits of a page's bytes, repeatable from a seed: delete, duplicate, swap or replace lines,
 * truncate, cut a range, and inject characters that Markdown, tables, comments, JSON and Java treat
 * specially, including NUL and bytes that are not UTF-8.
 */
final class PageMutator {
  private static final List<byte[]> INJECTIONS = new ArrayList<>();

  static {
    for (String s : List.of("|", "||", "\\|", "`", "```", "```json\n", "<!--", "-->", "<!-- {", "{", "}", "[", "]", "](",
        "\"", "'", "\\", "\\u", "\\u000a", "*/", "/*", "$", "$L", "@", "@odata.type", "#", "\n# ", "\n---\n", "\n", "\r",
        "..", "../", "/", ":", ",", "<", ">", "<br>", "&nbsp;", "\u00A0", "\u200B", "\uFEFF", "é", "\uD83D\uDE00",
        "Collection(", ")", "String", "Int32", "class", "null", "true", "microsoft.graph.", "Inherits from ", " | a | b |")) {
      INJECTIONS.add(s.getBytes(StandardCharsets.UTF_8));
    }
    INJECTIONS.add(new byte[] {0});
    INJECTIONS.add(new byte[] {(byte) 0xC3, 0x28}); // malformed two-byte sequence
    INJECTIONS.add(new byte[] {(byte) 0xFF});
    INJECTIONS.add(new byte[] {(byte) 0x80});
    INJECTIONS.add(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded lone surrogate
    INJECTIONS.add(new byte[] {(byte) 0xE2, (byte) 0x82}); // a truncated sequence
  }

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
    int op = random.nextInt(10);
    if (lines.isEmpty() || page.length == 0) {
      op = 9;
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
