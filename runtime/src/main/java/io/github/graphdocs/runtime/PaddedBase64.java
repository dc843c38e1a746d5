package io.github.graphdocs.runtime;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the common form of an Edm.Binary value, standard base64 in whole padded four-character
 * units and nothing else, in one pass into an array of the exact length. It gives the bytes Jackson's
 * default variant (MIME without line feeds, padding required) gives for the same text, unused low bits
 * of the last unit dropped as Jackson drops them; any other text (white space, escapes aside, which the
 * parser has already resolved; URL-safe letters; a missing, misplaced or extra {@code =}; no text at
 * all) gives null, for Jackson to decode or reject as before. Jackson's own decoder appends three
 * bytes at a time to a growing buffer and copies it once more at the end.
 */
final class PaddedBase64 {
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
  }

  private PaddedBase64() {}

  /**
   * The bytes of {@code text[offset, offset + length)}, or null when it is not in the padded form.
   *
   * @param text the characters
   * @param offset where the value starts
   * @param length how many characters it has
   * @return the decoded bytes, or null
   */
  static byte @Nullable [] decode(char[] text, int offset, int length) {
    if (length == 0 || (length & 3) != 0) {
      return null;
    }
    int end = offset + length;
    int padding = text[end - 1] != '=' ? 0 : text[end - 2] != '=' ? 1 : 2;
    byte[] out = new byte[length / 4 * 3 - padding];
    int last = end - 4; // the last unit, which may hold padding
    int o = 0;
    int i = offset;
    for (; i < last; i += 4) {
      int unit = unit(text, i);
      if (unit < 0) {
        return null;
      }
      out[o++] = (byte) (unit >> 16);
      out[o++] = (byte) (unit >> 8);
      out[o++] = (byte) unit;
    }
    int a = value(text[i]);
    int b = value(text[i + 1]);
    if ((a | b) < 0) {
      return null;
    }
    if (padding == 2) {
      out[o] = (byte) ((a << 2) | (b >> 4));
      return out;
    }
    int c = value(text[i + 2]);
    if (c < 0) {
      return null;
    }
    if (padding == 1) {
      out[o++] = (byte) ((a << 2) | (b >> 4));
      out[o] = (byte) ((b << 4) | (c >> 2));
      return out;
    }
    int d = value(text[i + 3]);
    if (d < 0) {
      return null;
    }
    int unit = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = (byte) (unit >> 16);
    out[o++] = (byte) (unit >> 8);
    out[o] = (byte) unit;
    return out;
  }

  /** The 24 bits of four alphabet characters at {@code i}, or a negative number when one is not. */
  private static int unit(char[] text, int i) {
    int a = value(text[i]);
    int b = value(text[i + 1]);
    int c = value(text[i + 2]);
    int d = value(text[i + 3]);
    return (a | b | c | d) < 0 ? -1 : (a << 18) | (b << 12) | (c << 6) | d;
  }

  private static int value(char ch) {
    return ch < 128 ? VALUES[ch] : -1;
  }
}
