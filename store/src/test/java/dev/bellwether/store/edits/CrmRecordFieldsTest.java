package dev.bellwether.store.edits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Local values entering the store's view of a CRM record, on H2 and PostgreSQL. */
class CrmRecordFieldsTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final String ORG = "00D000000000001EAA";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void replacedFieldsKeepTheCrmVersionStamp(TestDatabase db) throws Exception {
    Store store = db.store();
    store.transactions().inTransaction(tx -> store.records().upsert(tx, List.of(
        new StoredRecord(ORG, "Account", "001A", Map.of("Name", "Acme"), T0, false))));

    store.transactions().inTransaction(tx -> {
      StoredRecord locked = store.recordFields().lock(tx, ORG, "Account", "001A").orElseThrow();
      assertEquals(Map.of("Name", "Acme"), locked.fields());
      store.recordFields().replace(tx, ORG, "Account", "001A", Map.of("Name", "Acme", "Rating", "Hot"));
      return null;
    });

    StoredRecord after = store.records().find(ORG, "Account", "001A").orElseThrow();
    assertEquals(Map.of("Name", "Acme", "Rating", "Hot"), after.fields());
    assertEquals(T0, after.systemModstamp(), "the stamp stays the CRM version last read");
    // So the same CRM version read again (the poll overlap) is still applied, not skipped as older.
    store.transactions().inTransaction(tx -> store.records().upsert(tx, List.of(
        new StoredRecord(ORG, "Account", "001A", Map.of("Name", "Acme"), T0, false))));
    assertEquals(Map.of("Name", "Acme"), store.records().find(ORG, "Account", "001A").orElseThrow().fields());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void liveModstampsLeaveOutDeletedUnknownAndOtherOrgsRecords(TestDatabase db) throws Exception {
    Store store = db.store();
    store.transactions().inTransaction(tx -> store.records().upsert(tx, List.of(
        new StoredRecord(ORG, "Account", "001A", Map.of(), T0, false),
        new StoredRecord(ORG, "Account", "001B", Map.of(), T0.plusSeconds(1), false),
        new StoredRecord("00D000000000002EAA", "Account", "001C", Map.of(), T0, false))));
    store.transactions().inTransaction(tx -> store.records().markDeleted(tx, ORG, "Account", List.of("001B")));

    Map<String, Instant> stamps = store.transactions().inTransaction(tx ->
        store.recordFields().liveModstamps(tx, ORG, "Account", List.of("001A", "001B", "001C", "001X")));

    assertEquals(Map.of("001A", T0), stamps);
    assertTrue(store.transactions().inTransaction(tx ->
        store.recordFields().lock(tx, ORG, "Account", "001X")).isEmpty());
  }
}
