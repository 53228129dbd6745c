package dev.bellwether.devorg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A thin HTTP client for the benchmark: each method is one Salesforce API call. */
final class BenchClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String api;
  private String token;

  BenchClient(String base, String version) {
    this.base = base;
    this.api = base + "/services/data/v" + version;
  }

  void login(String user, String password) throws Exception {
    String form = "grant_type=password&client_id=bellwether-cli&client_secret=bellwether-secret&username="
        + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    JsonNode r = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/services/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), 200));
    token = r.get("access_token").asText();
  }

  JsonNode json(String method, String path, String body, int expected) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : api + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    String text = send(b, expected);
    return text.isEmpty() ? null : JSON.readTree(text);
  }

  /** Uploads a CSV body to a bulk ingest job. */
  void putCsv(String path, byte[] csv) throws Exception {
    send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "text/csv").PUT(HttpRequest.BodyPublishers.ofByteArray(csv)), 201);
  }

  /**
   * Reads every page of a REST query, counting records with a streaming parser so the
   * client's own parsing stays small next to the server's work.
   */
  long queryAllPages(String soql) throws Exception {
    String next = api + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8);
    long count = 0;
    JsonFactory f = JSON.getFactory();
    while (next != null) {
      HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(next))
          .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("query page " + next + " → HTTP " + r.statusCode() + ": " + new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
      }
      next = null;
      try (JsonParser p = f.createParser(r.body())) {
        int depth = 0;
        boolean inRecords = false;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            depth++;
            if (inRecords && depth == 3 && t == JsonToken.START_OBJECT) {
              count++;
            }
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            depth--;
            if (depth == 1) {
              inRecords = false;
            }
          } else if (t == JsonToken.FIELD_NAME && depth == 1) {
            String name = p.currentName();
            if (name.equals("records")) {
              inRecords = true;
            } else if (name.equals("nextRecordsUrl")) {
              p.nextToken();
              next = p.getValueAsString() == null ? null : base + p.getValueAsString();
            }
          }
        }
      }
    }
    return count;
  }

  /** Reads all result pages of a bulk query job; returns the number of data rows. */
  long bulkResults(String jobId) throws Exception {
    String locator = null;
    long rows = 0;
    do {
      String url = api + "/jobs/query/" + jobId + "/results" + (locator == null ? "" : "?locator=" + locator);
      HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url))
          .header("Authorization", "Bearer " + token).header("Accept", "text/csv").GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("bulk results → HTTP " + r.statusCode());
      }
      rows += countLines(r.body()) - 1;
      locator = r.headers().firstValue("Sforce-Locator").orElse("null");
    } while (!"null".equals(locator));
    return rows;
  }

  private static long countLines(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    long lines = 0;
    int n;
    try (in) {
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return lines;
  }

  String token() {
    return token;
  }

  JsonNode memory(boolean gc) throws Exception {
    return JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/devorg/diagnostics/memory?gc=" + gc))
        .header("Authorization", "Bearer " + token).GET(), 200));
  }

  void resetPeak() throws Exception {
    send(HttpRequest.newBuilder(URI.create(base + "/devorg/diagnostics/memory/reset-peak"))
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()), 204);
  }

  private String send(HttpRequest.Builder b, int expected) throws Exception {
    HttpResponse<String> r = http.send(b.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(r.request().method() + " " + r.request().uri() + " → HTTP "
          + r.statusCode() + " (expected " + expected + "): " + r.body());
    }
    return r.body();
  }
}
