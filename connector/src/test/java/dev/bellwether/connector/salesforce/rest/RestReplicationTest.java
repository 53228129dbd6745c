package dev.bellwether.connector.salesforce.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.DeletedRecord;
import dev.bellwether.connector.Deletions;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.connector.salesforce.UpdatedIds;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** REST getUpdated/getDeleted against a devorg whose clock the test sets. */
class RestReplicationTest {
  static final MutableClock clock = new MutableClock(Instant.parse("2025-01-10T10:00:00Z"));
  static TestDevOrg devorg;
  static String doomed;
  static String kept;
  static String late;

  /** Kept and Doomed at 10:01, Doomed deleted at 10:03:07, Late at 10:05:10; now 10:30. */
  @BeforeAll
  static void start() {
    devorg = TestDevOrg.start(DevOrgOptions.builder().clock(clock));
    OrgSeed seed = new OrgSeed(devorg);
    clock.set(Instant.parse("2025-01-10T10:01:00Z"));
    doomed = seed.create("Account", Map.of("Name", "Doomed"));
    kept = seed.create("Account", Map.of("Name", "Kept"));
    clock.set(Instant.parse("2025-01-10T10:03:07Z"));
    seed.delete(List.of(doomed));
    clock.set(Instant.parse("2025-01-10T10:05:10Z"));
    late = seed.create("Account", Map.of("Name", "Late"));
    clock.set(Instant.parse("2025-01-10T10:30:00Z"));
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  private static TimeWindow window(String from, String to) {
    return new TimeWindow(Instant.parse(from), Instant.parse(to));
  }

  @Test
  void deletionsInAWindowComeWithTheirDatesAndTheRetentionLimit() throws CrmException {
    try (RestWiring w = RestWiring.to(devorg)) {
      Deletions d = new RestReplication(w.rest(), Namespace.NONE)
          .deleted("Account", window("2025-01-10T10:00:00Z", "2025-01-10T10:10:00Z"));
      assertEquals(List.of(new DeletedRecord(doomed, Instant.parse("2025-01-10T10:03:07Z"))), d.records());
      assertEquals(Instant.parse("2024-12-11T10:30:00Z"), d.earliestAvailable(), "30 days before now");
      assertEquals(Instant.parse("2025-01-10T10:10:00Z"), d.latestCovered());
      assertFalse(d.incompleteFor(window("2025-01-10T10:00:00Z", "2025-01-10T10:10:00Z")));
      assertEquals(1, w.guard().calls());
    }
  }

  @Test
  void updatedIdsLeaveOutDeletedRecordsAndIgnoreSeconds() throws CrmException {
    try (RestWiring w = RestWiring.to(devorg)) {
      RestReplication replication = new RestReplication(w.rest(), Namespace.NONE);
      UpdatedIds upToTen = replication.updated("Account", window("2025-01-10T10:00:00Z", "2025-01-10T10:10:00Z"));
      assertEquals(List.of(kept, late), upToTen.ids());
      assertEquals(Instant.parse("2025-01-10T10:10:00Z"), upToTen.latestCovered());
      // 10:05:59 is read as 10:05:00, so Late (10:05:10) falls outside
      UpdatedIds beforeLate = replication.updated("Account", window("2025-01-10T10:00:00Z", "2025-01-10T10:05:59Z"));
      assertEquals(List.of(kept), beforeLate.ids());
      assertEquals(Instant.parse("2025-01-10T10:05:00Z"), beforeLate.latestCovered());
    }
  }

  @Test
  void aWindowEndingInTheFutureIsCoveredUntilTheServersNow() throws CrmException {
    try (RestWiring w = RestWiring.to(devorg)) {
      UpdatedIds u = new RestReplication(w.rest(), Namespace.NONE)
          .updated("Account", window("2025-01-10T10:04:00Z", "2025-01-10T12:00:00Z"));
      assertEquals(List.of(late), u.ids());
      assertEquals(Instant.parse("2025-01-10T10:30:00Z"), u.latestCovered());
    }
  }

  @Test
  void aWindowInsideOneMinuteIsAnsweredEmptyWithoutARequest() throws CrmException {
    try (RestWiring w = RestWiring.to(devorg)) {
      RestReplication replication = new RestReplication(w.rest(), Namespace.NONE);
      TimeWindow w1 = window("2025-01-10T10:03:05Z", "2025-01-10T10:03:50Z");
      Deletions d = replication.deleted("Account", w1);
      assertTrue(d.records().isEmpty());
      assertNull(d.earliestAvailable());
      assertEquals(Instant.parse("2025-01-10T10:03:00Z"), d.latestCovered());
      assertTrue(replication.updated("Account", w1).ids().isEmpty());
      assertEquals(0, w.guard().calls());
    }
  }

  @Test
  void aWindowStartingBeforeTheRetentionIsRefused() {
    try (RestWiring w = RestWiring.to(devorg)) {
      CrmException e = assertThrows(CrmException.class, () -> new RestReplication(w.rest(), Namespace.NONE)
          .deleted("Account", window("2024-12-01T00:00:00Z", "2024-12-20T00:00:00Z")));
      assertEquals(CrmException.Kind.INVALID_REQUEST, e.kind());
      assertEquals("INVALID_REPLICATION_DATE", e.code());
    }
  }
}
