package dev.bellwether.store.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Outbox rows matched by CRM id, fields taken out of waiting rows, and settling in a caller's transaction. */
class OutboxUpdatesAndRemovalTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final String ORG = "00D000000000001EAA";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void changesByCrmIdMergeIntoOneRowApartFromExternalIdRows(TestDatabase db) throws Exception {
    Store store = db.store();
    long first = enqueue(store, OutboxEntry.update(ORG, "Account", "001A", Map.of("Rating", "Hot"), T0));
    long second = enqueue(store, OutboxEntry.update(ORG, "Account", "001A", Map.of("Industry", "Energy"), T0));
    long other = enqueue(store, OutboxEntry.update(ORG, "Account", "001B", Map.of("Rating", "Cold"), T0));

    assertEquals(first, second);
    assertTrue(other != first);
    OutboxEntry row = store.outbox().claimDue(ORG, "Account", 10, T0).get(0);
    assertEquals("001A", row.crmId());
    assertNull(row.externalId());
    assertFalse(row.byExternalId());
    assertEquals(Map.of("Rating", "Hot", "Industry", "Energy"), row.fields());
    assertEquals(1, row.revision());
    assertThrows(IllegalArgumentException.class, () -> OutboxEntry.update(ORG, "Account", " ", Map.of(), T0));
    assertThrows(IllegalArgumentException.class, () -> OutboxEntry.change(ORG, "Account", null, Map.of(), T0));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void removingAFieldBumpsTheRevisionSoAnInFlightWriteIsNotMarkedDone(TestDatabase db) throws Exception {
    Store store = db.store();
    long id = enqueue(store, OutboxEntry.change(ORG, "CS_Renewal__c", "r-1",
        Map.of("Status__c", "Open", "Notes__c", "call back"), T0));
    OutboxEntry inFlight = store.outbox().claimDue(ORG, "CS_Renewal__c", 10, T0).get(0);

    assertTrue(remove(store, id, "notes__c"));

    assertFalse(store.outbox().markDone(inFlight), "the write sent the removed field; the row is not done");
    OutboxEntry now = store.outbox().claimDue(ORG, "CS_Renewal__c", 10, T0).get(0);
    assertEquals(Map.of("Status__c", "Open"), now.fields());
    assertEquals(inFlight.revision() + 1, now.revision());
    assertFalse(remove(store, id, "Notes__c"),
        "nothing left to remove");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aRowLeftWithoutFieldsIsDeletedAndADoneRowIsNotTouched(TestDatabase db) throws Exception {
    Store store = db.store();
    long id = enqueue(store, OutboxEntry.change(ORG, "CS_Renewal__c", "r-1", Map.of("Status__c", "Open"), T0));
    long done = enqueue(store, OutboxEntry.change(ORG, "CS_Renewal__c", "r-2", Map.of("Status__c", "Open"), T0));
    OutboxEntry sent = store.outbox().claimDue(ORG, "CS_Renewal__c", 10, T0).stream()
        .filter(e -> e.id() == done).findFirst().orElseThrow();
    assertTrue(store.outbox().markDone(sent));

    assertTrue(remove(store, id, "Status__c"));
    assertFalse(remove(store, done, "Status__c"));

    assertEquals(new OutboxCounts(0, 1, 0), store.outbox().counts(ORG, "CS_Renewal__c"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void markDoneInACallersTransactionRollsBackWithIt(TestDatabase db) throws Exception {
    Store store = db.store();
    enqueue(store, OutboxEntry.change(ORG, "CS_Health__c", "h-1", Map.of("Score__c", 72L), T0));
    OutboxEntry claimed = store.outbox().claimDue(ORG, "CS_Health__c", 10, T0).get(0);

    assertThrows(SQLException.class, () -> store.transactions().inTransaction(tx -> {
      assertTrue(store.outbox().markDone(tx, claimed));
      throw new SQLException("what rode on the row could not be settled");
    }));
    assertEquals(new OutboxCounts(1, 0, 0), store.outbox().counts(ORG, "CS_Health__c"));

    boolean done = store.transactions().inTransaction(tx -> store.outbox().markDone(tx, claimed));
    assertTrue(done);
    assertEquals(new OutboxCounts(0, 1, 0), store.outbox().counts(ORG, "CS_Health__c"));
  }

  private static boolean remove(Store store, long id, String field) throws SQLException {
    return store.transactions().inTransaction(tx -> store.outbox().removeFields(tx, id, List.of(field)));
  }

  private static long enqueue(Store store, OutboxEntry entry) throws SQLException {
    return store.transactions().inTransaction(tx -> store.outbox().enqueue(tx, entry));
  }
}
