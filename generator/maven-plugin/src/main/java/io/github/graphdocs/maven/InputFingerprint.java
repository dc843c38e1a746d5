package io.github.graphdocs.maven;

import io.github.graphdocs.pipeline.GeneratorRun;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * What one generation depends on, cheaply first: the <em>listing</em> (path, size and modification
 * time of every {@code .md} page of the docs folder, found without following links, as the reader
 * finds them) with the <em>settings</em> (the options: package, strict, includes and excludes; the
 * generator itself: its jar's path, size and time). A build whose listing equals the last successful
 * generation's is up to date without reading a page. When the listing differs, the pages' contents are
 * digested: equal contents (pages touched, or copied with new times) are up to date too, and the stamp
 * takes the new listing so that the next build is cheap again.
 *
 * <p>The one change this misses: an edit that keeps both a page's size and its modification time
 * (a tool that restores times, or two same-size edits within the file system's time resolution).
 * {@code force} regenerates regardless.
 */
final class InputFingerprint {
  /** The first line of a stamp; another version is no stamp. */
  static final String VERSION = "graphdocs-fingerprint 4";

  /** What the last successful generation's inputs were: digests of the listing and of the contents. */
  record Stamp(String listing, String content) {
    String text() {
      return VERSION + "\nlisting " + listing + "\ncontent " + content + "\n";
    }

    /** The stamp a file's text holds; null for anything else (an older format, a damaged file). */
    static Stamp parse(String text) {
      List<String> lines = text.lines().toList();
      if (lines.size() != 3 || !lines.get(0).equals(VERSION) || !lines.get(1).startsWith("listing ")
          || !lines.get(2).startsWith("content ")) {
        return null;
      }
      return new Stamp(lines.get(1).substring("listing ".length()), lines.get(2).substring("content ".length()));
    }
  }

  /** How the current inputs compare with a stamp. */
  enum Comparison {
    /** Same settings, same listing: nothing was read. */
    SAME_LISTING,
    /** The listing differs but the contents do not (times changed only). */
    SAME_CONTENT,
    CHANGED
  }

  private record Page(String path, Path file, long size, long modifiedNanos) {}

  private final String settings;
  private final List<Page> pages;
  private final List<String> unreadable;
  private final String listing;
  private String content;
  /** A folder with this many entries has them looked at in parallel. */
  private static final int PARALLEL_FOLDER = 256;

  private InputFingerprint(String settings, List<Page> pages, List<String> unreadable) {
    this.settings = settings;
    this.pages = pages;
    this.unreadable = unreadable;
    this.listing = listingDigest();
  }

  /** Lists the docs folder's pages (reading no page) under the given options. */
  static InputFingerprint list(Path docs, String packageName, boolean strict, String pageOptions) throws IOException {
    String settings = VERSION + "\n" + generatorIdentity() + "\n" + packageName + "\n" + strict + "\n" + pageOptions + "\n";
    List<String> unreadable = Collections.synchronizedList(new ArrayList<>());
    List<Page> pages = listFolder(docs, "", unreadable);
    List<String> sortedUnreadable = new ArrayList<>(unreadable);
    sortedUnreadable.sort(null);
    return new InputFingerprint(settings, pages, sortedUnreadable);
  }

  /**
   * The pages under {@code folder}, folder by folder in name order; entries that cannot be read go to
   * {@code unreadable}. This runs on every build, in a cold JVM: it builds each relative path from its
   * folder's prefix rather than relativizing paths, and looks at a large folder's entries on two threads.
   */
  private static List<Page> listFolder(Path folder, String prefix, List<String> unreadable) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        entries.add(entry);
      }
    } catch (IOException | RuntimeException e) {
      if (!prefix.isEmpty()) {
        unreadable.add(prefix); // skipped by the reader too; listed so that a change shows
      }
      return List.of();
    }
    entries.sort(null);
    IntStream indexes = IntStream.range(0, entries.size());
    if (entries.size() >= PARALLEL_FOLDER) {
      indexes = indexes.parallel();
    }
    // a page, a folder's pages, or nothing, per entry, in entry order
    return indexes.mapToObj(i -> listEntry(entries.get(i), prefix, unreadable))
        .flatMap(List::stream).toList();
  }

  private static List<Page> listEntry(Path entry, String prefix, List<String> unreadable) {
    String name = entry.getFileName().toString();
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | RuntimeException e) {
      unreadable.add(prefix + name);
      return List.of();
    }
    // links are not followed (nor read by the reader); only regular .md files are pages
    if (attrs.isDirectory()) {
      return listFolder(entry, prefix + name + "/", unreadable);
    }
    if (attrs.isRegularFile() && isPage(name)) {
      return List.of(new Page(prefix + name, entry, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
    }
    return List.of();
  }

  /** The digest of the settings and the listing. */
  String listing() {
    return listing;
  }

  /** The digest of the settings and every page's path and bytes; read once, on first use. */
  String content() throws IOException {
    if (content == null) {
      MessageDigest sha = sha256();
      text(sha, settings);
      byte[] buffer = new byte[64 * 1024];
      for (Page p : pages) {
        text(sha, p.path + "\0");
        try (InputStream in = Files.newInputStream(p.file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
          }
        }
        text(sha, "\0");
      }
      for (String u : unreadable) {
        text(sha, "unreadable " + u + "\0");
      }
      content = HexFormat.of().formatHex(sha.digest());
    }
    return content;
  }

  /** The stamp to keep after a successful generation from these inputs. */
  Stamp stamp() throws IOException {
    return new Stamp(listing, content());
  }

  /** Compares with the last successful generation's stamp, reading the pages only when the listing differs. */
  Comparison compareWith(Stamp stored) throws IOException {
    if (stored.listing().equals(listing)) {
      return Comparison.SAME_LISTING;
    }
    return stored.content().equals(content()) ? Comparison.SAME_CONTENT : Comparison.CHANGED;
  }

  private String listingDigest() {
    MessageDigest sha = sha256();
    text(sha, settings);
    StringBuilder sb = new StringBuilder();
    for (Page p : pages) {
      sb.setLength(0);
      sb.append(p.path).append('\0').append(p.size).append('\0').append(p.modifiedNanos).append('\0');
      text(sha, sb.toString());
    }
    for (String u : unreadable) {
      text(sha, "unreadable " + u + "\0");
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static boolean isPage(String name) {
    return name.regionMatches(true, name.length() - ".md".length(), ".md", 0, ".md".length());
  }

  /** Where the generator's classes come from, with size and time: a rebuilt generator changes it. */
  private static String generatorIdentity() throws IOException {
    try {
      Path where = Path.of(GeneratorRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path file = Files.isDirectory(where) ? where.resolve(GeneratorRun.class.getName().replace('.', '/') + ".class") : where;
      return where + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    } catch (URISyntaxException | RuntimeException e) {
      throw new IOException("cannot locate the generator: " + e.getMessage(), e);
    }
  }

  private static void text(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
