package dev.bellwether.devorg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bulk-fail=P: the chosen Bulk API 2.0 jobs end Failed before processing anything. */
class BulkFailFaultTest {
  private static final String INGEST = FaultClient.V + "/jobs/ingest";
  private static final String QUERY = FaultClient.V + "/jobs/query";
  @RegisterExtension
  static final FaultDevOrg devorg = new FaultDevOrg();
  private final FaultClient client = devorg.client();

  @Test
  void aFailedIngestJobWritesNothingAndLeavesEveryRowUnprocessed() throws Exception {
    devorg.faults("bulk-fail=1");

    JsonNode job = ingest("Name\nDoomed One\nDoomed Two\n");

    assertEquals("Failed", job.path("state").asText(), job.toString());
    assertEquals(FaultInjector.BULK_FAILURE_MESSAGE, job.path("errorMessage").asText());
    assertEquals(0, job.path("numberRecordsProcessed").asInt());
    assertEquals(0, job.path("numberRecordsFailed").asInt());
    assertTrue(devorg.org().store().scan(devorg.org().schema().object("Account").orElseThrow(),
        r -> String.valueOf(r.get("Name")).startsWith("Doomed")).isEmpty());
    String unprocessed = client.send("GET", INGEST + "/" + job.path("id").asText() + "/unprocessedrecords", null,
        Duration.ofSeconds(10)).body();
    assertEquals("Name\n\"Doomed One\"\n\"Doomed Two\"\n", unprocessed);
  }

  @Test
  void aFailedQueryJobHasAnErrorMessageAndNoResults() throws Exception {
    devorg.faults("bulk-fail=1");
    String id = client.json("POST", QUERY, "{\"operation\":\"query\",\"query\":\"SELECT Id FROM Account\"}", 200)
        .path("id").asText();

    JsonNode job = client.awaitJobEnd(QUERY + "/" + id);

    assertEquals("Failed", job.path("state").asText(), job.toString());
    assertEquals(FaultInjector.BULK_FAILURE_MESSAGE, job.path("errorMessage").asText());
    assertEquals(0, job.path("numberRecordsProcessed").asInt());
    JsonNode error = client.json("GET", QUERY + "/" + id + "/results", null, 400);
    assertEquals("INVALIDJOBSTATE", error.path(0).path("errorCode").asText());
  }

  @Test
  void jobsRunNormallyOnceTheFaultIsCleared() throws Exception {
    devorg.faults("bulk-fail=1");
    assertEquals("Failed", ingest("Name\nFirst Try\n").path("state").asText());

    devorg.faults("");
    JsonNode job = ingest("Name\nSecond Try\n");

    assertEquals("JobComplete", job.path("state").asText(), job.toString());
    assertEquals(1, job.path("numberRecordsProcessed").asInt());
  }

  private JsonNode ingest(String csv) throws InterruptedException {
    String id = client.json("POST", INGEST, "{\"object\":\"Account\",\"operation\":\"insert\",\"lineEnding\":\"LF\"}",
        200).path("id").asText();
    client.json("PUT", INGEST + "/" + id + "/batches", csv, 201);
    client.json("PATCH", INGEST + "/" + id, "{\"state\":\"UploadComplete\"}", 200);
    return client.awaitJobEnd(INGEST + "/" + id);
  }
}
