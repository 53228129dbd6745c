package dev.bellwether.store.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** An admin's retry of a parked outbox entry: {@link OutboxRepository#release}. */
class OutboxReleaseTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final String ORG = "00D000000000001EAA";
  private static final String OTHER_ORG = "00D000000000002EAA";
  private static final String HEALTH = "CS_Health__c";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void releasedEntryIsPendingWithNoAttemptsAndDueAtOnce(TestDatabase db) throws Exception {
    Store store = db.store();
    long id = parked(store, ORG, "h-1");
    Instant later = T0.plusSeconds(3600);

    assertTrue(store.outbox().release(ORG, id, later));

    assertEquals(List.of(), store.outbox().listParked(ORG));
    assertEquals(new OutboxCounts(1, 0, 0), store.outbox().counts(ORG, HEALTH));
    assertEquals(List.of(), store.outbox().claimDue(ORG, HEALTH, 10, later.minusSeconds(1)), "not due before now");
    List<OutboxEntry> due = store.outbox().claimDue(ORG, HEALTH, 10, later);
    assertEquals(1, due.size());
    assertEquals(id, due.get(0).id());
    assertEquals(0, due.get(0).attempts());
    assertEquals(OutboxStatus.PENDING, due.get(0).status());
    assertEquals(Map.of("Score__c", "72"), due.get(0).fields(), "the values are kept");
    assertEquals("FIELD_CUSTOM_VALIDATION_EXCEPTION", due.get(0).lastErrorCode(), "the last error stays readable");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void onlyAParkedEntryOfTheSameOrgIsReleased(TestDatabase db) throws Exception {
    Store store = db.store();
    long parked = parked(store, ORG, "h-1");
    long pending = store.transactions().inTransaction(tx ->
        store.outbox().enqueue(tx, OutboxEntry.change(ORG, HEALTH, "h-2", Map.of("Score__c", "1"), T0)));

    assertFalse(store.outbox().release(OTHER_ORG, parked, T0), "another org's row is never touched");
    assertFalse(store.outbox().release(ORG, pending, T0), "a pending row is not parked");
    assertFalse(store.outbox().release(ORG, parked + pending + 100, T0), "unknown id");

    assertEquals(1, store.outbox().listParked(ORG).size());
    assertEquals(new OutboxCounts(1, 0, 1), store.outbox().counts(ORG, HEALTH));
  }

  /** Enqueues a change and parks it as the drainer would after a refusal; returns its id. */
  private static long parked(Store store, String org, String externalId) throws Exception {
    long id = store.transactions().inTransaction(tx ->
        store.outbox().enqueue(tx, OutboxEntry.change(org, HEALTH, externalId, Map.of("Score__c", "72"), T0)));
    OutboxEntry claimed = store.outbox().claimDue(org, HEALTH, 10, T0).stream()
        .filter(e -> e.id() == id).findFirst().orElseThrow();
    assertTrue(store.outbox().park(claimed, "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Score must be below 50"));
    return id;
  }
}
