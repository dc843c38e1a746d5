package io.github.graphdocs.maven;

import io.github.graphdocs.pipeline.GeneratorRun;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of everything one generation depends on: every file of the docs folder (path and
 * bytes), the options (package, strict, includes and excludes), and the generator itself (its jar's size and time). Equal digests mean the
 * previous output is still right, so the build can skip generation and the compiler can skip the model.
 */
final class InputFingerprint {
  private InputFingerprint() {}

  static String of(Path docs, String packageName, boolean strict, String pages) throws IOException {
    MessageDigest sha = sha256();
    text(sha, "graphdocs-fingerprint-2\n" + generatorIdentity() + "\n" + packageName + "\n" + strict + "\n" + pages + "\n");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(docs)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      text(sha, docs.relativize(f).toString().replace('\\', '/') + "\0");
      sha.update(Files.readAllBytes(f));
      text(sha, "\0");
    }
    return HexFormat.of().formatHex(sha.digest());
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
