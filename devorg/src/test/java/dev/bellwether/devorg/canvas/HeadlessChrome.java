package dev.bellwether.devorg.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium driven headless through chromedriver's W3C WebDriver HTTP API, with
 * java.net.http only (no Selenium). One instance owns one chromedriver process and one session.
 */
final class HeadlessChrome implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The W3C key of an element reference. */
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run");
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Process driver;
  private final String base;
  private String session;

  private HeadlessChrome(Process driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Starts chromedriver on a free port and opens a browser session. */
  static HeadlessChrome start(Path logFile) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
        .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    HeadlessChrome chrome = new HeadlessChrome(p, "http://127.0.0.1:" + port);
    try {
      chrome.awaitReady();
      chrome.openSession();
    } catch (IOException | InterruptedException | RuntimeException e) {
      chrome.close();
      throw e;
    }
    return chrome;
  }

  void navigate(String url) throws IOException, InterruptedException {
    call("POST", "/session/" + session + "/url", Map.of("url", url));
  }

  void windowSize(int width, int height) throws IOException, InterruptedException {
    call("POST", "/session/" + session + "/window/rect", Map.of("width", width, "height", height));
  }

  String title() throws IOException, InterruptedException {
    return call("GET", "/session/" + session + "/title", null).path("value").asText();
  }

  /** Switches into the iframe matched by a CSS selector. */
  void enterFrame(String css) throws IOException, InterruptedException {
    JsonNode el = call("POST", "/session/" + session + "/element",
        Map.of("using", "css selector", "value", css)).path("value");
    call("POST", "/session/" + session + "/frame", Map.of("id", Map.of(ELEMENT, el.path(ELEMENT).asText())));
  }

  void leaveFrame() throws IOException, InterruptedException {
    call("POST", "/session/" + session + "/frame/parent", Map.of());
  }

  /** True once an element matching the selector exists in the current frame, polling until timeout. */
  boolean waitFor(String css, Duration timeout) throws IOException, InterruptedException {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      HttpResponse<String> r = send("POST", "/session/" + session + "/elements",
          Map.of("using", "css selector", "value", css));
      if (r.statusCode() == 200 && json.readTree(r.body()).path("value").size() > 0) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  byte[] screenshotPng() throws IOException, InterruptedException {
    String b64 = call("GET", "/session/" + session + "/screenshot", null).path("value").asText();
    return Base64.getDecoder().decode(b64);
  }

  private void awaitReady() throws IOException, InterruptedException {
    Instant until = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(until)) {
      try {
        HttpResponse<String> r = send("GET", "/status", null);
        if (r.statusCode() == 200 && json.readTree(r.body()).path("value").path("ready").asBoolean()) {
          return;
        }
      } catch (IOException notYet) {
        // chromedriver is still starting
      }
      if (!driver.isAlive()) {
        throw new IOException("chromedriver exited with " + driver.exitValue());
      }
      Thread.sleep(100);
    }
    throw new IOException("chromedriver did not become ready in 20 s");
  }

  private void openSession() throws IOException, InterruptedException {
    Map<String, Object> options = Map.of("binary", CHROMIUM.toString(), "args", ARGS);
    Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch",
        Map.of("browserName", "chrome", "goog:chromeOptions", options)));
    session = call("POST", "/session", caps).path("value").path("sessionId").asText();
  }

  private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
    HttpResponse<String> r = send(method, path, body);
    if (r.statusCode() != 200) {
      throw new IOException("WebDriver " + method + " " + path + " → " + r.statusCode() + ": " + r.body());
    }
    return json.readTree(r.body());
  }

  private HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    try {
      if (session != null) {
        send("DELETE", "/session/" + session, null);
      }
    } catch (IOException | InterruptedException e) {
      // the process is ended below either way
    } finally {
      driver.destroy();
      try {
        if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
          driver.destroyForcibly();
        }
      } catch (InterruptedException e) {
        driver.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
