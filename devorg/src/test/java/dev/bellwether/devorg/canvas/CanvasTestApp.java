package dev.bellwether.devorg.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in Canvas app on 127.0.0.1: records every request to /canvas and answers with a small
 * page saying whether the signed request verified, so a screenshot shows the panel working.
 */
final class CanvasTestApp implements AutoCloseable {
  /** What the app received. */
  record Received(String method, String contentType, String signedRequest) {}

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final String secret;

  private CanvasTestApp(HttpServer server, String secret) {
    this.server = server;
    this.secret = secret;
  }

  static CanvasTestApp start(String consumerSecret) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    CanvasTestApp app = new CanvasTestApp(server, consumerSecret);
    server.createContext("/canvas", app::handle);
    server.start();
    return app;
  }

  String canvasUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/canvas";
  }

  /** The next request the app got, or null when none came in time. */
  Received next(long timeout, TimeUnit unit) throws InterruptedException {
    return received.poll(timeout, unit);
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String signed = null;
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals("signed_request")) {
        signed = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    received.add(new Received(ex.getRequestMethod(), ex.getRequestHeaders().getFirst("Content-Type"), signed));
    String page;
    try {
      JsonNode env = SignedRequestVerifier.verifyAndDecode(signed == null ? "" : signed, secret);
      JsonNode ctx = env.path("context");
      page = "<div id=\"panel-ok\" style=\"font-family:sans-serif;padding:16px\">"
          + "<h2 style=\"margin:0 0 8px;color:#2e844a\">&#10003; Signed request verified</h2>"
          + "<p>Record <b>" + Html.esc(ctx.path("environment").path("record").path("Id").asText()) + "</b>"
          + " viewed by <b>" + Html.esc(ctx.path("user").path("fullName").asText()) + "</b>"
          + " in " + Html.esc(ctx.path("organization").path("name").asText()) + "</p>"
          + "<p style=\"color:#706e6b\">Canvas app stand-in, POST " + Html.esc(ex.getRequestHeaders()
              .getFirst("Content-Type")) + "</p></div>";
    } catch (SecurityException e) {
      page = "<div id=\"panel-bad\">Signed request rejected: " + Html.esc(e.getMessage()) + "</div>";
    }
    byte[] bytes = ("<!DOCTYPE html><html><body style=\"margin:0\">" + page + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
