package io.github.graphdocs.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.graphdocs.runtime.ODataCollection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The executor against a local in-process HTTP server that answers as a test says. */
class ODataExecutorTest {
  private static final String TOKEN = "Bearer secret-token-123";

  /** One answer: status, headers and body. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer json(int status, String body) {
      return new Answer(status, Map.of("Content-Type", "application/json"), body);
    }
  }

  /** What the server received. */
  record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {}

  private HttpServer server;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
  private final List<Duration> waits = new ArrayList<>();
  private String root;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    root = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
    received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getRawPath()
        + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()), headers, body));
    Answer a = answers.isEmpty() ? Answer.json(500, "{}") : answers.remove(0);
    a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(a.status(), a.status() == 204 || bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0 && a.status() != 204) {
      ex.getResponseBody().write(bytes);
    }
    ex.close();
  }

  private ODataExecutor executor() {
    return ODataExecutor.builder(root).headers(() -> Map.of("Authorization", TOKEN)).sleeper(waits::add).build();
  }

  /** A plain object the tests read responses into. */
  record User(String id, String displayName) {}

  @Test
  void sendsMethodPathQueryAuthenticationAndBody() {
    answers.add(Answer.json(202, ""));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("saveToSentItems", false);
    executor().send(ODataRequest.of(ODataMethod.POST, "/users/a%2Fb/sendMail", ResponseType.none(), 202)
        .withBody(ODataRequest.BodyKind.PARAMETERS, params));
    Received r = received.get(0);
    assertEquals("POST", r.method());
    assertEquals("/v1.0/users/a%2Fb/sendMail", r.pathAndQuery());
    assertEquals(List.of(TOKEN), r.headers().get("authorization"));
    assertEquals(List.of("application/json"), r.headers().get("content-type"));
    assertEquals("{\"saveToSentItems\":false}", r.body());
  }

  @Test
  void readsAnObjectThroughTheMapper() {
    answers.add(Answer.json(200, "{\"id\":\"1\",\"displayName\":\"Ada\"}"));
    User u = executor().send(ODataRequest.of(ODataMethod.GET, "/me", ResponseType.object(User.class), 200).select("id"));
    assertEquals(new User("1", "Ada"), u);
    assertEquals("/v1.0/me?$select=id", received.get(0).pathAndQuery());
  }

  @Test
  void readsAWrappedPrimitive() {
    answers.add(Answer.json(200, "{\"@odata.context\":\"x\",\"value\":true}"));
    assertEquals(Boolean.TRUE, executor().send(ODataRequest.of(ODataMethod.POST, "/groups/1/addFavorite",
        ResponseType.primitive(Boolean.class), 200)));
  }

  @Test
  void noContentGivesNull() {
    answers.add(new Answer(204, Map.of(), ""));
    assertNull(executor().send(ODataRequest.of(ODataMethod.DELETE, "/users/1", ResponseType.none(), 204)));
  }

  @Test
  void anErrorBodyBecomesATypedExceptionWithCodeStatusAndRequestId() {
    answers.add(new Answer(404, Map.of("Content-Type", "application/json", "request-id", "r-42"),
        "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"No user.\",\"innerError\":{\"date\":\"d\"}}}"));
    ODataServiceException e = assertThrows(ODataServiceException.class,
        () -> executor().send(ODataRequest.of(ODataMethod.GET, "/users/x", ResponseType.object(User.class), 200)));
    assertEquals(404, e.status());
    assertEquals("Request_ResourceNotFound", e.code());
    assertEquals("No user.", e.serviceMessage());
    assertEquals("r-42", e.requestId());
    assertEquals("GET /users/x", e.request());
    assertEquals("d", e.innerError().get("date").asText());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }

  @Test
  void theRequestIdMayComeFromTheInnerError() {
    answers.add(Answer.json(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"m\",\"innerError\":{\"request-id\":\"in-1\"}}}"));
    ODataServiceException e = assertThrows(ODataServiceException.class,
        () -> executor().send(ODataRequest.of(ODataMethod.GET, "/x", ResponseType.none(), 200)));
    assertEquals("in-1", e.requestId());
  }

  @Test
  void anErrorBodyThatIsNoODataErrorStillGivesTheStatus() {
    answers.add(new Answer(502, Map.of(), "<html>bad gateway</html>"));
    ODataServiceException e = assertThrows(ODataServiceException.class,
        () -> executor().send(ODataRequest.of(ODataMethod.GET, "/x", ResponseType.none(), 200)));
    assertEquals(502, e.status());
    assertEquals("", e.code());
  }

  @Test
  void pagesAreFetchedLazilyThroughTheNextLink() {
    answers.add(Answer.json(200, "{\"value\":[{\"id\":\"1\",\"displayName\":\"a\"},{\"id\":\"2\",\"displayName\":\"b\"}],"
        + "\"@odata.nextLink\":\"" + root + "/users?$skiptoken=X1\"}"));
    answers.add(Answer.json(200, "{\"value\":[{\"id\":\"3\",\"displayName\":\"c\"}]}"));
    ODataRequest<ODataCollection<User>> list = ODataRequest.of(ODataMethod.GET, "/users", ResponseType.collection(User.class), 200);
    Iterator<User> it = executor().stream(list).iterator();
    assertEquals("1", it.next().id());
    assertEquals("2", it.next().id());
    assertEquals(1, received.size(), "the second page is not fetched before it is needed");
    assertEquals("3", it.next().id());
    assertFalse(it.hasNext());
    assertEquals("/v1.0/users?$skiptoken=X1", received.get(1).pathAndQuery());
    assertEquals(List.of(TOKEN), received.get(1).headers().get("authorization"));
  }

  @Test
  void allPagesAsAStream() {
    answers.add(Answer.json(200, "{\"value\":[{\"id\":\"1\",\"displayName\":\"a\"}],\"@odata.nextLink\":\"" + root + "/u?p=2\"}"));
    answers.add(Answer.json(200, "{\"value\":[],\"@odata.nextLink\":\"" + root + "/u?p=3\"}"));
    answers.add(Answer.json(200, "{\"value\":[{\"id\":\"3\",\"displayName\":\"c\"}]}"));
    List<String> ids = executor().stream(ODataRequest.of(ODataMethod.GET, "/u", ResponseType.collection(User.class), 200))
        .map(User::id).collect(Collectors.toList());
    assertEquals(List.of("1", "3"), ids, "an empty page in between is passed over");
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowed() {
    answers.add(Answer.json(200, "{\"value\":[],\"@odata.nextLink\":\"https://evil.example/steal\"}"));
    Iterator<User> it = executor().stream(ODataRequest.of(ODataMethod.GET, "/users", ResponseType.collection(User.class), 200)).iterator();
    ODataTransportException e = assertThrows(ODataTransportException.class, it::hasNext);
    assertTrue(e.getMessage().contains("not followed"), e.getMessage());
    assertEquals(1, received.size());
  }

  @Test
  void aThrottledGetIsRetriedAfterRetryAfter() {
    answers.add(new Answer(429, Map.of("Retry-After", "2"), "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}"));
    answers.add(Answer.json(200, "{\"id\":\"1\",\"displayName\":\"Ada\"}"));
    User u = executor().send(ODataRequest.of(ODataMethod.GET, "/me", ResponseType.object(User.class), 200));
    assertEquals("Ada", u.displayName());
    assertEquals(List.of(Duration.ofSeconds(2)), waits);
    assertEquals(2, received.size());
    assertEquals(List.of(TOKEN), received.get(1).headers().get("authorization"), "the retry is authenticated again");
  }

  @Test
  void anUnavailableServiceWithoutRetryAfterIsRetriedWithGrowingWaits() {
    answers.add(new Answer(503, Map.of(), ""));
    answers.add(new Answer(503, Map.of(), ""));
    answers.add(new Answer(204, Map.of(), ""));
    executor().send(ODataRequest.of(ODataMethod.DELETE, "/users/1", ResponseType.none(), 204));
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
  }

  @Test
  void aThrottledPostIsNotRetried() {
    answers.add(new Answer(429, Map.of("Retry-After", "1"), "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"m\"}}"));
    ODataServiceException e = assertThrows(ODataServiceException.class,
        () -> executor().send(ODataRequest.of(ODataMethod.POST, "/me/sendMail", ResponseType.none(), 202)));
    assertEquals(429, e.status());
    assertEquals(1, received.size());
    assertTrue(waits.isEmpty());
  }

  @Test
  void retriesStopAfterTheLimit() {
    for (int i = 0; i < 5; i++) {
      answers.add(new Answer(429, Map.of("Retry-After", "0"), ""));
    }
    ODataExecutor ex = ODataExecutor.builder(root).sleeper(waits::add).maxRetries(2).build();
    ODataServiceException e = assertThrows(ODataServiceException.class,
        () -> ex.send(ODataRequest.of(ODataMethod.GET, "/x", ResponseType.none(), 200)));
    assertEquals(429, e.status());
    assertEquals(3, received.size(), "the first attempt and two retries");
  }

  @Test
  void aRetryAfterLongerThanTheLimitIsNotWaitedFor() {
    answers.add(new Answer(429, Map.of("Retry-After", "3600"), ""));
    assertThrows(ODataServiceException.class,
        () -> executor().send(ODataRequest.of(ODataMethod.GET, "/x", ResponseType.none(), 200)));
    assertTrue(waits.isEmpty());
  }

  @Test
  void aSlowAnswerTimesOut() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    server.removeContext("/");
    server.createContext("/", ex -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    ODataExecutor ex = ODataExecutor.builder(root).headers(() -> Map.of("Authorization", TOKEN)).timeout(Duration.ofMillis(200)).build();
    ODataTransportException e = assertThrows(ODataTransportException.class,
        () -> ex.send(ODataRequest.of(ODataMethod.GET, "/slow", ResponseType.none(), 204)));
    release.countDown();
    assertTrue(e.getMessage().startsWith("GET /slow failed: HttpTimeoutException"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"));
  }

  @Test
  void aConnectionFailureNamesTheRequestButNoHeader() {
    server.stop(0);
    ODataTransportException e = assertThrows(ODataTransportException.class,
        () -> executor().send(ODataRequest.of(ODataMethod.GET, "/me", ResponseType.none(), 200)));
    assertTrue(e.getMessage().startsWith("GET /me failed"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"));
  }

  @Test
  void aHeaderThatCannotBeSentIsNamedWithoutItsValue() {
    ODataExecutor ex = ODataExecutor.builder(root).headers(() -> Map.of("Authorization", "Bearer secret\r\nX: y")).build();
    ODataTransportException e = assertThrows(ODataTransportException.class,
        () -> ex.send(ODataRequest.of(ODataMethod.GET, "/me", ResponseType.none(), 200)));
    assertEquals("the header 'Authorization' cannot be sent", e.getMessage());
  }

  @Test
  void aResponseTheModelCannotReadIsATransportFailure() {
    answers.add(Answer.json(200, "[1,2]"));
    ODataTransportException e = assertThrows(ODataTransportException.class,
        () -> executor().send(ODataRequest.of(ODataMethod.GET, "/me", ResponseType.object(User.class), 200)));
    assertTrue(e.getMessage().startsWith("cannot read the response of GET /me as object User"), e.getMessage());
  }

  @Test
  void aServiceRootMustBeAnAbsoluteUrl() {
    assertThrows(IllegalArgumentException.class, () -> ODataExecutor.builder("/v1.0").build());
    assertThrows(IllegalArgumentException.class, () -> ODataExecutor.builder("https://h/v1.0?x=1").build());
  }

  @Test
  void aJsonNodeIsAValidObjectType() {
    answers.add(Answer.json(200, "{\"a\":1}"));
    JsonNode n = executor().send(ODataRequest.of(ODataMethod.GET, "/x", ResponseType.object(JsonNode.class), 200));
    assertEquals(1, n.get("a").asInt());
  }
}
