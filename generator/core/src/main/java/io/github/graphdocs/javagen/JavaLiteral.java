package io.github.graphdocs.javagen;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * Doc text as a Java string literal. JavaPoet's {@code $S} escapes quotes, backslashes and ISO
 * control characters, but writes U+2028/U+2029, the bidirectional controls of "Trojan Source"
 * (CVE-2021-42574) and other invisible format characters as they are, and writes a lone surrogate
 * that no UTF-8 source file can hold. Here each of those is a Unicode escape: javac reads the same
 * value, and the source shows what the value holds. Line breaks use {@code \n} and {@code \r}
 * (a Unicode escape of either would end the literal before javac reads it), other C0 controls octal
 * escapes; everything else is written as it is.
 */
final class JavaLiteral {
  private JavaLiteral() {}

  /** The literal as a code block, for a {@code $L} argument where JavaPoet would take {@code $S}. */
  static CodeBlock string(String value) {
    return CodeBlock.of("$L", quoted(value));
  }

  /** The literal's source text, quotes included. */
  static String quoted(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else if (isInvisible(c) || Character.isSurrogate(c) && !isPaired(value, i)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Code points that change how source text looks without being seen: DEL and the C1 controls (U+0085
   * among them), the soft hyphen, the Arabic letter mark, the Mongolian vowel separator, zero-width
   * spaces and joiners, the directional marks, embeddings, overrides and isolates, line and paragraph
   * separators, word joiner and invisible operators, the byte order mark and the interlinear
   * annotation controls. A fixed list, so that the output does not depend on the JDK's Unicode version.
   */
  static boolean isInvisible(char c) {
    return c >= 0x7f && c <= 0x9f || c == 0xad || c == 0x61c || c == 0x180e || c >= 0x200b && c <= 0x200f
        || c >= 0x2028 && c <= 0x202e || c >= 0x2060 && c <= 0x206f || c == 0xfeff || c >= 0xfff9 && c <= 0xfffb;
  }

  /** Whether the surrogate at {@code i} is half of a well-formed pair. */
  static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
