package io.github.graphdocs.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One read in a fresh JVM, for bench/run to time as a whole process: {@code ColdStart FILE CLASS}
 * reads the file into the generated class, {@code ColdStart FILE} reads the same bytes into a
 * {@code JsonNode}. Both make the ObjectMapper the README tells users to make; nothing else differs.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ColdStart FILE [CLASS]   (no CLASS: read into a JsonNode)");
      System.exit(2);
    }
    byte[] json = Files.readAllBytes(Path.of(args[0]));
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Object value = args.length == 2 ? mapper.readValue(json, Class.forName(args[1])) : mapper.readTree(json);
    System.out.println(value.getClass().getName());
  }
}
