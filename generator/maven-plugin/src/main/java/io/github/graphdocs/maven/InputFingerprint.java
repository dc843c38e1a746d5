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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What one generation depends on, cheaply first: the <em>listing</em> (path, size and modification
 * time of every {@code .md} page of the docs folder, found without following links, as the reader
 * finds them) with the <em>settings</em> (the options: package, strict, includes and excludes; the
 * generator itself: its jar's path, size and time). A build whose listing equals the last successful
 * generation's is up to date without reading a page. When the listing differs, the pages' contents are
 * digested: equal contents (pages touched, or copied with new times) are up to date too, and the stamp
 * takes the new listing so that the next build is cheap again.
 *
 * <p>The stamp keeps the listing's text itself, not a digest of it: an up-to-date build compares two
 * strings, where a digest cost a cold JVM's interpreted SHA-256 over the whole listing.
 *
 * <p>The one change this misses: an edit that keeps both a page's size and its modification time
 * (a tool that restores times, or two same-size edits within the file system's time resolution).
 * {@code force} regenerates regardless.
 */
final class InputFingerprint {
  /** The first line of a stamp; another version is no stamp. */
  static final String VERSION = "graphdocs-fingerprint 5";

  /**
   * What the last successful generation's inputs were: a digest of the contents and the listing's
   * text (settings first, then one line per page). Its text is the version line, the content line and
   * the listing, verbatim.
   */
  record Stamp(String content, String listing) {
    private static final String CONTENT = "content ";

    String text() {
      return VERSION + "\n" + CONTENT + content + "\n" + listing;
    }

    /** The stamp a file's text holds; null for anything else (an older format, a damaged file). */
    static Stamp parse(String text) {
      int first = VERSION.length();
      if (!text.startsWith(VERSION) || text.length() <= first || text.charAt(first) != '\n'
          || !text.startsWith(CONTENT, first + 1)) {
        return null;
      }
      int second = text.indexOf('\n', first + 1);
      if (second < 0) {
        return null;
      }
      return new Stamp(text.substring(first + 1 + CONTENT.length(), second), text.substring(second + 1));
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

  private InputFingerprint(String settings, List<Page> pages, List<String> unreadable) {
    this.settings = settings;
    this.pages = pages;
    this.unreadable = unreadable;
    this.listing = listingText();
  }

  /**
   * The settings a generation depends on besides the pages: the stamp's version, the generator (its
   * jar's path, size and time), the package, strict and the page and selection options.
   */
  static String settings(String packageName, boolean strict, String pageOptions) throws IOException {
    return VERSION + "\n" + generatorIdentity() + "\n" + packageName + "\n" + strict + "\n" + pageOptions + "\n";
  }

  /** Lists the docs folder's pages (reading no page) under {@link #settings}. */
  static InputFingerprint list(Path docs, String settings) {
    List<Page> pages = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    listFolder(docs, "", pages, unreadable);
    unreadable.sort(null);
    return new InputFingerprint(settings, pages, unreadable);
  }

  /** Lists the docs folder's pages (reading no page) under the given options. */
  static InputFingerprint list(Path docs, String packageName, boolean strict, String pageOptions) throws IOException {
    return list(docs, settings(packageName, strict, pageOptions));
  }

  /**
   * Adds the pages under {@code folder} to {@code pages}, folder by folder in name order; entries that
   * cannot be read go to {@code unreadable}. This runs on every build, in a cold JVM, on one thread
   * (the mojo inspects the output folder meanwhile): plain loops, names sorted as strings, each entry's
   * attributes read once, each relative path built from its folder's prefix.
   */
  private static void listFolder(Path folder, String prefix, List<Page> pages, List<String> unreadable) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        names.add(entry.getFileName().toString());
      }
    } catch (IOException | RuntimeException e) {
      if (!prefix.isEmpty()) {
        unreadable.add(prefix); // skipped by the reader too; listed so that a change shows
      }
      return;
    }
    String[] sorted = names.toArray(new String[0]);
    Arrays.sort(sorted);
    for (String name : sorted) {
      Path entry = folder.resolve(name);
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException | RuntimeException e) {
        unreadable.add(prefix + name);
        continue;
      }
      // links are not followed (nor read by the reader); only regular .md files are pages
      if (attrs.isDirectory()) {
        listFolder(entry, prefix + name + "/", pages, unreadable);
      } else if (attrs.isRegularFile() && isPage(name)) {
        pages.add(new Page(prefix + name, entry, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
      }
    }
  }

  /** The settings and the listing, as the stamp keeps them. */
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
    return new Stamp(content(), listing);
  }

  /** Compares with the last successful generation's stamp, reading the pages only when the listing differs. */
  Comparison compareWith(Stamp stored) throws IOException {
    if (stored.listing().equals(listing)) {
      return Comparison.SAME_LISTING;
    }
    return stored.content().equals(content()) ? Comparison.SAME_CONTENT : Comparison.CHANGED;
  }

  /**
   * The settings (with their length, so that nothing in them reads as a page) and a line per page,
   * {@code path NUL size NUL nanos}, then one per unreadable entry, {@code path NUL unreadable}. A path
   * holds no NUL, so two different listings never have the same text, even for names with newlines.
   */
  private String listingText() {
    StringBuilder sb = new StringBuilder(settings.length() + 64 * pages.size() + 32);
    sb.append("settings ").append(settings.length()).append('\n').append(settings);
    for (Page p : pages) {
      sb.append(p.path).append('\0').append(p.size).append('\0').append(p.modifiedNanos).append('\n');
    }
    for (String u : unreadable) {
      sb.append(u).append("\0unreadable\n");
    }
    return sb.toString();
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
