package io.github.graphdocs.replay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A local in-process HTTP server (the JDK's {@code com.sun.net.httpserver}) on the loopback address:
 * answers each request with the response set before it, and records what it received.
 */
final class ReplayServer implements AutoCloseable {
  /** What the server received: method, raw path (service root included), decoded query options, body. */
  record Received(String method, String path, Map<String, String> query, String body) {}

  private static final String ROOT_PATH = "/v1.0";

  private final HttpServer server;
  private int status = 500;
  private String contentType = "application/json";
  private byte[] body = new byte[0];
  private Received received;

  private ReplayServer(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.start();
  }

  static ReplayServer start() throws IOException {
    return new ReplayServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
  }

  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + ROOT_PATH;
  }

  String rootPath() {
    return ROOT_PATH;
  }

  synchronized void answer(int status, String contentType, String body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body.getBytes(StandardCharsets.UTF_8);
    this.received = null;
  }

  synchronized Received received() {
    return received;
  }

  private synchronized void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> query = new LinkedHashMap<>();
      String raw = ex.getRequestURI().getRawQuery();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          int eq = pair.indexOf('=');
          query.put(RequestMatcher.decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : RequestMatcher.decode(pair.substring(eq + 1)));
        }
      }
      received = new Received(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), query, text);
      boolean noBody = status == 204 || status == 304 || body.length == 0;
      ex.getResponseHeaders().add("Content-Type", contentType);
      ex.sendResponseHeaders(status, noBody ? -1 : body.length);
      if (!noBody) {
        ex.getResponseBody().write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
