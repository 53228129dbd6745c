package dev.bellwether.devorg.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request in src/test/resources/bad-requests/bulk (see its README) is refused with the
 * status and Salesforce error code its file names.
 */
class BulkBadRequestCorpusTest {
  private static final String CORPUS = "bad-requests/bulk";
  private static DevOrg devorg;
  private static BulkClient bulk;
  private static String openIngestJob;
  private static String completedQueryJob;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    bulk = new BulkClient(devorg, "64.0");
    openIngestJob = bulk.createIngestJob("{\"object\":\"Account\",\"operation\":\"insert\"}");
    completedQueryJob = bulk.json("POST", "/jobs/query", "{\"operation\":\"query\",\"query\":\"SELECT Id FROM Account\"}",
        200).get("id").asText();
    bulk.awaitEnd("/jobs/query/" + completedQueryJob);
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @TestFactory
  Stream<DynamicTest> everyBadRequestIsRefusedLikeSalesforce() throws IOException, URISyntaxException {
    Path dir = Path.of(BulkBadRequestCorpusTest.class.getClassLoader().getResource(CORPUS).toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no cases in " + dir);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws IOException {
    JsonNode c = BulkClient.JSON.readTree(Files.readString(file));
    String path = c.get("path").asText();
    if (c.has("given")) {
      String id = c.get("given").asText().equals("openIngestJob") ? openIngestJob : completedQueryJob;
      path = path.replace("{ingestJobId}", id).replace("{queryJobId}", id);
    }
    HttpResponse<String> r = c.path("authenticated").asBoolean(true)
        ? bulk.send(c.get("method").asText(), path, text(c, "contentType"), text(c, "body"))
        : anonymous(c.get("method").asText(), path);
    String what = c.get("description").asText() + " → " + r.body();

    assertEquals(c.get("expectStatus").asInt(), r.statusCode(), what);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
    JsonNode error = BulkClient.firstError(r);
    assertEquals(c.get("expectErrorCode").asText(), error.get("errorCode").asText(), what);
    if (c.has("expectMessage")) {
      assertEquals(c.get("expectMessage").asText(), error.get("message").asText(), what);
    }
    if (c.has("expectMessageContaining")) {
      assertTrue(error.get("message").asText().contains(c.get("expectMessageContaining").asText()), what);
    }
  }

  private static HttpResponse<String> anonymous(String method, String path) {
    return bulk.send(HttpRequest.newBuilder(bulk.uri(path)).method(method, HttpRequest.BodyPublishers.noBody()), false);
  }

  private static String text(JsonNode c, String field) {
    return c.has(field) ? c.get(field).asText() : null;
  }
}
