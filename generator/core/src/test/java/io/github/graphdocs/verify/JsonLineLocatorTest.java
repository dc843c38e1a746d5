package io.github.graphdocs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonLineLocatorTest {
  private static final String JSON = "{\n  \"a\": 1,\n  \"value\": [\n    {\"b\": 2},\n    {\n      \"@odata.type\": \"x\"\n    }\n  ]\n}";

  @Test
  void findsTheLineOfANestedMember() {
    assertEquals(6, JsonLineLocator.lineOf(JSON, "$.value[1]['@odata.type']"));
    assertEquals(4, JsonLineLocator.lineOf(JSON, "$.value[0].b"));
  }

  @Test
  void aMemberThatIsNotThereIsPlacedAtItsNearestEnclosingMember() {
    assertEquals(5, JsonLineLocator.lineOf(JSON, "$.value[1].missing"));
    assertEquals(1, JsonLineLocator.lineOf("not json", "$.x"));
  }

  @Test
  void parentPathsStepOverQuotedNames() {
    assertEquals("$.a", JsonLineLocator.parent("$.a['x.y']"));
    assertEquals("$.a.b", JsonLineLocator.parent("$.a.b[2]"));
  }
}
