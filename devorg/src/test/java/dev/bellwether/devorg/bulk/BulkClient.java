package dev.bellwether.devorg.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.devorg.DevOrg;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * Bulk API 2.0 over real HTTP for tests, as a client such as jsforce sends it: a bearer token,
 * JSON job requests and text/csv uploads. Each method is one call (or a poll).
 */
final class BulkClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TERMINAL = Set.of("JobComplete", "Failed", "Aborted");
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;
  private final String version;

  BulkClient(DevOrg devorg, String version) {
    this.base = devorg.url();
    this.version = version;
    this.token = devorg.org().sessions().open(devorg.org().id(), devorg.org().adminUserId(), "bellwether-cli").token();
  }

  String api() {
    return "/services/data/v" + version;
  }

  /** Any request; path is relative to /services/data/vNN.N unless it starts with "/services". */
  HttpResponse<String> send(String method, String path, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method, body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b, true);
  }

  /** A request built by the caller (own headers, raw bytes), sent as HTTP/1.1 like Salesforce clients. */
  HttpResponse<String> send(HttpRequest.Builder request, boolean withToken) {
    if (withToken) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("request failed: " + e, e);
    }
  }

  /** The full URL of a path relative to /services/data/vNN.N. */
  URI uri(String path) {
    return URI.create(base + (path.startsWith("/services") ? path : api() + path));
  }

  /** A JSON call that must answer with this status; returns the parsed body (null when empty). */
  JsonNode json(String method, String path, String body, int expectedStatus) {
    HttpResponse<String> r = send(method, path, body == null ? null : "application/json; charset=utf-8", body);
    assertEquals(expectedStatus, r.statusCode(), () -> method + " " + path + " answered " + r.body());
    try {
      return r.body().isEmpty() ? null : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  /** Creates an ingest job and returns its id. */
  String createIngestJob(String jobJson) {
    return json("POST", "/jobs/ingest", jobJson, 200).get("id").asText();
  }

  void upload(String jobId, String csv) {
    HttpResponse<String> r = send("PUT", "/jobs/ingest/" + jobId + "/batches", "text/csv", csv);
    assertEquals(201, r.statusCode(), () -> "upload answered " + r.body());
    assertEquals("", r.body());
  }

  void closeJob(String jobId) {
    json("PATCH", "/jobs/ingest/" + jobId, "{\"state\":\"UploadComplete\"}", 200);
  }

  /** Create, upload, close and wait: the whole ingest flow; returns the final job info. */
  JsonNode ingest(String jobJson, String csv) {
    String id = createIngestJob(jobJson);
    upload(id, csv);
    closeJob(id);
    return awaitEnd("/jobs/ingest/" + id);
  }

  /** Polls a job until it is JobComplete, Failed or Aborted. */
  JsonNode awaitEnd(String jobPath) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode info = json("GET", jobPath, null, 200);
      if (TERMINAL.contains(info.get("state").asText())) {
        return info;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return fail("job " + jobPath + " did not finish");
  }

  /** A text (CSV) GET that must answer 200. */
  String text(String path) {
    HttpResponse<String> r = send("GET", path, null, null);
    assertEquals(200, r.statusCode(), () -> "GET " + path + " answered " + r.body());
    return r.body();
  }

  /** The first entry of a Salesforce error array. */
  static JsonNode firstError(HttpResponse<String> r) {
    try {
      JsonNode errors = JSON.readTree(r.body());
      if (!errors.isArray() || errors.isEmpty()) {
        return fail("not an error array: " + r.body());
      }
      return errors.get(0);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }
}
