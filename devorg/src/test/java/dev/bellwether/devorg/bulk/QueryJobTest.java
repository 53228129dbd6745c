package dev.bellwether.devorg.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk API 2.0 query jobs over HTTP: job states, CSV paging with Sforce-Locator, value formats,
 * queryAll, and the errors for bad queries, foreign API versions and unknown jobs. The org's
 * clock is fixed, so CreatedDate is known: 2025-01-02T03:04:05Z.
 */
class QueryJobTest {
  private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
  private static final String QUERY = "SELECT Id, Name, AnnualRevenue, IsDeleted, CreatedDate, Owner.Name"
      + " FROM Account ORDER BY Name";
  private DevOrg devorg;
  private BulkClient bulk;

  @BeforeEach
  void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
    bulk = new BulkClient(devorg, "64.0");
    // Created in this order, so ids 1..5 follow the names; ORDER BY Name gives the same order.
    seed("Account", Map.of("Name", "Acme", "AnnualRevenue", "1500.50"), Map.of("Name", "Bolt"),
        Map.of("Name", "Crane, \"the\" Co"), Map.of("Name", "Dune"), Map.of("Name", "Echo"));
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  @Test
  void createdJobIsUploadCompleteThenRunsToJobComplete() {
    JsonNode created = bulk.json("POST", "/jobs/query", "{\"operation\":\"query\",\"query\":\"" + QUERY + "\"}", 200);

    assertEquals(List.of("id", "operation", "object", "createdById", "createdDate", "systemModstamp", "state",
        "concurrencyMode", "contentType", "apiVersion", "lineEnding", "columnDelimiter"), names(created));
    assertEquals("UploadComplete", created.get("state").asText());
    assertEquals("query", created.get("operation").asText());
    assertEquals("Account", created.get("object").asText());
    assertEquals("2025-01-02T03:04:05.000+0000", created.get("createdDate").asText());
    assertTrue(created.get("apiVersion").isNumber());
    JsonNode done = bulk.awaitEnd("/jobs/query/" + created.get("id").asText());
    assertEquals("JobComplete", done.get("state").asText());
    assertEquals("V2Query", done.get("jobType").asText());
    assertEquals(5, done.get("numberRecordsProcessed").asInt());
  }

  @Test
  void resultsComeInPagesOfMaxRecordsAndTheLastLocatorIsTheTextNull() {
    String id = runQuery("query", QUERY, "");

    HttpResponse<String> first = bulk.send("GET", "/jobs/query/" + id + "/results?maxRecords=3", null, null);
    String locator = first.headers().firstValue("Sforce-Locator").orElseThrow();
    HttpResponse<String> second = bulk.send("GET", "/jobs/query/" + id + "/results?maxRecords=3&locator=" + locator,
        null, null);

    String header = "\"Id\",\"Name\",\"AnnualRevenue\",\"IsDeleted\",\"CreatedDate\",\"Owner.Name\"\n";
    assertEquals(200, first.statusCode());
    assertEquals("text/csv", first.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("Mw", locator);
    assertEquals("3", first.headers().firstValue("Sforce-NumberOfRecords").orElseThrow());
    assertEquals(header
        + "\"001000000000001AAA\",\"Acme\",\"1500.5\",\"false\",\"2025-01-02T03:04:05.000Z\",\"Avery Admin\"\n"
        + "\"001000000000002AAA\",\"Bolt\",\"\",\"false\",\"2025-01-02T03:04:05.000Z\",\"Avery Admin\"\n"
        + "\"001000000000003AAA\",\"Crane, \"\"the\"\" Co\",\"\",\"false\",\"2025-01-02T03:04:05.000Z\",\"Avery Admin\"\n",
        first.body());
    assertEquals("null", second.headers().firstValue("Sforce-Locator").orElseThrow());
    assertEquals("2", second.headers().firstValue("Sforce-NumberOfRecords").orElseThrow());
    assertEquals(header
        + "\"001000000000004AAA\",\"Dune\",\"\",\"false\",\"2025-01-02T03:04:05.000Z\",\"Avery Admin\"\n"
        + "\"001000000000005AAA\",\"Echo\",\"\",\"false\",\"2025-01-02T03:04:05.000Z\",\"Avery Admin\"\n",
        second.body());
  }

  @Test
  void withoutMaxRecordsEverythingIsOnePage() {
    String id = runQuery("query", "SELECT Name FROM Account ORDER BY Name", "");

    HttpResponse<String> all = bulk.send("GET", "/jobs/query/" + id + "/results", null, null);

    assertEquals("null", all.headers().firstValue("Sforce-Locator").orElseThrow());
    assertEquals("5", all.headers().firstValue("Sforce-NumberOfRecords").orElseThrow());
    assertEquals("\"Name\"\n\"Acme\"\n\"Bolt\"\n\"Crane, \"\"the\"\" Co\"\n\"Dune\"\n\"Echo\"\n", all.body());
  }

  @Test
  void queryAllAlsoReturnsDeletedRecords() {
    devorg.org().store().apply(List.of(new WriteOp.Delete("001000000000002AAA")), true,
        devorg.org().writeAs(devorg.org().adminUserId()));

    String live = bulk.text("/jobs/query/" + runQuery("query", "SELECT Name, IsDeleted FROM Account WHERE Name < 'C'", "")
        + "/results");
    String all = bulk.text("/jobs/query/" + runQuery("queryAll", "SELECT Name, IsDeleted FROM Account WHERE Name < 'C'", "")
        + "/results");

    assertEquals("\"Name\",\"IsDeleted\"\n\"Acme\",\"false\"\n", live);
    assertEquals("\"Name\",\"IsDeleted\"\n\"Acme\",\"false\"\n\"Bolt\",\"true\"\n", all);
  }

  @Test
  void emptyParentRelationshipGivesEmptyCellsAndTheJobsDelimiterIsUsed() {
    seed("Contact", Map.of("LastName", "Orphan"), Map.of("LastName", "Child", "AccountId", "001000000000001AAA"));

    String id = runQuery("query", "SELECT LastName, Account.Name FROM Contact ORDER BY LastName",
        ",\"columnDelimiter\":\"PIPE\",\"lineEnding\":\"CRLF\"");

    assertEquals("\"LastName\"|\"Account.Name\"\r\n\"Child\"|\"Acme\"\r\n\"Orphan\"|\"\"\r\n",
        bulk.text("/jobs/query/" + id + "/results"));
  }

  @Test
  void datesNumbersAndBooleansWrittenByAnIngestJobComeBackInBulkFormats() {
    JsonNode ingest = bulk.ingest("{\"object\":\"Opportunity\",\"operation\":\"insert\"}",
        "Name,StageName,CloseDate,Amount,Probability,AccountId\nBig Deal,Closed Won,2025-03-31,12000.50,90,001000000000001AAA\n");
    assertEquals(0, ingest.get("numberRecordsFailed").asInt());

    String id = runQuery("query", "SELECT Name, CloseDate, Amount, Probability, IsWon, LastModifiedDate, Account.Name"
        + " FROM Opportunity", "");

    assertEquals("\"Name\",\"CloseDate\",\"Amount\",\"Probability\",\"IsWon\",\"LastModifiedDate\",\"Account.Name\"\n"
        + "\"Big Deal\",\"2025-03-31\",\"12000.5\",\"90\",\"true\",\"2025-01-02T03:04:05.000Z\",\"Acme\"\n",
        bulk.text("/jobs/query/" + id + "/results"));
  }

  @Test
  void resultsReadWithAnotherApiVersionAreAConflict() {
    String id = runQuery("query", "SELECT Name FROM Account", "");

    HttpResponse<String> other = new BulkClient(devorg, "63.0").send("GET", "/jobs/query/" + id + "/results", null, null);

    assertEquals(409, other.statusCode());
    assertEquals("INVALIDJOB", BulkClient.firstError(other).get("errorCode").asText());
  }

  @Test
  void badQueriesFailThePostWithTheSoqlErrorCode() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("SELECT Bogus__c FROM Account", "INVALID_FIELD");
    expected.put("SELECT Id FROM Bogus__c", "INVALID_TYPE");
    expected.put("SELECT Id FROM", "MALFORMED_QUERY");
    expected.put("SELECT COUNT() FROM Account", "FEATURENOTENABLED");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      HttpResponse<String> r = bulk.send("POST", "/jobs/query", "application/json",
          "{\"operation\":\"query\",\"query\":\"" + e.getKey() + "\"}");
      assertEquals(400, r.statusCode(), e.getKey());
      assertEquals(e.getValue(), BulkClient.firstError(r).get("errorCode").asText(), e.getKey());
    }
    assertEquals(0, bulk.json("GET", "/jobs/query", null, 200).get("records").size());
  }

  @Test
  void invalidLocatorIsRefused() {
    String id = runQuery("query", "SELECT Name FROM Account", "");

    HttpResponse<String> r = bulk.send("GET", "/jobs/query/" + id + "/results?locator=bm90LWEtbnVtYmVy", null, null);

    assertEquals(400, r.statusCode());
  }

  @Test
  void finishedJobCanBeDeletedButNotAbortedAndUnknownIdsAre404() {
    String id = runQuery("query", "SELECT Name FROM Account", "");
    String ingest = bulk.createIngestJob("{\"object\":\"Account\",\"operation\":\"insert\"}");

    HttpResponse<String> abort = bulk.send("PATCH", "/jobs/query/" + id, "application/json", "{\"state\":\"Aborted\"}");
    HttpResponse<String> delete = bulk.send("DELETE", "/jobs/query/" + id, null, null);
    HttpResponse<String> gone = bulk.send("GET", "/jobs/query/" + id + "/results", null, null);
    HttpResponse<String> ingestAsQuery = bulk.send("GET", "/jobs/query/" + ingest, null, null);

    assertEquals(400, abort.statusCode());
    assertEquals("INVALIDJOBSTATE", BulkClient.firstError(abort).get("errorCode").asText());
    assertEquals(204, delete.statusCode());
    assertEquals(404, gone.statusCode());
    assertEquals("NOT_FOUND", BulkClient.firstError(gone).get("errorCode").asText());
    assertEquals(404, ingestAsQuery.statusCode());
  }

  @Test
  void queryJobsAreListed() {
    String id = runQuery("query", "SELECT Name FROM Account", "");

    JsonNode list = bulk.json("GET", "/jobs/query", null, 200);

    assertEquals(1, list.get("records").size());
    assertEquals(id, list.get("records").get(0).get("id").asText());
    assertEquals("V2Query", list.get("records").get(0).get("jobType").asText());
    assertTrue(list.get("done").asBoolean());
  }

  /** Creates a query job, waits for JobComplete and returns its id. */
  private String runQuery(String operation, String soql, String extraJson) {
    String id = bulk.json("POST", "/jobs/query", "{\"operation\":\"" + operation + "\",\"query\":\""
        + soql.replace("\"", "\\\"") + "\"" + extraJson + "}", 200).get("id").asText();
    assertEquals("JobComplete", bulk.awaitEnd("/jobs/query/" + id).get("state").asText());
    return id;
  }

  @SafeVarargs
  private void seed(String type, Map<String, Object>... records) {
    List<WriteOp> ops = new ArrayList<>();
    for (Map<String, Object> r : records) {
      ops.add(new WriteOp.Create(type, r));
    }
    List<WriteResult> written = devorg.org().store().apply(ops, true, devorg.org().writeAs(devorg.org().adminUserId()));
    assertTrue(written.stream().allMatch(WriteResult::success), written::toString);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
