package io.github.graphdocs.runtime.http;

import io.github.graphdocs.runtime.ODataEnum;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The encoding of request paths and query strings: what puts keys and function arguments into a path
 * (generated request methods reach it through the templates of {@link ODataRequests}). Everything outside the characters RFC 3986 allows in a path
 * segment (or a query value) is percent-encoded as UTF-8, so a key can never add a segment
 * ({@code /} is {@code %2F}), a query option or a fragment.
 */
public final class ODataPaths {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ODataPaths() {}

  /**
   * A key or any other value as one path segment: {@code a/b c} is {@code a%2Fb%20c}.
   *
   * @param value the raw value
   * @return the encoded segment
   */
  public static String segment(String value) {
    return encode(java.util.Objects.requireNonNull(value, "a key or path value is null"), "!$&'()*+,;=:@");
  }

  /**
   * An item path such as {@code Documents/report 1.docx}: each {@code /}-separated part encoded like a
   * {@link #segment}, the slashes kept; {@code .} and {@code ..} parts are refused.
   *
   * @param path the item path, without leading or trailing {@code /}
   * @return the encoded path
   */
  public static String itemPath(String path) {
    java.util.Objects.requireNonNull(path, "an item path is null");
    StringBuilder sb = new StringBuilder();
    for (String part : path.split("/", -1)) {
      if (part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("an item path has no '.' or '..' part");
      }
      if (sb.length() > 0 || !part.isEmpty()) {
        if (sb.length() > 0) {
          sb.append('/');
        }
        sb.append(segment(part));
      }
    }
    return sb.toString();
  }

  /**
   * A function argument as an OData literal in a path: a string or enum member in single quotes
   * (quotes doubled), numbers and Booleans as written, dates, times, date-times and GUIDs in ISO form
   * without quotes, null as {@code null}; encoded like a {@link #segment}.
   *
   * @param value the argument
   * @return the encoded literal
   */
  public static String literal(@Nullable Object value) {
    String text;
    if (value == null) {
      text = "null";
    } else if (value instanceof Number || value instanceof Boolean) {
      text = value.toString();
    } else if (value instanceof OffsetDateTime t) {
      text = t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } else if (value instanceof LocalDate || value instanceof LocalTime || value instanceof UUID) {
      text = value.toString();
    } else if (value instanceof ODataEnum<?> e) {
      text = "'" + e.value().replace("'", "''") + "'";
    } else {
      text = "'" + value.toString().replace("'", "''") + "'";
    }
    return segment(text);
  }

  /**
   * A query option's name or value: {@code &}, {@code =}, {@code +}, {@code #} and spaces are encoded.
   *
   * @param value the raw text
   * @return the encoded text
   */
  public static String queryValue(String value) {
    return encode(value, "!$'()*,;:@/?");
  }

  private static String encode(String value, String alsoAllowed) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~';
      if (unreserved || c < 0x80 && alsoAllowed.indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return sb.toString();
  }
}
