package dev.bellwether.connector.salesforce.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.bellwether.devorg.store.WriteOp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** getDeleted, getUpdated, getServerTimestamp and getUserInfo against a devorg on a hand-moved clock. */
class SoapReplicationTest {
  private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
  private MutableClock clock;
  private TestDevOrg devorg;
  private SoapReplication replication;

  @BeforeEach
  void start() {
    clock = new MutableClock(T0);
    devorg = TestDevOrg.start(DevOrgOptions.builder().clock(clock));
    replication = new SoapReplication(SoapSetup.against(devorg).soap(), Namespace.NONE);
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  @Test
  void deletionsInTheWindowComeWithTheirTimeAndTheRetentionEdge() throws Exception {
    String keep = SoapSetup.create(devorg, "Account", Map.of("Name", "Keep"));
    String gone = SoapSetup.create(devorg, "Account", Map.of("Name", "Gone"));
    clock.advance(Duration.ofMinutes(20));
    SoapSetup.arrange(devorg, List.of(new WriteOp.Delete(gone)));
    clock.advance(Duration.ofMinutes(10));
    TimeWindow window = new TimeWindow(T0, Instant.parse("2025-06-01T10:30:00Z"));

    Deletions d = replication.deleted("Account", window);

    assertEquals(List.of(new DeletedRecord(gone, Instant.parse("2025-06-01T10:20:00Z"))), d.records());
    assertEquals(Instant.parse("2025-05-02T10:30:00Z"), d.earliestAvailable());
    assertEquals(Instant.parse("2025-06-01T10:30:00Z"), d.latestCovered());
    assertFalse(d.incompleteFor(window));
    assertTrue(d.records().stream().noneMatch(r -> r.id().equals(keep)));
  }

  @Test
  void aWindowReachingIntoTheFutureIsCoveredUpToNowToTheMinute() throws Exception {
    clock.advance(Duration.ofMinutes(5).plusSeconds(40));   // 10:05:40

    Deletions d = replication.deleted("Account", new TimeWindow(T0, T0.plus(Duration.ofHours(1))));

    assertTrue(d.records().isEmpty());
    assertEquals(Instant.parse("2025-06-01T10:05:00Z"), d.latestCovered());
  }

  @Test
  void aWindowStartingBeforeRetentionIsAnInvalidRequest() {
    CrmException e = assertThrows(CrmException.class, () -> replication.deleted("Account",
        new TimeWindow(Instant.parse("2025-05-01T00:00:00Z"), Instant.parse("2025-05-20T00:00:00Z"))));

    assertEquals(CrmException.Kind.INVALID_REQUEST, e.kind());
    assertEquals("INVALID_REPLICATION_DATE", e.code());
    assertEquals("Account", e.object());
  }

  @Test
  void updatedIdsAreThoseChangedInTheWindow() throws Exception {
    clock.advance(Duration.ofMinutes(5));
    String early = SoapSetup.create(devorg, "Account", Map.of("Name", "Early"));
    clock.advance(Duration.ofMinutes(10));
    String late = SoapSetup.create(devorg, "Account", Map.of("Name", "Late"));
    clock.advance(Duration.ofMinutes(30));

    UpdatedIds some = replication.updated("Account",
        new TimeWindow(Instant.parse("2025-06-01T10:10:00Z"), Instant.parse("2025-06-01T10:40:00Z")));
    UpdatedIds both = replication.updated("Account", new TimeWindow(T0, Instant.parse("2025-06-01T10:45:00Z")));

    assertEquals(List.of(late), some.ids());
    assertEquals(Instant.parse("2025-06-01T10:40:00Z"), some.latestCovered());
    assertEquals(List.of(early, late), both.ids());
  }

  @Test
  void serverTimeIsDevorgsClockNotThisMachines() throws Exception {
    clock.advance(Duration.ofMillis(1234));

    assertEquals(Instant.parse("2025-06-01T10:00:01.234Z"), replication.serverTime());
  }

  @Test
  void orgIdComesFromGetUserInfo() throws Exception {
    assertEquals(devorg.org().id(), replication.orgId());
  }
}
