package io.github.graphdocs.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.RequestDef;
import io.github.graphdocs.schema.RequestDef.PathPart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestMatcherTest {
  private static RequestDef get(String page, List<RequestDef.QueryPart> query, PathPart... parts) {
    return new RequestDef("users", "GET", List.of(parts), List.of("users"), query, RequestDef.BodyKind.NONE, null, List.of(), null,
        200, null, null, "", SourceLocation.of(page, 1));
  }

  private static final PathPart USERS = PathPart.literal("/users/");
  private static final PathPart KEY = new PathPart(PathPart.Kind.KEY, "id", null);

  @Test
  void anExampleUrlLosesHostVersionAndQuery() {
    RequestMatcher.ExamplePath p = RequestMatcher.examplePath("https://graph.microsoft.com/v1.0/users/a%20b/?$top=2&$select=id,displayName");
    assertEquals("/users/a%20b", p.path());
    assertEquals(Map.of("$top", "2", "$select", "id,displayName"), p.query());
    assertNull(RequestMatcher.examplePath("users"));
  }

  @Test
  void literalsMatchIgnoringCaseAndKeysCaptureTheirText() {
    RequestMatcher m = new RequestMatcher(List.of(get("api/a.md", List.of(), USERS, KEY, PathPart.literal("/mailFolders"))));
    RequestMatcher.Match match = m.match("GET", RequestMatcher.examplePath("/USERS/x1/mailfolders"), "api/a.md");
    assertEquals(List.of("x1"), match.values());
    assertNull(m.match("POST", RequestMatcher.examplePath("/users/x1/mailFolders"), "api/a.md"), "another method");
  }

  @Test
  void aRequestLineOfTheExamplesPageWinsOverAMoreSpecificOtherOne() {
    RequestDef mine = get("api/mine.md", List.of(), USERS, KEY);
    RequestDef other = get("api/other.md", List.of(), PathPart.literal("/users/"), KEY);
    RequestMatcher m = new RequestMatcher(List.of(other, mine));
    assertEquals(mine, m.match("GET", RequestMatcher.examplePath("/users/1"), "api/mine.md").request());
  }

  @Test
  void aTemplateThatFixesAQueryOptionTheExampleLacksFitsWorse() {
    RequestDef fixed = get("api/a.md", List.of(new RequestDef.QueryPart("includeHiddenFolders", "true")), USERS, KEY);
    RequestDef plain = get("api/b.md", List.of(), USERS, KEY);
    RequestMatcher m = new RequestMatcher(List.of(fixed, plain));
    assertEquals(plain, m.match("GET", RequestMatcher.examplePath("/users/1"), "api/a.md").request());
    assertEquals(fixed, m.match("GET", RequestMatcher.examplePath("/users/1?includeHiddenFolders=true"), "api/a.md").request());
  }

  @Test
  void functionArgumentsInAnotherLiteralFormAreTheSameCall() {
    assertEquals(true, ContractReplayer.sameArgumentsButLiteralForm("/r/f(date='2018-03-05')", "/r/f(date=2018-03-05)"));
    assertEquals(true, ContractReplayer.sameArgumentsButLiteralForm("/t(z=microsoft.graph.timeZoneStandard'Iana')", "/t(z='Iana')"));
    assertEquals(false, ContractReplayer.sameArgumentsButLiteralForm("/r/f(period='D7')", "/r/f(date='D7')"));
  }

  @Test
  void literalArgumentsAreReadAsTheParametersType() {
    assertEquals("O'Brien", ExchangeCall.literal("'O''Brien'", String.class));
    assertEquals(640, ExchangeCall.literal("640", Integer.class));
    assertEquals(java.time.LocalDate.of(2018, 3, 5), ExchangeCall.literal("2018-03-05", java.time.LocalDate.class));
    assertNull(ExchangeCall.literal("{n}", Integer.class), "a placeholder is no integer");
  }
}
