package dev.bellwether.devorg.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.devorg.store.WriteOp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As on Salesforce, a deletion moves the record's SystemModstamp to the deletion time, so a
 * queryAll filtered by SystemModstamp (REST, or a Bulk API 2.0 job with operation queryAll) sees
 * the deletions of its window: what lets an incremental poll learn changes and deletions in one call.
 */
class DeletionModstampTest {
  private static final String ACC1 = "001000000000001AAA";
  private static final String ACC2 = "001000000000002AAA";
  private static final String ACC3 = "001000000000003AAA";
  private DevOrg devorg;
  private BulkClient bulk;

  @BeforeEach
  void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    bulk = new BulkClient(devorg, "64.0");
    devorg.org().store().apply(List.of(new WriteOp.Create("Account", Map.of("Name", "One")),
        new WriteOp.Create("Account", Map.of("Name", "Two")), new WriteOp.Create("Account", Map.of("Name", "Three"))),
        true, devorg.org().writeAs(devorg.org().adminUserId()));
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  @Test
  void aDeletionMovesSystemModstampSoQueryAllByModstampSeesIt() throws Exception {
    Instant created = (Instant) record(ACC1).get("SystemModstamp");
    Instant from = nextWholeSecondAfter(created);
    JsonNode job = bulk.ingest("{\"object\":\"Account\",\"operation\":\"delete\"}", "Id\n" + ACC1 + "\n");
    assertEquals(0, job.get("numberRecordsFailed").asInt());
    assertEquals(204, bulk.send("DELETE", "/sobjects/Account/" + ACC2, null, null).statusCode());

    for (String id : List.of(ACC1, ACC2)) {
      StoredRecord gone = record(id);
      assertTrue(gone.deleted());
      assertEquals(gone.deletedAt(), gone.get("SystemModstamp"), "the stamp is the deletion time");
      assertTrue(((Instant) gone.get("SystemModstamp")).isAfter(created));
    }
    assertEquals(created, record(ACC3).get("SystemModstamp"), "the untouched record keeps its stamp");

    String soql = "SELECT Id, IsDeleted FROM Account WHERE SystemModstamp >= " + from + " ORDER BY Id";
    JsonNode rest = new ObjectMapper().readTree(
        bulk.text("/queryAll?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8)));
    assertEquals(2, rest.get("totalSize").asInt());
    assertEquals(ACC1, rest.get("records").get(0).get("Id").asText());
    assertTrue(rest.get("records").get(0).get("IsDeleted").asBoolean());
    assertEquals(ACC2, rest.get("records").get(1).get("Id").asText());
    HttpResponse<String> live = bulk.send("GET", "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8),
        null, null);
    assertEquals(0, new ObjectMapper().readTree(live.body()).get("totalSize").asInt(), "query leaves them out");

    String jobId = bulk.json("POST", "/jobs/query", "{\"operation\":\"queryAll\",\"query\":\"" + soql + "\"}", 200)
        .get("id").asText();
    assertEquals("JobComplete", bulk.awaitEnd("/jobs/query/" + jobId).get("state").asText());
    assertEquals("\"Id\",\"IsDeleted\"\n\"" + ACC1 + "\",\"true\"\n\"" + ACC2 + "\",\"true\"\n",
        bulk.text("/jobs/query/" + jobId + "/results"));
  }

  private StoredRecord record(String id) {
    return devorg.org().store().find(id).orElseThrow();
  }

  /** Waits until the org's clock is past the next whole second and returns that second (a plain SOQL literal). */
  private Instant nextWholeSecondAfter(Instant t) throws InterruptedException {
    Instant next = t.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    while (!devorg.org().clock().instant().isAfter(next)) {
      Thread.sleep(20);
    }
    return next;
  }
}
