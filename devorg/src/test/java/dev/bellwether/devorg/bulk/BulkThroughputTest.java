package dev.bellwether.devorg.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.time.Duration;
import dev.bellwether.devorg.store.WriteOp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 100,000 Accounts of five columns through an ingest job and back out through a query job,
 * the loads `scripts/bench devorg` measures. The bound is loose (a slow CI machine must pass); the point is that the job takes
 * seconds, not minutes, and that every row arrives.
 */
class BulkThroughputTest {
  private static final int ROWS = 100_000;
  private static final Duration BOUND = Duration.ofSeconds(30);
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
  void hundredThousandRowInsertFinishesWithinSeconds() {
    StringBuilder csv = new StringBuilder(ROWS * 60).append("Name,AccountNumber,Industry,AnnualRevenue,NumberOfEmployees\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append("Bulk Account ").append(i).append(",N-").append(i).append(",Technology,").append(1000 + i)
          .append(',').append(i % 5000).append('\n');
    }
    long started = System.nanoTime();

    JsonNode info = bulk.ingest("{\"object\":\"Account\",\"operation\":\"insert\"}", csv.toString());
    String successes = bulk.text("/jobs/ingest/" + info.get("id").asText() + "/successfulResults");

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf("bulk ingest of %,d rows: %d ms (job: %s ms total, %s ms in the store)%n", ROWS, took.toMillis(),
        info.get("totalProcessingTime"), info.get("apiActiveProcessingTime"));
    assertEquals("JobComplete", info.get("state").asText());
    assertEquals(ROWS, info.get("numberRecordsProcessed").asInt());
    assertEquals(0, info.get("numberRecordsFailed").asInt());
    assertEquals(ROWS + 1, successes.lines().count());
    assertTrue(took.compareTo(BOUND) < 0, "took " + took);
  }

  @Test
  void hundredThousandRowQueryIsReadInTwoDefaultPagesWithinSeconds() {
    List<WriteOp> ops = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      ops.add(new WriteOp.Create("Account", Map.of("Name", "Bulk Account " + i, "Industry", "Technology",
          "AnnualRevenue", 1000 + i, "NumberOfEmployees", i % 5000)));
    }
    devorg.org().store().apply(ops, true, devorg.org().writeAs(devorg.org().adminUserId()));
    long started = System.nanoTime();

    String id = bulk.json("POST", "/jobs/query", "{\"operation\":\"query\",\"query\":\"SELECT Id, Name, Industry,"
        + " AnnualRevenue, NumberOfEmployees, Owner.Name FROM Account\"}", 200).get("id").asText();
    bulk.awaitEnd("/jobs/query/" + id);
    long rows = 0;
    int pages = 0;
    String locator = null;
    do {
      HttpResponse<String> page = bulk.send("GET", "/jobs/query/" + id + "/results"
          + (locator == null ? "" : "?locator=" + locator), null, null);
      assertEquals(200, page.statusCode());
      rows += page.body().lines().count() - 1;
      pages++;
      locator = page.headers().firstValue("Sforce-Locator").orElseThrow();
    } while (!locator.equals("null"));

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf("bulk query of %,d rows: %d ms%n", ROWS, took.toMillis());
    assertEquals(ROWS, rows);
    assertEquals(2, pages);
    assertTrue(took.compareTo(BOUND) < 0, "took " + took);
  }
}
