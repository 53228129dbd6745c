package dev.bellwether.devorg.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The life of an ingest job: its JSON shapes, state changes, abort, delete and unknown ids. */
class IngestJobLifecycleTest {
  private static final String INSERT_ACCOUNTS = "{\"object\":\"Account\",\"operation\":\"insert\"}";
  private DevOrg devorg;
  private BulkClient bulk;

  @BeforeEach
  void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    bulk = new BulkClient(devorg, "64.0");
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  @Test
  void createdJobIsOpenWithSalesforcesFieldsInSalesforcesOrder() {
    JsonNode job = bulk.json("POST", "/jobs/ingest", "{\"object\":\"account\",\"operation\":\"insert\","
        + "\"contentType\":\"CSV\",\"lineEnding\":\"LF\"}", 200);

    String id = job.get("id").asText();
    assertEquals(List.of("id", "operation", "object", "createdById", "createdDate", "systemModstamp", "state",
        "concurrencyMode", "contentType", "apiVersion", "contentUrl", "lineEnding", "columnDelimiter"), names(job));
    assertEquals("750000000000001AAA", id);
    assertEquals("insert", job.get("operation").asText());
    assertEquals("Account", job.get("object").asText());
    assertEquals(devorg.org().adminUserId(), job.get("createdById").asText());
    assertTrue(job.get("createdDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"),
        job.get("createdDate").asText());
    assertEquals("Open", job.get("state").asText());
    assertEquals("Parallel", job.get("concurrencyMode").asText());
    assertEquals("CSV", job.get("contentType").asText());
    assertTrue(job.get("apiVersion").isNumber());
    assertEquals(new BigDecimal("64.0"), job.get("apiVersion").decimalValue());
    assertEquals("services/data/v64.0/jobs/ingest/" + id + "/batches", job.get("contentUrl").asText());
    assertEquals("LF", job.get("lineEnding").asText());
    assertEquals("COMMA", job.get("columnDelimiter").asText());
  }

  @Test
  void completedJobInfoCarriesCountersAndJobType() {
    JsonNode info = bulk.ingest(INSERT_ACCOUNTS, "Name\nA\nB\n");

    assertEquals(List.of("id", "operation", "object", "createdById", "createdDate", "systemModstamp", "state",
        "concurrencyMode", "contentType", "apiVersion", "jobType", "contentUrl", "lineEnding", "columnDelimiter",
        "numberRecordsProcessed", "numberRecordsFailed", "retries", "totalProcessingTime",
        "apiActiveProcessingTime", "apexProcessingTime"), names(info));
    assertEquals("V2Ingest", info.get("jobType").asText());
    assertEquals("JobComplete", info.get("state").asText());
    assertEquals(2, info.get("numberRecordsProcessed").asInt());
    assertEquals(0, info.get("retries").asInt());
  }

  @Test
  void abortedOpenJobWritesNothingAndListsEveryRowAsUnprocessed() {
    String id = bulk.createIngestJob(INSERT_ACCOUNTS);
    bulk.upload(id, "Name,AccountNumber\nA,1\n\"B, Ltd\",2\n");

    JsonNode aborted = bulk.json("PATCH", "/jobs/ingest/" + id, "{\"state\":\"Aborted\"}", 200);
    HttpResponse<String> closeAfterAbort = bulk.send("PATCH", "/jobs/ingest/" + id, "application/json",
        "{\"state\":\"UploadComplete\"}");

    assertEquals("Aborted", aborted.get("state").asText());
    assertEquals(400, closeAfterAbort.statusCode());
    assertEquals("INVALIDJOBSTATE", BulkClient.firstError(closeAfterAbort).get("errorCode").asText());
    assertEquals("Name,AccountNumber\n\"A\",\"1\"\n\"B, Ltd\",\"2\"\n", bulk.text("/jobs/ingest/" + id + "/unprocessedrecords"));
    assertEquals(0, bulk.json("GET", "/jobs/ingest/" + id, null, 200).get("numberRecordsProcessed").asInt());
    assertEquals(0, devorg.org().store().count(devorg.org().schema().object("Account").orElseThrow()));
  }

  @Test
  void uploadToAClosedJobIsRefused() {
    String id = bulk.createIngestJob(INSERT_ACCOUNTS);
    bulk.upload(id, "Name\nA\n");
    bulk.closeJob(id);

    HttpResponse<String> late = bulk.send("PUT", "/jobs/ingest/" + id + "/batches", "text/csv", "Name\nB\n");

    assertEquals(400, late.statusCode());
    assertEquals("INVALIDJOBSTATE", BulkClient.firstError(late).get("errorCode").asText());
    assertEquals(1, bulk.awaitEnd("/jobs/ingest/" + id).get("numberRecordsProcessed").asInt());
  }

  @Test
  void deletedJobIsGoneAndAnOpenJobCannotBeDeleted() {
    String open = bulk.createIngestJob(INSERT_ACCOUNTS);
    String done = bulk.ingest(INSERT_ACCOUNTS, "Name\nA\n").get("id").asText();

    HttpResponse<String> deleteOpen = bulk.send("DELETE", "/jobs/ingest/" + open, null, null);
    HttpResponse<String> deleteDone = bulk.send("DELETE", "/jobs/ingest/" + done, null, null);
    HttpResponse<String> afterwards = bulk.send("GET", "/jobs/ingest/" + done, null, null);

    assertEquals(400, deleteOpen.statusCode());
    assertEquals(204, deleteDone.statusCode());
    assertEquals(404, afterwards.statusCode());
    assertEquals("NOT_FOUND", BulkClient.firstError(afterwards).get("errorCode").asText());
  }

  @Test
  void unknownJobIdsAnswer404InSalesforcesShape() {
    for (String path : List.of("/jobs/ingest/750000000000999AAA", "/jobs/ingest/not-an-id",
        "/jobs/ingest/750000000000999AAA/successfulResults", "/jobs/ingest/750000000000999AAA/failedResults",
        "/jobs/ingest/750000000000999AAA/unprocessedrecords")) {
      HttpResponse<String> r = bulk.send("GET", path, null, null);
      assertEquals(404, r.statusCode(), path);
      assertEquals("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]", r.body(), path);
    }
  }

  @Test
  void jobsAreListedAndFoundByFifteenCharacterIdAndWithATrailingSlash() {
    String first = bulk.json("POST", "/jobs/ingest/", INSERT_ACCOUNTS, 200).get("id").asText();
    String second = bulk.createIngestJob("{\"object\":\"Contact\",\"operation\":\"delete\"}");

    JsonNode list = bulk.json("GET", "/jobs/ingest", null, 200);
    JsonNode byShortId = bulk.json("GET", "/jobs/ingest/" + first.substring(0, 15), null, 200);

    assertEquals(List.of("done", "records", "nextRecordsUrl"), names(list));
    assertTrue(list.get("done").asBoolean());
    assertTrue(list.get("nextRecordsUrl").isNull());
    assertEquals(2, list.get("records").size());
    assertEquals(first, list.get("records").get(0).get("id").asText());
    assertEquals(second, list.get("records").get(1).get("id").asText());
    assertEquals("V2Ingest", list.get("records").get(1).get("jobType").asText());
    assertEquals(first, byShortId.get("id").asText());
  }

  @Test
  void resultsOfAJobThatHasNotRunAreHeaderOnly() {
    String id = bulk.createIngestJob(INSERT_ACCOUNTS);
    bulk.upload(id, "Name,Phone\nA,1\n");

    assertEquals("\"sf__Id\",\"sf__Created\",Name,Phone\n", bulk.text("/jobs/ingest/" + id + "/successfulResults"));
    assertEquals("\"sf__Id\",\"sf__Error\",Name,Phone\n", bulk.text("/jobs/ingest/" + id + "/failedResults"));
  }

  @Test
  void jobWithoutDataCompletesWithNothingProcessed() {
    String id = bulk.createIngestJob(INSERT_ACCOUNTS);
    bulk.closeJob(id);

    JsonNode info = bulk.awaitEnd("/jobs/ingest/" + id);

    assertEquals("JobComplete", info.get("state").asText());
    assertEquals(0, info.get("numberRecordsProcessed").asInt());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
