package io.github.graphdocs.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.graphdocs.runtime.ODataCollection;
import org.junit.jupiter.api.Test;

class ODataRequestsTest {
  @Test
  void eachPlaceholderEncodesItsArgumentAsItsKindSays() {
    assertEquals("/users/a%2Fb%20c/drive/root:/Docs/r%201.docx:/f(period='D''7')",
        ODataRequests.expand("/users/{}/drive/root:/{/}:/f(period={'})", "a/b c", "Docs/r 1.docx", "D'7"));
    assertEquals("/f(n=3,x=null)", ODataRequests.expand("/f(n={'},x={'})", 3, null));
  }

  @Test
  void aDoubledBraceIsLiteralTextNotAPlaceholder() {
    assertEquals("/a{}/k%7B%7D", ODataRequests.expand("/a{{}/{}", "k{}"));
  }

  @Test
  void argumentsMustMatchThePlaceholders() {
    assertThrows(IllegalArgumentException.class, () -> ODataRequests.expand("/users/{}"));
    assertThrows(IllegalArgumentException.class, () -> ODataRequests.expand("/users", "x"));
    assertThrows(IllegalArgumentException.class, () -> ODataRequests.expand("/users/{x}", "x"));
    assertThrows(NullPointerException.class, () -> ODataRequests.expand("/users/{}", (Object) null));
  }

  @Test
  void theFactoriesBuildTheSameRequestAsOf() {
    ODataRequest<ODataCollection<String>> r = ODataRequests.collection(ODataMethod.GET, "/users/{}/x", 200, String.class, "u 1");
    assertEquals("/users/u%201/x", r.path());
    assertEquals(ResponseType.Shape.COLLECTION, r.responseType().shape());
    assertEquals(String.class, r.responseType().type());
    assertEquals(200, r.expectedStatus());
    assertEquals(ResponseType.Shape.NONE, ODataRequests.none(ODataMethod.DELETE, "/", 204).responseType().shape());
    assertEquals(ResponseType.Shape.BYTES, ODataRequests.bytes(ODataMethod.GET, "/c", 0).responseType().shape());
    assertEquals(Integer.class, ODataRequests.primitive(ODataMethod.GET, "/c", 0, Integer.class).responseType().type());
    assertEquals(String.class, ODataRequests.object(ODataMethod.GET, "/c", 0, String.class).responseType().type());
  }
}
