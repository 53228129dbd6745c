package dev.bellwether.sync.local;

import static dev.bellwether.sync.local.EditsFixture.ACCOUNT;
import static dev.bellwether.sync.local.EditsFixture.HEALTH;
import static dev.bellwether.sync.local.EditsFixture.ORG;
import static dev.bellwether.sync.local.EditsFixture.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.mapping.Mappings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** What local edits refuse, and that a refused edit writes nothing, on H2 and PostgreSQL. */
class LocalEditsValidationTest {

  private static final String ACME = "001000000000001AAA";

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void refusedEditsNameTheObjectAndFieldAndWriteNothing(TestDatabase db) throws Exception {
    Store store = db.store();
    store.transactions().inTransaction(tx -> store.records().upsert(tx, List.of(new StoredRecord(ORG, "Account",
        ACME, Map.of("Name", "Acme", "Rating", "Cold"), START, false))));
    LocalEdits edits = new LocalEdits(ORG, new Mappings(List.of(ACCOUNT, HEALTH)), store, new MutableClock(START));

    refused("unknown object 'Acount': it has no mapping (mapped: Account, CS_Health__c)",
        () -> edits.edit("Acount", ACME, Map.of("Rating", "Hot")));
    refused("Account has no mapped field 'Ratng'; did you mean 'Rating'?",
        () -> edits.edit("Account", ACME, Map.of("Ratng", "Hot")));
    refused("Account.Name is mapped inbound (CRM→store only): the CRM owns it, so Bellwether cannot write it",
        () -> edits.edit("Account", ACME, Map.of("Rating", "Hot", "Name", "Acme Corp")));
    refused("Account has no external id field in its mapping, so it cannot be upserted; edit its records by CRM id",
        () -> edits.upsert("Account", "acme", Map.of("Rating", "Hot")));
    refused("CS_Health__c.External_Id__c is 'h-2' but the record is upserted by external id 'h-1'",
        () -> edits.upsert("CS_Health__c", "h-1", Map.of("External_Id__c", "h-2", "Score__c", 72L)));
    refused("CS_Health__c.External_Id__c is the external id field: a record's external id is not changed by an edit",
        () -> edits.edit("CS_Health__c", "a01000000000001AAA", Map.of("External_Id__c", "h-9")));
    refused("CS_Health__c: an upsert needs a value for the external id field External_Id__c",
        () -> edits.upsert("CS_Health__c", " ", Map.of("Score__c", 72L)));
    refused("Account.Rating: no stored form for a java.lang.Thread value",
        () -> edits.edit("Account", ACME, Map.of("Rating", Thread.currentThread())));
    refused("Account 001000000000009AAA is not in the store of org " + ORG
        + " (or was deleted): Bellwether edits records it has read from the CRM or created itself",
        () -> edits.edit("Account", "001000000000009AAA", Map.of("Rating", "Hot")));

    assertEquals(OutboxCounts.NONE, store.outbox().counts(ORG, "Account"));
    assertEquals(OutboxCounts.NONE, store.outbox().counts(ORG, "CS_Health__c"));
    assertTrue(store.localEdits().list(ORG, "Account").isEmpty());
    assertEquals("Cold", store.records().find(ORG, "Account", ACME).orElseThrow().fields().get("Rating"));
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void valuesEqualToWhatTheStoreKnowsEnqueueNothing(TestDatabase db) throws Exception {
    Store store = db.store();
    store.transactions().inTransaction(tx -> store.records().upsert(tx, List.of(new StoredRecord(ORG, "Account",
        ACME, Map.of("Name", "Acme", "Rating", "Cold", "Industry", "Retail"), START, false))));
    LocalEdits edits = new LocalEdits(ORG, new Mappings(List.of(ACCOUNT, HEALTH)), store, new MutableClock(START));

    EditOutcome same = edits.edit("account", ACME, Map.of("rating", "Cold", "Industry", "Retail"));

    assertEquals(Map.of(), same.enqueued());
    assertEquals(OutboxCounts.NONE, store.outbox().counts(ORG, "Account"));
    assertTrue(store.localEdits().list(ORG, "Account").isEmpty(), "nothing to remember either");

    EditOutcome one = edits.edit("Account", ACME, Map.of("Rating", "Hot", "Industry", "Retail"));
    assertEquals(Map.of("Rating", "Hot"), one.enqueued(), "only the field that differs, spelled as mapped");
    assertEquals(new OutboxCounts(1, 0, 0), store.outbox().counts(ORG, "Account"));
  }

  private static void refused(String message, Executable edit) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, edit);
    assertEquals(message, e.getMessage());
  }
}
