package io.github.graphdocs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The docs' examples, warm, through the generated model against the same bytes through Jackson's
 * {@link JsonNode}: read, write, and a round trip (read, then write back). One operation passes every
 * payload of the set once. The set is the {@code payloads} parameter (a folder written by
 * {@link ExamplePayloadWriter}); the model's compiled classes must be on the class path. Both sides
 * use one {@code new ObjectMapper().findAndRegisterModules()}, as the README tells users to. Six
 * warm-up iterations: on a loaded machine, after three, the round trip's first measured iterations
 * still took two to four times its steady time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PayloadBenchmark {
  @Param("")
  public String payloads;

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  private byte[][] bytes;
  private ObjectReader[] readers;
  private Object[] objects;
  private JsonNode[] nodes;

  @Setup
  public void load() throws IOException, ClassNotFoundException {
    if (payloads.isEmpty()) {
      throw new IllegalStateException("pass -p payloads=DIR (a folder written by ExamplePayloadWriter; bench/run makes one)");
    }
    PayloadSet set = PayloadSet.read(Path.of(payloads));
    List<PayloadSet.Payload> list = set.payloads();
    if (list.isEmpty()) {
      throw new IllegalStateException(payloads + " holds no payload");
    }
    bytes = new byte[list.size()][];
    readers = new ObjectReader[list.size()];
    objects = new Object[list.size()];
    nodes = new JsonNode[list.size()];
    for (int i = 0; i < list.size(); i++) {
      PayloadSet.Payload p = list.get(i);
      bytes[i] = set.bytes(p);
      readers[i] = mapper.readerFor(Class.forName(p.javaClass()));
      objects[i] = readers[i].readValue(bytes[i]);
      nodes[i] = mapper.readTree(bytes[i]);
    }
  }

  @Benchmark
  public void modelRead(Blackhole bh) throws IOException {
    for (int i = 0; i < bytes.length; i++) {
      bh.consume(readers[i].readValue(bytes[i]));
    }
  }

  @Benchmark
  public void nodeRead(Blackhole bh) throws IOException {
    for (byte[] b : bytes) {
      bh.consume(mapper.readTree(b));
    }
  }

  @Benchmark
  public void modelWrite(Blackhole bh) throws IOException {
    for (Object o : objects) {
      bh.consume(mapper.writeValueAsBytes(o));
    }
  }

  @Benchmark
  public void nodeWrite(Blackhole bh) throws IOException {
    for (JsonNode n : nodes) {
      bh.consume(mapper.writeValueAsBytes(n));
    }
  }

  @Benchmark
  public void modelRoundTrip(Blackhole bh) throws IOException {
    for (int i = 0; i < bytes.length; i++) {
      bh.consume(mapper.writeValueAsBytes(readers[i].readValue(bytes[i])));
    }
  }

  @Benchmark
  public void nodeRoundTrip(Blackhole bh) throws IOException {
    for (byte[] b : bytes) {
      bh.consume(mapper.writeValueAsBytes(mapper.readTree(b)));
    }
  }
}
