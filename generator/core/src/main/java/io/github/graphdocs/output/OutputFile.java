package io.github.graphdocs.output;

import java.nio.charset.StandardCharsets;

/**
 * One file of an output tree: its path relative to the output folder ({@code '/'}-separated, no
 * {@code .} or {@code ..} segments, no control characters) and its text, written as UTF-8.
 */
public record OutputFile(String relativePath, String text) {
  public OutputFile {
    if (!isSafeRelativePath(relativePath)) {
      throw new IllegalArgumentException("not a safe relative path: " + relativePath);
    }
    if (relativePath.equals(OutputMarker.FILE_NAME)) {
      throw new IllegalArgumentException("the marker file name is reserved: " + relativePath);
    }
  }

  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether {@code path} can only name a file inside the folder it is resolved against: relative,
   * {@code '/'}-separated, without empty, {@code .} or {@code ..} segments, backslashes, colons or
   * control characters.
   */
  static boolean isSafeRelativePath(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\\' || c == ':' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
