package io.github.graphdocs.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphdocs.runtime.ODataCollection;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ODataRequestTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ODataRequest<ODataCollection<String>> list() {
    return ODataRequest.of(ODataMethod.GET, "/users", ResponseType.collection(String.class), 200);
  }

  @Test
  void queryOptionsAreTypedSettersInOrderAndEncoded() {
    ODataRequest<ODataCollection<String>> r = list().select("id", "displayName").filter("startswith(displayName,'A B')")
        .expand("manager").orderBy("displayName desc").top(5).count(true).search("\"displayName:ada\"");
    assertEquals("/users?$select=id,displayName&$filter=startswith(displayName,'A%20B')&$expand=manager"
        + "&$orderby=displayName%20desc&$top=5&$count=true&$search=%22displayName:ada%22", r.pathAndQuery());
  }

  @Test
  void settersReturnNewRequestsAndLeaveTheOriginal() {
    ODataRequest<ODataCollection<String>> r = list();
    r.top(3);
    assertEquals("/users", r.pathAndQuery());
    assertEquals("/users?$top=4", r.top(3).top(4).pathAndQuery(), "setting an option again replaces it");
  }

  @Test
  void aPathMustBeEncodedAndRelative() {
    assertThrows(IllegalArgumentException.class, () -> ODataRequest.of(ODataMethod.GET, "users", ResponseType.none(), 0));
    assertThrows(IllegalArgumentException.class, () -> ODataRequest.of(ODataMethod.GET, "//evil.example/x", ResponseType.none(), 0));
    assertThrows(IllegalArgumentException.class, () -> ODataRequest.of(ODataMethod.GET, "/a b", ResponseType.none(), 0));
    assertThrows(IllegalArgumentException.class, () -> ODataRequest.of(ODataMethod.GET, "/a#b", ResponseType.none(), 0));
  }

  @Test
  void actionParametersAreWrittenWithoutNulls() throws Exception {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("comment", "hi");
    params.put("toRecipients", null);
    ODataRequest<Void> r = ODataRequest.of(ODataMethod.POST, "/me/messages/1/forward", ResponseType.none(), 202)
        .withBody(ODataRequest.BodyKind.PARAMETERS, params);
    assertEquals("{\"comment\":\"hi\"}", new String(r.bodyBytes(MAPPER), StandardCharsets.UTF_8));
  }

  @Test
  void temporalParametersAreWrittenAsIsoStringsWhateverTheMapper() throws Exception {
    ObjectMapper timestamps = new ObjectMapper().findAndRegisterModules();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("expirationDateTime", java.time.OffsetDateTime.parse("2018-07-15T14:00:00Z"));
    params.put("day", java.time.LocalDate.parse("2021-07-16"));
    params.put("meetingDuration", java.time.Duration.ofMinutes(90));
    params.put("ids", java.util.List.of(java.util.UUID.fromString("c0a8e5b6-0000-4000-8000-000000000001")));
    ODataRequest<Void> r = ODataRequest.of(ODataMethod.POST, "/x/invite", ResponseType.none(), 200)
        .withBody(ODataRequest.BodyKind.PARAMETERS, params);
    assertEquals("{\"expirationDateTime\":\"2018-07-15T14:00:00Z\",\"day\":\"2021-07-16\",\"meetingDuration\":\"PT1H30M\","
        + "\"ids\":[\"c0a8e5b6-0000-4000-8000-000000000001\"]}", new String(r.bodyBytes(timestamps), StandardCharsets.UTF_8));
  }

  @Test
  void aRequestWithoutBodyHasNoBodyBytes() throws Exception {
    assertNull(list().bodyBytes(MAPPER));
  }

  @Test
  void methodsKnowWhetherTheyAreIdempotent() {
    assertEquals(true, ODataMethod.GET.idempotent());
    assertEquals(false, ODataMethod.POST.idempotent());
    assertEquals(false, ODataMethod.PATCH.idempotent());
  }
}
