package io.github.graphdocs.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of JSON payloads, each with the generated class that reads it, as
 * {@link ExamplePayloadWriter} writes it: {@code index.tsv} holds one line per payload (Java class,
 * file name, documented type, where the docs hold the example), the payloads sit beside it.
 */
record PayloadSet(Path folder, List<Payload> payloads) {
  static final String INDEX = "index.tsv";
  static final String COLD_START = "cold-start.tsv";

  /** One payload: the bytes a service would send, and the class the model reads them as. */
  record Payload(String javaClass, String file, String type, String source) {
    String line() {
      return javaClass + "\t" + file + "\t" + type + "\t" + source;
    }

    static Payload parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException("not a payload line (class, file, type, source): " + line);
      }
      return new Payload(f[0], f[1], f[2], f[3]);
    }
  }

  static PayloadSet read(Path folder) throws IOException {
    Path index = folder.resolve(INDEX);
    if (!Files.isRegularFile(index)) {
      throw new IOException(index + " does not exist: write it with ExamplePayloadWriter (bench/run does)");
    }
    List<Payload> payloads = new ArrayList<>();
    for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        payloads.add(Payload.parse(line));
      }
    }
    return new PayloadSet(folder, List.copyOf(payloads));
  }

  byte[] bytes(Payload p) throws IOException {
    return Files.readAllBytes(folder.resolve(p.file()));
  }
}
