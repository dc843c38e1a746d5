package io.github.graphdocs.pipeline;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.DiagnosticReport;
import io.github.graphdocs.diagnostics.FileErrorText;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.MarkdownPageReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the Markdown pages of a docs folder ({@link DocsFolderWalker}) and reads them (in parallel)
 * into {@link DocPage}s. Every file problem becomes a located diagnostic; one bad page never stops the
 * others: an unreadable page or subfolder costs only itself, and a page that exhausts the JVM's memory
 * or stack (OutOfMemoryError, StackOverflowError) is a located GD113. A folder with no page that could
 * be read is an error (GD106), so that a mistyped path never replaces a previous output. A
 * {@link PageFilter} picks the pages to read (an include matching no page is GD120, a filter leaving no
 * page GD121), and each page read is counted to a {@link ProgressListener}.
 */
public final class DocsReader {
  /** Pages larger than this are cut at a line end: bounded time and memory on hostile input. */
  public static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

  /** Turns one page's text into a {@link DocPage}; {@link MarkdownPageReader} outside of tests. */
  @FunctionalInterface
  interface PageParser {
    DocPage parse(String relativePath, String text);
  }

  private final DiagnosticCollector diagnostics;
  private final PageParser parser;
  private final PageFilter filter;
  private final ProgressListener progress;

  public DocsReader(DiagnosticCollector diagnostics) {
    this(diagnostics, PageFilter.ALL, ProgressListener.NONE);
  }

  /** Reads the pages {@code filter} accepts, counting them to {@code progress}. */
  public DocsReader(DiagnosticCollector diagnostics, PageFilter filter, ProgressListener progress) {
    this(diagnostics, new MarkdownPageReader(diagnostics)::read, filter, progress);
  }

  DocsReader(DiagnosticCollector diagnostics, PageParser parser) {
    this(diagnostics, parser, PageFilter.ALL, ProgressListener.NONE);
  }

  private DocsReader(DiagnosticCollector diagnostics, PageParser parser, PageFilter filter, ProgressListener progress) {
    this.diagnostics = diagnostics;
    this.parser = parser;
    this.filter = filter;
    this.progress = progress;
  }

  public List<DocPage> read(Path docsFolder) {
    String shown = docsFolder.toString();
    if (!Files.isDirectory(docsFolder)) {
      diagnostics.report(DiagnosticCode.DOCS_FOLDER_MISSING, SourceLocation.ofFile(shown),
          Files.exists(docsFolder) ? "docs folder is not a folder" : "docs folder does not exist");
      return List.of();
    }
    Path root;
    try {
      root = docsFolder.toRealPath();
    } catch (IOException | RuntimeException e) {
      diagnostics.report(DiagnosticCode.FILE_UNREADABLE, SourceLocation.ofFile(shown), "cannot resolve the docs folder: " + FileErrorText.of(e));
      return List.of();
    }
    List<Path> found = new DocsFolderWalker(root, shown, diagnostics).pages();
    List<Path> files = selected(root, shown, found);
    if (files == null) {
      return List.of();
    }
    AtomicInteger read = new AtomicInteger();
    progress.progress(ProgressListener.Step.READING_PAGES, 0, files.size());
    List<DocPage> pages = files.parallelStream()
        .map(f -> {
          DocPage page = readOne(root, f);
          progress.progress(ProgressListener.Step.READING_PAGES, read.incrementAndGet(), files.size());
          return page;
        })
        .filter(Objects::nonNull)
        .toList();
    if (pages.isEmpty()) {
      diagnostics.report(DiagnosticCode.NO_PAGES, SourceLocation.ofFile(shown), files.isEmpty()
          ? "the docs folder holds no .md page (is the path right?); nothing is generated and a previous output stays"
          : "none of the docs folder's " + DiagnosticReport.counted(files.size(), ".md file") + " could be read as a page; nothing is generated "
              + "and a previous output stays");
    }
    return pages;
  }

  /** The pages the filter accepts, with GD120 for an include matching none; null (and GD121) when it accepts none. */
  private List<Path> selected(Path root, String shown, List<Path> found) {
    if (filter.all()) {
      return found;
    }
    List<String> paths = found.stream().map(f -> relative(root, f)).toList();
    for (String include : filter.unmatchedIncludes(paths)) {
      diagnostics.report(DiagnosticCode.INCLUDE_MATCHES_NOTHING, SourceLocation.ofFile(shown),
          "the include pattern '" + include + "' matches no page of the docs folder");
    }
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (filter.accepts(paths.get(i))) {
        files.add(found.get(i));
      }
    }
    if (files.isEmpty() && !found.isEmpty()) {
      diagnostics.report(DiagnosticCode.NO_PAGE_SELECTED, SourceLocation.ofFile(shown), "none of the docs folder's "
          + DiagnosticReport.counted(found.size(), ".md page") + " is selected by " + filter
          + "; nothing is generated and a previous output stays");
      return null;
    }
    return files;
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private DocPage readOne(Path root, Path file) {
    String rel = relative(root, file);
    try {
      return readAndParse(file, rel);
    } catch (OutOfMemoryError e) {
      diagnostics.report(DiagnosticCode.PAGE_EXHAUSTED_JVM, SourceLocation.ofFile(rel),
          "reading the page ran out of memory (OutOfMemoryError); it is skipped: give the JVM more heap (-Xmx) "
              + "or split the page");
    } catch (StackOverflowError e) {
      diagnostics.report(DiagnosticCode.PAGE_EXHAUSTED_JVM, SourceLocation.ofFile(rel),
          "the page is nested too deeply for the thread stack (StackOverflowError); it is skipped: "
              + "give the JVM a larger stack (-Xss) or flatten the page");
    } catch (RuntimeException | Error e) {
      diagnostics.report(DiagnosticCode.INTERNAL_ERROR, SourceLocation.ofFile(rel),
          "the page could not be read (" + e.getClass().getSimpleName() + "); it is skipped");
    }
    return null;
  }

  private DocPage readAndParse(Path file, String rel) {
    byte[] bytes;
    try {
      bytes = readPage(file);
    } catch (IOException e) {
      diagnostics.report(DiagnosticCode.FILE_UNREADABLE, SourceLocation.ofFile(rel), "cannot read the page: " + FileErrorText.of(e));
      return null;
    }
    if (bytes.length > MAX_PAGE_BYTES) {
      int cut = MAX_PAGE_BYTES;
      while (cut > 0 && bytes[cut - 1] != '\n') {
        cut--;
      }
      bytes = Arrays.copyOf(bytes, cut);
      diagnostics.report(DiagnosticCode.FILE_TOO_LARGE, SourceLocation.ofFile(rel),
          "page has more than " + MAX_PAGE_BYTES + " bytes; only the first " + cut + " are read");
    }
    if (bytes.length == 0 || isBlank(bytes)) {
      diagnostics.report(DiagnosticCode.EMPTY_FILE, SourceLocation.ofFile(rel), "page is empty");
      return null;
    }
    if (isBinary(bytes)) {
      diagnostics.report(DiagnosticCode.BINARY_FILE, SourceLocation.ofFile(rel), "page holds binary data (NUL bytes); it is skipped");
      return null;
    }
    return parser.parse(rel, decode(rel, bytes));
  }

  /** At most {@link #MAX_PAGE_BYTES} + 1 bytes of the page, sized by what the open file says it holds. */
  private static byte[] readPage(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return readCapped(Channels.newInputStream(channel), MAX_PAGE_BYTES, channel.size());
    }
  }

  /**
   * At most {@code cap + 1} bytes of {@code in} (one more than the cap says the page is larger). The
   * size the file system reports only sizes the first buffer, so that a page is read into one array of
   * its own size: it is never trusted, since a procfs file says 0 and may never end, and a file may grow
   * while it is read. Closes {@code in}.
   */
  static byte[] readCapped(InputStream in, int cap, long sizeHint) throws IOException {
    try (in) {
      if (sizeHint <= 0 || sizeHint > cap) {
        return in.readNBytes(cap + 1);
      }
      byte[] first = new byte[(int) sizeHint];
      int n = in.readNBytes(first, 0, first.length);
      if (n < first.length) {
        return Arrays.copyOf(first, n); // shorter than it said
      }
      int next = in.read();
      if (next < 0) {
        return first; // the usual case: exactly the size it said
      }
      byte[] rest = in.readNBytes(cap - first.length); // longer than it said: up to cap + 1 in all
      byte[] all = Arrays.copyOf(first, first.length + 1 + rest.length);
      all[first.length] = (byte) next;
      System.arraycopy(rest, 0, all, first.length + 1, rest.length);
      return all;
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
    // the JDK's own UTF-8 decoding is much faster than a CharsetDecoder's; it replaces malformed input
    // with U+FFFD, so a text without U+FFFD was valid, and one with it is decoded again, strictly
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
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
