package io.github.graphdocs.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ODataPathsTest {
  @Test
  void aSegmentCannotAddSegmentsQueriesOrFragments() {
    assertEquals("a%2Fb%3Fc%23d%20e", ODataPaths.segment("a/b?c#d e"));
  }

  @Test
  void aSegmentKeepsWhatAPathSegmentAllows() {
    assertEquals("ada@contoso.com", ODataPaths.segment("ada@contoso.com"));
    assertEquals("'Sheet1'", ODataPaths.segment("'Sheet1'"));
  }

  @Test
  void nonAsciiIsEncodedAsUtf8() {
    assertEquals("%C3%A9t%C3%A9", ODataPaths.segment("été"));
  }

  @Test
  void stringLiteralsAreQuotedWithQuotesDoubled() {
    assertEquals("'O''Brien'", ODataPaths.literal("O'Brien"));
    assertEquals("'D7'", ODataPaths.literal("D7"));
  }

  @Test
  void numbersBooleansDatesAndGuidsAreBare() {
    assertEquals("640", ODataPaths.literal(640));
    assertEquals("true", ODataPaths.literal(true));
    assertEquals("2021-07-16", ODataPaths.literal(LocalDate.of(2021, 7, 16)));
    assertEquals("2021-07-16T10:00:00Z", ODataPaths.literal(OffsetDateTime.of(2021, 7, 16, 10, 0, 0, 0, ZoneOffset.UTC)));
    UUID id = UUID.fromString("c0a8e5b6-0000-4000-8000-000000000001");
    assertEquals(id.toString(), ODataPaths.literal(id));
    assertEquals("null", ODataPaths.literal(null));
  }

  @Test
  void aLiteralCannotCloseTheCallOrAddSegments() {
    assertEquals("'a)%2F(b'", ODataPaths.literal("a)/(b"));
  }

  @Test
  void queryValuesEncodeWhatWouldSplitTheQuery() {
    assertEquals("startswith(displayName,'A%26B')%20and%20x%20eq%201%2B1", ODataPaths.queryValue("startswith(displayName,'A&B') and x eq 1+1"));
    assertEquals("a%3Db%23", ODataPaths.queryValue("a=b#"));
  }
}
