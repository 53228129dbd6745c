package dev.bellwether.store;

import static dev.bellwether.store.Records.at;
import static dev.bellwether.store.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class JdbcRecordRepositoryTest {

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void upsertedRecordsAreFoundCountedAndListed(TestDatabase db) throws Exception {
    Store store = db.store();
    upsert(store, List.of(
        record("org1", "Account", "001B", 1, Map.of("Name", "Beta")),
        record("org1", "Account", "001A", 2, Map.of("Name", "Acme", "Active", true, "Employees", 120L)),
        record("org1", "Contact", "003A", 3, Map.of("LastName", "Lee"))));

    StoredRecord acme = store.records().find("org1", "Account", "001A").orElseThrow();
    assertEquals(Map.of("Name", "Acme", "Active", true, "Employees", 120L), acme.fields());
    assertEquals(at(2), acme.systemModstamp());
    assertFalse(acme.deleted());
    assertEquals(2, store.records().count("org1", "Account"));
    assertEquals(List.of("001A", "001B"), liveIds(store, "org1", "Account"));
    assertTrue(store.records().find("org1", "Account", "001Z").isEmpty());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void newerModstampReplacesAndOlderNeverOverwrites(TestDatabase db) throws Exception {
    Store store = db.store();
    upsert(store, List.of(record("org1", "Account", "001A", 10, Map.of("Name", "v10"))));

    int newer = upsert(store, List.of(record("org1", "Account", "001A", 20, Map.of("Name", "v20"))));
    int older = upsert(store, List.of(record("org1", "Account", "001A", 15, Map.of("Name", "v15"))));

    assertEquals(1, newer);
    assertEquals(0, older, "older version not applied");
    StoredRecord stored = store.records().find("org1", "Account", "001A").orElseThrow();
    assertEquals("v20", stored.fields().get("Name"));
    assertEquals(at(20), stored.systemModstamp());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void olderVersionLaterInTheSameBatchDoesNotWin(TestDatabase db) throws Exception {
    Store store = db.store();

    upsert(store, List.of(
        record("org1", "Account", "001A", 20, Map.of("Name", "v20")),
        record("org1", "Account", "001A", 10, Map.of("Name", "v10"))));

    assertEquals("v20", store.records().find("org1", "Account", "001A").orElseThrow().fields().get("Name"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void markDeletedHidesRecordsFromCountAndLiveIdsButKeepsATombstone(TestDatabase db) throws Exception {
    Store store = db.store();
    upsert(store, List.of(
        record("org1", "Account", "001A", 1, Map.of("Name", "A")),
        record("org1", "Account", "001B", 1, Map.of("Name", "B"))));

    int marked = store.transactions().inTransaction(
        tx -> store.records().markDeleted(tx, "org1", "Account", List.of("001A", "001UNKNOWN")));

    assertEquals(1, marked, "only the known live record changes");
    assertEquals(1, store.records().count("org1", "Account"));
    assertEquals(List.of("001B"), liveIds(store, "org1", "Account"));
    StoredRecord tombstone = store.records().find("org1", "Account", "001A").orElseThrow();
    assertTrue(tombstone.deleted());
    assertEquals("A", tombstone.fields().get("Name"), "last known values kept");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void lateDuplicateOfTheLastVersionDoesNotResurrectADeletedRecord(TestDatabase db) throws Exception {
    Store store = db.store();
    StoredRecord version = record("org1", "Account", "001A", 10, Map.of("Name", "A"));
    upsert(store, List.of(version));
    store.transactions().inTransaction(tx -> store.records().markDeleted(tx, "org1", "Account", List.of("001A")));

    upsert(store, List.of(version));

    assertTrue(store.records().find("org1", "Account", "001A").orElseThrow().deleted());
    assertEquals(0, store.records().count("org1", "Account"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void deletionWithATimeBlocksChangesFromBeforeItButNotAnUndeleteAfterIt(TestDatabase db) throws Exception {
    Store store = db.store();
    upsert(store, List.of(record("org1", "Account", "001A", 10, Map.of("Name", "A"))));
    store.transactions().inTransaction(tx -> store.records().markDeleted(tx, "org1", "Account",
        Map.of("001A", at(30), "001NEW", at(30))));

    upsert(store, List.of(
        record("org1", "Account", "001A", 20, Map.of("Name", "changed before delete")),
        record("org1", "Account", "001NEW", 25, Map.of("Name", "created before delete"))));

    assertTrue(store.records().find("org1", "Account", "001A").orElseThrow().deleted());
    assertTrue(store.records().find("org1", "Account", "001NEW").orElseThrow().deleted(),
        "an unknown id gets a tombstone");
    assertEquals(at(30), store.records().find("org1", "Account", "001A").orElseThrow().systemModstamp());

    upsert(store, List.of(record("org1", "Account", "001A", 40, Map.of("Name", "undeleted"))));

    StoredRecord undeleted = store.records().find("org1", "Account", "001A").orElseThrow();
    assertFalse(undeleted.deleted());
    assertEquals("undeleted", undeleted.fields().get("Name"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void oneOrgsRecordsAreNeverVisibleToAnother(TestDatabase db) throws Exception {
    Store store = db.store();
    upsert(store, List.of(
        record("orgA", "Account", "001A", 1, Map.of("Name", "A's")),
        record("orgB", "Account", "001A", 1, Map.of("Name", "B's"))));
    store.transactions().inTransaction(tx -> store.records().markDeleted(tx, "orgB", "Account", List.of("001A")));

    assertEquals("A's", store.records().find("orgA", "Account", "001A").orElseThrow().fields().get("Name"));
    assertFalse(store.records().find("orgA", "Account", "001A").orElseThrow().deleted());
    assertEquals(1, store.records().count("orgA", "Account"));
    assertEquals(0, store.records().count("orgB", "Account"));
    assertTrue(store.records().find("orgC", "Account", "001A").isEmpty());
    assertEquals(List.of(), liveIds(store, "orgC", "Account"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void decimalsDatesAndNullsSurviveTheRoundTripExactly(TestDatabase db) throws Exception {
    Store store = db.store();
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("AnnualRevenue", new BigDecimal("1000.50"));
    fields.put("CloseDate", java.time.LocalDate.parse("2024-06-30"));
    fields.put("LastActivity", Instant.parse("2024-03-01T10:15:30Z"));
    fields.put("Description", null);
    upsert(store, List.of(record("org1", "Opportunity", "006A", 1, fields)));

    Map<String, Object> read = store.records().find("org1", "Opportunity", "006A").orElseThrow().fields();

    assertEquals(new BigDecimal("1000.50"), read.get("AnnualRevenue"), "scale kept");
    assertEquals("2024-06-30", read.get("CloseDate"));
    assertEquals("2024-03-01T10:15:30Z", read.get("LastActivity"));
    assertTrue(read.containsKey("Description"));
    assertEquals(null, read.get("Description"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void largeBatchIsWrittenAndStreamedBackInFull(TestDatabase db) throws Exception {
    Store store = db.store();
    List<StoredRecord> batch = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      batch.add(record("org1", "Account", String.format("001%05d", i), 1, Map.of("N", (long) i)));
    }

    assertEquals(2500, upsert(store, batch));

    assertEquals(2500, store.records().count("org1", "Account"));
    List<String> ids = liveIds(store, "org1", "Account");
    assertEquals(2500, ids.size());
    assertEquals("00100000", ids.get(0));
    assertEquals("00102499", ids.get(2499));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void recordsStreamWithTheirFieldsInIdOrderAndTombstonesOnlyWhenAsked(TestDatabase db) throws Exception {
    Store store = db.store();
    upsert(store, List.of(record("org1", "Contact", "003B", 5, Map.of("Title", "CTO")),
        record("org1", "Contact", "003A", 7, Map.of("Title", "VP of Sales")),
        record("org2", "Contact", "003C", 1, Map.of("Title", "other org"))));
    store.transactions().inTransaction(tx -> store.records().markDeleted(tx, "org1", "Contact", List.of("003B")));

    List<StoredRecord> live = new ArrayList<>();
    store.records().forEachRecord("org1", "Contact", false, live::add);
    List<StoredRecord> all = new ArrayList<>();
    store.records().forEachRecord("org1", "Contact", true, all::add);

    assertEquals(List.of("003A"), live.stream().map(StoredRecord::crmId).toList());
    assertEquals("VP of Sales", live.get(0).fields().get("Title"));
    assertEquals(List.of("003A", "003B"), all.stream().map(StoredRecord::crmId).toList());
    assertEquals(true, all.get(1).deleted());
    assertEquals(at(7), store.records().crmVersion("org1").orElseThrow(), "the newest SystemModstamp");
    assertEquals(true, store.records().crmVersion("org3").isEmpty());
  }

  private static int upsert(Store store, Collection<StoredRecord> records) throws SQLException {
    return store.transactions().inTransaction(tx -> store.records().upsert(tx, records));
  }

  private static List<String> liveIds(Store store, String org, String object) throws SQLException {
    List<String> ids = new ArrayList<>();
    store.records().forEachLiveId(org, object, ids::add);
    return ids;
  }
}
