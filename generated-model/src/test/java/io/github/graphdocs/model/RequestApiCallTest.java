package io.github.graphdocs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.github.graphdocs.model.requests.CommunicationsRequests;
import io.github.graphdocs.runtime.http.ODataExecutor;
import io.github.graphdocs.runtime.http.ODataRequest;
import io.github.graphdocs.runtime.http.ODataServiceException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's complete call, through the request API generated from src-docs: build the request for
 * {@code PATCH /communications/calls/{callId}/operations/{id}}, send it with the runtime's executor to a
 * local server, read the result as the model's class.
 */
class RequestApiCallTest {
  /** What the server received: method, path and query, Authorization header, body. */
  private final List<String> received = new ArrayList<>();
  private HttpServer server;
  private int status;
  private String answer;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
      received.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("request-id", "r-1");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ODataExecutor executor() {
    return ODataExecutor.builder("http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0")
        .headers(() -> Map.of("Authorization", "Bearer secret-token")).build();
  }

  @Test
  void anUpdateSendsOnlyTheChangedPropertiesAndReadsTheUpdatedObject() {
    status = 200;
    answer = "{\"id\":\"op 1\",\"clientContext\":\"retry-2\",\"status\":\"running\"}";
    CommsOperation op = Json.read("{\"id\":\"op 1\",\"clientContext\":\"c\",\"status\":\"notStarted\"}", CommsOperation.class);
    op.setClientContext("retry-2");

    ODataRequest<CommsOperation> request = CommunicationsRequests.updateCallsOperations("call/1", "op 1", op);
    CommsOperation updated = executor().send(request);

    assertEquals(List.of("PATCH /v1.0/communications/calls/call%2F1/operations/op%201", "Bearer secret-token",
        "{\"clientContext\":\"retry-2\"}"), received);
    assertEquals(OperationStatus.RUNNING, updated.getStatus());
    assertEquals("retry-2", updated.getClientContext());
  }

  @Test
  void aGraphErrorBodyIsATypedExceptionWithoutTheCredential() {
    status = 404;
    answer = "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"No such call.\"}}";
    ODataServiceException e = assertThrows(ODataServiceException.class, () -> executor().send(
        CommunicationsRequests.updateCallsOperations("c", "o", CommsOperation.builder().clientContext("x").build())));
    assertEquals(404, e.status());
    assertEquals("itemNotFound", e.code());
    assertEquals("r-1", e.requestId());
    assertFalse(e.getMessage().contains("secret-token"), e.getMessage());
  }
}
