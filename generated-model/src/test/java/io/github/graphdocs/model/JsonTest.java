package io.github.graphdocs.model;

import static io.github.graphdocs.model.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison the round-trip tests rely on finds every loss, and forgives only what it says. */
class JsonTest {

  private static List<String> differences(String expected, String actual) {
    List<String> d = new ArrayList<>();
    Json.compare("$", Json.tree(json(expected)), Json.tree(json(actual)), d);
    return d;
  }

  @Test
  void findsLostAddedAndChangedValues() {
    assertEquals(List.of("$.a: lost (was 1)"), differences("{'a':1,'b':2}", "{'b':2}"));
    assertEquals(List.of("$.c: added (3)"), differences("{'b':2}", "{'b':2,'c':3}"));
    assertEquals(List.of("$.b: 2 became 3"), differences("{'b':2}", "{'b':3}"));
    assertEquals(List.of("$.n: lost (was null)"), differences("{'n':null}", "{}"));
    assertEquals(List.of("$.n: null became \"\""), differences("{'n':null}", "{'n':''}"));
    assertEquals(List.of("$.x[1].y: true became false"), differences("{'x':[1,{'y':true}]}", "{'x':[1,{'y':false}]}"));
    assertEquals(List.of("$.x: 2 elements became 1"), differences("{'x':[1,2]}", "{'x':[1]}"));
    assertEquals(List.of("$.s: \"running\" became \"Running\""), differences("{'s':'running'}", "{'s':'Running'}"));
  }

  @Test
  void forgivesMemberOrderTheSameInstantAndANumberWrittenAsAString() {
    assertEquals(List.of(), differences("{'a':1,'b':2}", "{'b':2,'a':1}"));
    assertEquals(List.of(), differences("{'t':'2018-09-06T15:58:41Z'}", "{'t':'2018-09-06T17:58:41+02:00'}"));
    assertEquals(List.of(), differences("{'code':'200'}", "{'code':200}"));
    assertEquals(List.of(), differences("{'v':1.50}", "{'v':1.5}"));
  }

  @Test
  void doesNotForgiveADifferentInstantOrANonNumber() {
    assertEquals(1, differences("{'t':'2018-09-06T15:58:41Z'}", "{'t':'2018-09-06T15:58:41+02:00'}").size());
    assertEquals(1, differences("{'code':'abc'}", "{'code':200}").size());
    assertEquals(1, differences("{'code':200}", "{'code':'200'}").size());
  }
}
