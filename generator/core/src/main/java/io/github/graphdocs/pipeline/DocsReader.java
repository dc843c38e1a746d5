package io.github.graphdocs.pipeline;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.MarkdownPageReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Finds the Markdown pages of a docs folder and reads them (in parallel) into {@link DocPage}s. Every
 * file problem becomes a located diagnostic; one bad page never stops the others.
 */
public final class DocsReader {
  /** Pages larger than this are cut at a line end: bounded time and memory on hostile input. */
  public static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

  private final DiagnosticCollector diagnostics;

  public DocsReader(DiagnosticCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  public List<DocPage> read(Path docsFolder) {
    String shown = docsFolder.toString();
    if (!Files.isDirectory(docsFolder)) {
      diagnostics.report(DiagnosticCode.DOCS_FOLDER_MISSING, SourceLocation.ofFile(shown),
          Files.exists(docsFolder) ? "docs folder is not a folder" : "docs folder does not exist");
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(docsFolder)) {
      walk.filter(p -> p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .filter(Files::isRegularFile)
          .forEach(files::add);
    } catch (IOException | RuntimeException e) {
      diagnostics.report(DiagnosticCode.FILE_UNREADABLE, SourceLocation.ofFile(shown), "cannot list the docs folder: " + e.getMessage());
      return List.of();
    }
    files.sort(null); // paths under one root sort as their relative paths do
    if (files.isEmpty()) {
      diagnostics.report(DiagnosticCode.NO_PAGES, SourceLocation.ofFile(shown), "no .md pages found");
    }
    MarkdownPageReader reader = new MarkdownPageReader(diagnostics);
    return files.parallelStream()
        .map(f -> readOne(docsFolder, f, reader))
        .filter(Objects::nonNull)
        .toList();
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private DocPage readOne(Path root, Path file, MarkdownPageReader reader) {
    String rel = relative(root, file);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_PAGE_BYTES) {
        try (var in = Files.newInputStream(file)) {
          bytes = in.readNBytes(MAX_PAGE_BYTES);
        }
        int cut = bytes.length;
        while (cut > 0 && bytes[cut - 1] != '\n') {
          cut--;
        }
        bytes = java.util.Arrays.copyOf(bytes, cut);
        diagnostics.report(DiagnosticCode.FILE_TOO_LARGE, SourceLocation.ofFile(rel),
            "page has " + size + " bytes; only the first " + cut + " are read");
      } else {
        bytes = Files.readAllBytes(file);
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.report(DiagnosticCode.FILE_UNREADABLE, SourceLocation.ofFile(rel), "cannot read the page: " + e.getMessage());
      return null;
    }
    if (bytes.length == 0 || isBlank(bytes)) {
      diagnostics.report(DiagnosticCode.EMPTY_FILE, SourceLocation.ofFile(rel), "page is empty");
      return null;
    }
    if (isBinary(bytes)) {
      diagnostics.report(DiagnosticCode.BINARY_FILE, SourceLocation.ofFile(rel), "page holds binary data (NUL bytes); it is skipped");
      return null;
    }
    String text = decode(rel, bytes);
    try {
      return reader.read(rel, text);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.report(DiagnosticCode.INTERNAL_ERROR, SourceLocation.ofFile(rel),
          "the page could not be read (" + e.getClass().getSimpleName() + "); it is skipped");
      return null;
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean isBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private String decode(String rel, byte[] bytes) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return strict.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(bytes);
      int line = 1;
      int col = 1;
      for (int i = 0; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
          col = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          col++;
        }
      }
      diagnostics.report(DiagnosticCode.NOT_UTF8, new SourceLocation(rel, line, col),
          "page is not valid UTF-8 (byte offset " + bad + "); bad bytes were replaced by U+FFFD");
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = d.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
