package io.github.graphdocs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.verify.JsonTreeComparator.Difference;
import io.github.graphdocs.verify.JsonTreeComparator.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreeComparatorTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private final JsonTreeComparator comparator = new JsonTreeComparator();

  private List<Difference> diff(String expected, String actual) throws Exception {
    return comparator.compare(JSON.readTree(expected), JSON.readTree(actual));
  }

  @Test
  void memberOrderIsIgnored() throws Exception {
    assertEquals(List.of(), diff("{\"a\":1,\"b\":{\"c\":2,\"d\":3}}", "{\"b\":{\"d\":3,\"c\":2},\"a\":1}"));
  }

  @Test
  void numbersCompareByValue() throws Exception {
    assertEquals(List.of(), diff("{\"a\":1.0,\"b\":1e2,\"c\":-0.50}", "{\"a\":1,\"b\":100,\"c\":-0.5}"));
  }

  @Test
  void aFractionEqualAsADoubleIsTheSameValue() throws Exception {
    assertEquals(List.of(), diff("{\"a\":47.640568390488626}", "{\"a\":47.640568390488625}"));
  }

  @Test
  void differentIntegersDiffer() throws Exception {
    assertEquals(List.of("$.a"), diff("{\"a\":9007199254740993}", "{\"a\":9007199254740992}").stream().map(Difference::path).toList());
  }

  @Test
  void dateTimesCompareByInstant() throws Exception {
    assertEquals(List.of(), diff("{\"t\":\"2024-01-01T10:00:00+02:00\"}", "{\"t\":\"2024-01-01T08:00:00.000Z\"}"));
    assertEquals(1, diff("{\"t\":\"2024-01-01T10:00:00+02:00\"}", "{\"t\":\"2024-01-01T10:00:00Z\"}").size());
  }

  @Test
  void durationsTimesAndGuidsCompareByValue() throws Exception {
    assertEquals(List.of(), diff("{\"d\":\"P1D\",\"t\":\"10:00\",\"g\":\"0D3E1F2A-1111-2222-3333-444455556666\"}",
        "{\"d\":\"PT24H\",\"t\":\"10:00:00\",\"g\":\"0d3e1f2a-1111-2222-3333-444455556666\"}"));
  }

  @Test
  void aLostMemberIsReportedWithItsPath() throws Exception {
    List<Difference> d = diff("{\"a\":{\"b\":[1,{\"@odata.type\":\"x\"}]}}", "{\"a\":{\"b\":[1,{}]}}");
    assertEquals(1, d.size());
    assertEquals("$.a.b[1]['@odata.type']", d.get(0).path());
    assertEquals(Kind.LOST, d.get(0).kind());
  }

  @Test
  void anAddedMemberIsReported() throws Exception {
    List<Difference> d = diff("{}", "{\"x\":null}");
    assertEquals(Kind.ADDED, d.get(0).kind());
    assertEquals("$.x", d.get(0).path());
  }

  @Test
  void aStringThatBecameANumberIsChanged() throws Exception {
    List<Difference> d = diff("{\"code\":\"200\"}", "{\"code\":200}");
    assertEquals(Kind.CHANGED, d.get(0).kind());
  }

  @Test
  void explicitNullDiffersFromAbsent() throws Exception {
    assertEquals(Kind.LOST, diff("{\"a\":null}", "{}").get(0).kind());
  }

  @Test
  void shorterArrayLosesItsTail() throws Exception {
    List<Difference> d = diff("[1,2,3]", "[1]");
    assertEquals(List.of("$[1]", "$[2]"), d.stream().map(Difference::path).toList());
  }

  @Test
  void pathsBelowARootPathAreQualified() throws Exception {
    JsonNode e = JSON.readTree("{\"a\":1}");
    assertEquals("$.value[3].a", comparator.compare("$.value[3]", e, JSON.readTree("{\"a\":2}")).get(0).path());
  }
}
