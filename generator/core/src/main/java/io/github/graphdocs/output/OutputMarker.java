package io.github.graphdocs.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The file {@value #FILE_NAME} that marks a folder as graphdocs' output: it names graphdocs, the
 * options of the run and every file the run wrote. graphdocs replaces a folder only while it holds
 * this file and nothing but the files it lists. The text is deterministic (sorted, no time stamps).
 *
 * <pre>
 * # graphdocs output folder
 * # ...what the folder is and when graphdocs replaces it...
 * generator: graphdocs
 * option: package=io.github.graphdocs.model
 * file: io/github/graphdocs/model/User.java
 * </pre>
 */
public record OutputMarker(List<String> options, List<String> files) {
  public static final String FILE_NAME = ".graphdocs-output";
  static final String FIRST_LINE = "# graphdocs output folder";
  private static final String GENERATOR_LINE = "generator: graphdocs";
  /** A marker is read only up to this size: a huge file of that name is not a marker. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  public OutputMarker {
    options = List.copyOf(options);
    files = List.copyOf(new TreeSet<>(files));
  }

  public String text() {
    StringBuilder sb = new StringBuilder(FIRST_LINE).append('\n')
        .append("# Written by 'graphdocs generate', which replaces this folder as a whole on every run, and only\n")
        .append("# while it holds nothing but this file and the files listed below. Do not keep your own files here.\n")
        .append(GENERATOR_LINE).append('\n');
    for (String o : options) {
      sb.append("option: ").append(o.replace('\n', ' ').replace('\r', ' ')).append('\n');
    }
    for (String f : files) {
      sb.append("file: ").append(f).append('\n');
    }
    return sb.toString();
  }

  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** The marker written in {@code text}, or empty when the text is not a graphdocs marker. */
  public static Optional<OutputMarker> parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || !lines[0].equals(FIRST_LINE)) {
      return Optional.empty();
    }
    boolean generator = false;
    List<String> options = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String line : lines) {
      if (line.equals(GENERATOR_LINE)) {
        generator = true;
      } else if (line.startsWith("option: ")) {
        options.add(line.substring("option: ".length()));
      } else if (line.startsWith("file: ")) {
        String file = line.substring("file: ".length());
        if (!OutputFile.isSafeRelativePath(file)) {
          return Optional.empty();
        }
        files.add(file);
      }
    }
    return generator ? Optional.of(new OutputMarker(options, files)) : Optional.empty();
  }
}
