package dev.bellwether.devorg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.http.RawHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** gzip on Bulk API 2.0: job JSON and CSV uploads decoded exactly once, CSV results compressed. */
class BulkCompressionTest {
  private static final String JOBS = "/services/data/v64.0/jobs/ingest";
  private static final String INSERT_ACCOUNTS =
      "{\"object\":\"Account\",\"operation\":\"insert\",\"contentType\":\"CSV\",\"lineEnding\":\"LF\"}";
  @RegisterExtension
  static final RawHttpDevOrg devorg = new RawHttpDevOrg();
  private final RawHttp http = devorg.http();

  @Test
  void aJobFromGzippedJsonAndAGzippedUploadIngestsEveryRow() {
    Answer created = http.send("POST", JOBS, RawHttp.gzip(INSERT_ACCOUNTS), "Content-Type", "application/json",
        "Content-Encoding", "gzip", "Accept-Encoding", "gzip");
    assertEquals(200, created.status(), created.text());
    assertEquals("gzip", created.contentEncoding());
    String id = created.json().path("id").asText();

    Answer upload = http.send("PUT", JOBS + "/" + id + "/batches", RawHttp.gzip(csv("Bulk Gzip", 300)),
        "Content-Type", "text/csv", "Content-Encoding", "gzip");
    assertEquals(201, upload.status(), upload.text());
    JsonNode done = closeAndAwait(id);

    assertEquals("JobComplete", done.path("state").asText(), done.toString());
    assertEquals(300, done.path("numberRecordsProcessed").asInt());
    assertEquals(0, done.path("numberRecordsFailed").asInt());
    Answer results = http.send("GET", JOBS + "/" + id + "/successfulResults", null, "Accept-Encoding", "gzip");
    assertEquals(200, results.status());
    assertEquals("gzip", results.contentEncoding());
    assertTrue(results.contentType().startsWith("text/csv"), results.contentType());
    String[] lines = results.text().split("\n");
    assertEquals("\"sf__Id\",\"sf__Created\",Name", lines[0]);
    assertEquals(301, lines.length);
  }

  @Test
  void anUploadBrokenHalfwayIs400AndTheJobKeepsNothingOfIt() {
    String id = http.send("POST", JOBS, INSERT_ACCOUNTS.getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json").json().path("id").asText();
    byte[] whole = RawHttp.gzip(csv("Broken", 5000));

    Answer broken = http.send("PUT", JOBS + "/" + id + "/batches", Arrays.copyOf(whole, whole.length / 2),
        "Content-Type", "text/csv", "Content-Encoding", "gzip");

    assertEquals(400, broken.status(), broken.text());
    assertEquals("INVALID_CONTENT_ENCODING", broken.json().path(0).path("errorCode").asText(), broken.text());
    Answer good = http.send("PUT", JOBS + "/" + id + "/batches", csv("Kept", 3).getBytes(StandardCharsets.UTF_8),
        "Content-Type", "text/csv");
    assertEquals(201, good.status(), good.text());
    JsonNode done = closeAndAwait(id);
    assertEquals("JobComplete", done.path("state").asText(), done.toString());
    assertEquals(3, done.path("numberRecordsProcessed").asInt());
  }

  @Test
  void queryResultPagesAreGzipped() {
    http.send("POST", "/services/data/v64.0/sobjects/Account", "{\"Name\":\"Paged Co\"}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json");
    String id = http.send("POST", "/services/data/v64.0/jobs/query",
        "{\"operation\":\"query\",\"query\":\"SELECT Name FROM Account WHERE Name = 'Paged Co'\"}"
            .getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json").json().path("id").asText();
    JsonNode done = await("/services/data/v64.0/jobs/query/" + id);
    assertEquals("JobComplete", done.path("state").asText(), done.toString());

    Answer page = http.send("GET", "/services/data/v64.0/jobs/query/" + id + "/results", null, "Accept-Encoding", "gzip");

    assertEquals(200, page.status());
    assertEquals("gzip", page.contentEncoding());
    assertEquals("\"Name\"\n\"Paged Co\"\n", page.text());
  }

  private static String csv(String prefix, int rows) {
    StringBuilder sb = new StringBuilder("Name\n");
    for (int i = 0; i < rows; i++) {
      sb.append(prefix).append(' ').append(i).append('\n');
    }
    return sb.toString();
  }

  private JsonNode closeAndAwait(String id) {
    Answer closed = http.send("PATCH", JOBS + "/" + id, "{\"state\":\"UploadComplete\"}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json");
    assertEquals(200, closed.status(), closed.text());
    return await(JOBS + "/" + id);
  }

  private JsonNode await(String jobPath) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode info = http.send("GET", jobPath, null).json();
      if (Set.of("JobComplete", "Failed", "Aborted").contains(info.path("state").asText())) {
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
}
