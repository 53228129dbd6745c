package dev.bellwether.devorg.rest;

import static dev.bellwether.devorg.rest.RestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.rest.RestClient.Answer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplicationFeedTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-10T10:00:00Z"));
  private DevOrg devorg;
  private RestClient rest;

  @BeforeEach
  void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().clock(clock).build());
    rest = new RestClient(devorg);
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  @Test
  void updatedListsRecordsChangedInTheWindowBySystemModstamp() {
    clock.set(Instant.parse("2025-01-10T10:00:30Z"));
    String early = rest.create("Account", "{\"Name\":\"Early\"}");
    clock.set(Instant.parse("2025-01-10T10:05:10Z"));
    String changed = rest.create("Account", "{\"Name\":\"Changed\"}");
    clock.set(Instant.parse("2025-01-10T10:12:00Z"));
    String late = rest.create("Account", "{\"Name\":\"Late\"}");
    clock.set(Instant.parse("2025-01-10T10:20:00Z"));

    // Seconds are ignored: 10:05:59 covers up to 10:05:00, so only Early is in.
    Answer a = rest.get(V + "/sobjects/Account/updated?start=2025-01-10T10:00:00%2B00:00&end=2025-01-10T10:05:59%2B00:00");
    assertEquals(200, a.status(), a.body());
    assertEquals("{\"ids\":[\"" + early + "\"],\"latestDateCovered\":\"2025-01-10T10:05:00.000+0000\"}", a.body());

    Answer b = rest.get(V + "/sobjects/Account/updated/?start=2025-01-10T10:01:00Z&end=2025-01-10T10:15:00Z");
    assertEquals("[\"" + changed + "\",\"" + late + "\"]", b.json().path("ids").toString());
  }

  @Test
  void updatedWithEndInTheFutureCoversUntilNow() {
    clock.set(Instant.parse("2025-01-10T10:08:30Z"));
    String id = rest.create("Account", "{\"Name\":\"Now\"}");
    // An unencoded '+' arrives as a space; devorg reads it as the offset sign.
    Answer a = rest.get(V + "/sobjects/Account/updated?start=2025-01-10T10:00:00+00:00&end=2025-01-10T11:00:00+00:00");
    assertEquals(200, a.status(), a.body());
    assertEquals(id, a.json().path("ids").get(0).asText());
    assertEquals("2025-01-10T10:08:00.000+0000", a.json().path("latestDateCovered").asText());
  }

  @Test
  void deletedListsRecycledRecordsWithDeletionDates() {
    clock.set(Instant.parse("2025-01-10T10:01:00Z"));
    String id = rest.create("Account", "{\"Name\":\"Doomed\"}");
    rest.create("Account", "{\"Name\":\"Kept\"}");
    clock.set(Instant.parse("2025-01-10T10:03:07Z"));
    assertEquals(204, rest.delete(V + "/sobjects/Account/" + id).status());
    clock.set(Instant.parse("2025-01-10T10:30:00Z"));
    Answer a = rest.get(V + "/sobjects/Account/deleted?start=2025-01-10T10:00:00Z&end=2025-01-10T10:10:00Z");
    assertEquals(200, a.status(), a.body());
    assertEquals("{\"deletedRecords\":[{\"deletedDate\":\"2025-01-10T10:03:07.000+0000\",\"id\":\"" + id + "\"}],"
        + "\"earliestDateAvailable\":\"2024-12-11T10:30:00.000+0000\",\"latestDateCovered\":\"2025-01-10T10:10:00.000+0000\"}",
        a.body());
    JsonNode updated = rest.get(V + "/sobjects/Account/updated?start=2025-01-10T10:00:00Z&end=2025-01-10T10:10:00Z").json();
    assertEquals(1, updated.path("ids").size(), "a deleted record is reported by deleted, not updated");
  }

  @Test
  void badWindowsAnswerInvalidReplicationDate() {
    clock.set(Instant.parse("2025-03-10T00:00:00Z"));
    rest = new RestClient(devorg); // the first session expired while the clock moved on
    String base = V + "/sobjects/Account/updated";
    assertInvalid(base + "?start=2025-03-09T10:00:00Z&end=2025-03-09T09:00:00Z");
    assertInvalid(base + "?start=2025-03-09T10:00:00Z&end=2025-03-09T10:00:30Z");
    assertInvalid(base + "?start=2025-02-01T00:00:00Z&end=2025-03-09T00:00:00Z");
    assertInvalid(base + "?start=2025-01-01T00:00:00Z&end=2025-01-05T00:00:00Z");
    assertInvalid(V + "/sobjects/Account/deleted?start=yesterday&end=2025-03-09T00:00:00Z");
    Answer missing = rest.get(base + "?start=2025-03-09T10:00:00Z");
    assertEquals(400, missing.status());
    assertEquals("MISSING_ARGUMENT", missing.errorCode());
    Answer org = rest.get(V + "/sobjects/Organization/updated?start=2025-03-09T10:00:00Z&end=2025-03-09T11:00:00Z");
    assertEquals("INVALID_TYPE", org.errorCode());
  }

  private void assertInvalid(String path) {
    Answer a = rest.get(path);
    assertEquals(400, a.status(), path + " " + a.body());
    assertEquals("INVALID_REPLICATION_DATE", a.errorCode(), path);
  }
}
