package dev.bellwether.store.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.FieldsJson;
import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class JdbcOutboxRepositoryTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final String ORG = "00D000000000001EAA";
  private static final String HEALTH = "CS_Health__c";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void enqueuedChangeIsClaimedWithItsValues(TestDatabase db) throws Exception {
    Outbox box = new Outbox(db.store());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Score__c", new BigDecimal("72.50"));
    fields.put("Band__c", "Green");
    fields.put("Coverage__c", 3L);
    fields.put("Scored_At__c", LocalDate.of(2026, 3, 1));
    fields.put("Summary__c", null);
    long id = box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", fields, T0));

    List<OutboxEntry> due = box.repo.claimDue(ORG, HEALTH, 10, T0);

    assertEquals(1, due.size());
    OutboxEntry entry = due.get(0);
    assertEquals(id, entry.id());
    assertEquals("h-1", entry.externalId());
    assertEquals(OutboxStatus.PENDING, entry.status());
    assertEquals(0, entry.attempts());
    assertEquals(T0, entry.createdAt());
    Map<String, Object> expected = new HashMap<>(fields);
    expected.put("Scored_At__c", "2026-03-01");
    assertEquals(expected, entry.fields());
    assertTrue(entry.fields().containsKey("Summary__c"), "a cleared field is kept as null");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void laterChangeOfAWaitingRecordMergesIntoItsRowLatestValueWinning(TestDatabase db) throws Exception {
    Outbox box = new Outbox(db.store());
    long first = box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1",
        Map.of("Score__c", new BigDecimal("50.5"), "Band__c", "Yellow"), T0));
    long second = box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1",
        Map.of("Score__c", new BigDecimal("80.5"), "Trend__c", "Up"), T0.plusSeconds(5)));

    assertEquals(first, second);
    List<OutboxEntry> due = box.repo.claimDue(ORG, HEALTH, 10, T0.plusSeconds(5));
    assertEquals(1, due.size());
    assertEquals(Map.of("Score__c", new BigDecimal("80.5"), "Band__c", "Yellow", "Trend__c", "Up"),
        due.get(0).fields());
    assertEquals(T0, due.get(0).createdAt(), "the merged row keeps its place in the queue");
    assertEquals(new OutboxCounts(1, 0, 0), box.repo.counts(ORG, HEALTH));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void enqueueRolledBackWithTheCausingChangeLeavesNoEntry(TestDatabase db) throws Exception {
    Outbox box = new Outbox(db.store());

    assertThrows(IllegalStateException.class, () -> db.store().transactions().inTransaction(tx -> {
      box.repo.enqueue(tx, OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Red"), T0));
      throw new IllegalStateException("the causing change failed");
    }));

    assertEquals(OutboxCounts.NONE, box.repo.counts(ORG, HEALTH));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void claimReturnsOnlyDueEntriesOfTheOrgAndObjectOldestFirstUpToTheLimit(TestDatabase db) throws Exception {
    Outbox box = new Outbox(db.store());
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-3", Map.of("Band__c", "Red"), T0.plusSeconds(3)));
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Red"), T0.plusSeconds(1)));
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-2", Map.of("Band__c", "Red"), T0.plusSeconds(2)));
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-later", Map.of("Band__c", "Red"), T0.plusSeconds(60)));
    box.enqueue(OutboxEntry.change("00D000000000002EAA", HEALTH, "other-org", Map.of("Band__c", "Red"), T0));
    box.enqueue(OutboxEntry.change(ORG, "CS_Renewal__c", "other-object", Map.of("Status__c", "Open"), T0));

    List<OutboxEntry> due = box.repo.claimDue(ORG, HEALTH, 2, T0.plusSeconds(10));

    assertEquals(List.of("h-1", "h-2"), due.stream().map(OutboxEntry::externalId).toList());
    assertEquals(List.of("h-1", "h-2", "h-3"), box.repo.claimDue(ORG, HEALTH, 10, T0.plusSeconds(10)).stream()
        .map(OutboxEntry::externalId).toList());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void doneEntryIsNotClaimedAgainAndALaterChangeStartsANewRow(TestDatabase db) throws Exception {
    Outbox box = new Outbox(db.store());
    long first = box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Red"), T0));

    assertTrue(box.repo.markDone(box.repo.claimDue(ORG, HEALTH, 10, T0).get(0)));

    assertTrue(box.repo.claimDue(ORG, HEALTH, 10, T0.plusSeconds(60)).isEmpty());
    long second = box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Green"), T0.plusSeconds(1)));
    assertTrue(second != first);
    assertEquals(new OutboxCounts(1, 1, 0), box.repo.counts(ORG, HEALTH));
    assertEquals(1, box.repo.purgeDone(ORG, T0.plusSeconds(1)));
    assertEquals(new OutboxCounts(1, 0, 0), box.repo.counts(ORG, HEALTH));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void failedEntryKeepsTheCodeAndMessageAndWaitsUntilItsNextAttempt(TestDatabase db) throws Exception {
    Outbox box = new Outbox(db.store());
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Red"), T0));
    OutboxEntry claimed = box.repo.claimDue(ORG, HEALTH, 10, T0).get(0);

    assertTrue(box.repo.markFailed(claimed, "UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access",
        T0.plusSeconds(30)));

    assertTrue(box.repo.claimDue(ORG, HEALTH, 10, T0.plusSeconds(29)).isEmpty());
    OutboxEntry again = box.repo.claimDue(ORG, HEALTH, 10, T0.plusSeconds(30)).get(0);
    assertEquals(1, again.attempts());
    assertEquals("UNABLE_TO_LOCK_ROW", again.lastErrorCode());
    assertEquals("unable to obtain exclusive access", again.lastErrorMessage());
    assertEquals(T0.plusSeconds(30), again.nextAttemptAt());
    assertEquals(OutboxStatus.PENDING, again.status());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void parkedEntryIsListedNotClaimedAndRevivedByANewChange(TestDatabase db) throws Exception {
    Outbox box = new Outbox(db.store());
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Purple", "Score__c", 10L), T0));
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-2", Map.of("Band__c", "Red"), T0));
    OutboxEntry claimed = box.repo.claimDue(ORG, HEALTH, 10, T0).get(0);

    assertTrue(box.repo.park(claimed, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Band: bad value: Purple"));

    List<OutboxEntry> parked = box.repo.listParked(ORG);
    assertEquals(1, parked.size());
    assertEquals("h-1", parked.get(0).externalId());
    assertEquals(OutboxStatus.PARKED, parked.get(0).status());
    assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", parked.get(0).lastErrorCode());
    assertEquals("Band: bad value: Purple", parked.get(0).lastErrorMessage());
    assertEquals(List.of("h-2"), box.repo.claimDue(ORG, HEALTH, 10, T0.plusSeconds(3600)).stream()
        .map(OutboxEntry::externalId).toList());
    assertEquals(new OutboxCounts(1, 0, 1), box.repo.counts(ORG, HEALTH));

    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Green"), T0.plusSeconds(60)));

    assertTrue(box.repo.listParked(ORG).isEmpty());
    OutboxEntry revived = box.repo.claimDue(ORG, HEALTH, 10, T0.plusSeconds(60)).get(0);
    assertEquals("h-1", revived.externalId());
    assertEquals(0, revived.attempts());
    assertEquals(Map.of("Band__c", "Green", "Score__c", 10L), revived.fields());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void changeMergedAfterTheClaimIsNotSettledByTheOlderWrite(TestDatabase db) throws Exception {
    Outbox box = new Outbox(db.store());
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Red"), T0));
    OutboxEntry claimed = box.repo.claimDue(ORG, HEALTH, 10, T0).get(0);
    box.enqueue(OutboxEntry.change(ORG, HEALTH, "h-1", Map.of("Band__c", "Green"), T0.plusSeconds(1)));

    assertFalse(box.repo.markDone(claimed));
    assertFalse(box.repo.park(claimed, "X", "y"));
    assertFalse(box.repo.markFailed(claimed, "X", "y", T0.plusSeconds(600)));

    OutboxEntry current = box.repo.claimDue(ORG, HEALTH, 10, T0.plusSeconds(1)).get(0);
    assertEquals(Map.of("Band__c", "Green"), current.fields());
    assertEquals(0, current.attempts());
    assertNull(current.lastErrorCode());
    assertTrue(box.repo.markDone(current));
    assertEquals(new OutboxCounts(0, 1, 0), box.repo.counts(ORG, HEALTH));
  }

  /** The repository over a test store, with a one-line enqueue in its own transaction. */
  private static final class Outbox {
    final Store store;
    final JdbcOutboxRepository repo;

    Outbox(Store store) {
      this.store = store;
      this.repo = new JdbcOutboxRepository(store.dataSource(), new FieldsJson());
    }

    long enqueue(OutboxEntry entry) throws SQLException {
      return store.transactions().inTransaction(tx -> repo.enqueue(tx, entry));
    }
  }

}
