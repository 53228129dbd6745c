package dev.bellwether.store.edits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.Transactions;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The local_record and local_field tables on H2 and PostgreSQL. */
class JdbcLocalEditRepositoryTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final String ORG = "00D000000000001EAA";
  private static final String OTHER_ORG = "00D000000000002EAA";
  private static final String HEALTH = "CS_Health__c";
  private static final String ACCOUNT = "Account";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void recordCreatedByExternalIdIsFoundByItThenByTheCrmIdItLearns(TestDatabase db) throws Exception {
    Store store = db.store();
    LocalEditRepository edits = store.localEdits();
    LocalRecord created = tx(store, tx -> edits.create(tx, ORG, HEALTH, null, "h-1", T0));

    Optional<LocalRecord> byExternalId = tx(store, tx -> edits.lock(tx, ORG, HEALTH, null, "h-1"));
    assertEquals(created.id(), byExternalId.orElseThrow().id());
    assertNull(byExternalId.get().crmId());

    tx(store, tx -> {
      edits.setCrmId(tx, created, "a01000000000001AAA");
      return null;
    });

    LocalRecord byCrmId = tx(store, tx -> edits.find(tx, ORG, HEALTH, "a01000000000001AAA", null)).orElseThrow();
    assertEquals(created.id(), byCrmId.id());
    assertEquals("h-1", byCrmId.externalId());
    assertTrue(tx(store, tx -> edits.find(tx, OTHER_ORG, HEALTH, "a01000000000001AAA", "h-1")).isEmpty(),
        "another org never sees it");
    assertTrue(tx(store, tx -> edits.find(tx, ORG, ACCOUNT, "a01000000000001AAA", "h-1")).isEmpty(),
        "nor another object");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void keptFieldsReadBackWithValuesBasesStatesAndOutboxRows(TestDatabase db) throws Exception {
    Store store = db.store();
    LocalEditRepository edits = store.localEdits();
    LocalRecord account = tx(store, tx -> edits.create(tx, ORG, ACCOUNT, "001000000000001AAA", null, T0));
    tx(store, tx -> {
      edits.save(tx, account, LocalField.owned("CS_Health_Score__c", new BigDecimal("72.50"), T0, 7L));
      edits.save(tx, account, LocalField.pending("Rating", "Hot", "Cold", T0.plusSeconds(1), 7L));
      edits.save(tx, account, LocalField.pending("Description", null, "was here", T0.plusSeconds(2), 7L));
      return null;
    });

    LocalRecord read = tx(store, tx -> edits.lock(tx, ORG, ACCOUNT, "001000000000001AAA", null)).orElseThrow();

    assertEquals(LocalField.owned("CS_Health_Score__c", new BigDecimal("72.50"), T0, 7L),
        read.field("CS_Health_Score__c").orElseThrow(), "decimals keep their scale");
    assertEquals(LocalField.pending("Rating", "Hot", "Cold", T0.plusSeconds(1), 7L),
        read.field("rating").orElseThrow(), "fields are found ignoring case");
    LocalField cleared = read.field("Description").orElseThrow();
    assertNull(cleared.value(), "an edit that empties a field keeps null");
    assertEquals("was here", cleared.baseValue());

    tx(store, tx -> {
      edits.save(tx, read, read.field("Rating").orElseThrow().rebased("Warm"));
      edits.delete(tx, read, "Description");
      return null;
    });
    LocalRecord after = store.localEdits().list(ORG, ACCOUNT).get(0);
    assertEquals(Set.of("CS_Health_Score__c", "Rating"), after.fields().keySet());
    assertEquals("Warm", after.field("Rating").orElseThrow().baseValue(), "a rebased edit overrides another value");
    assertEquals("Hot", after.field("Rating").orElseThrow().value());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void acceptMarksOnlyThePendingEditsRidingOnTheAcceptedOutboxRow(TestDatabase db) throws Exception {
    Store store = db.store();
    LocalEditRepository edits = store.localEdits();
    LocalRecord r = tx(store, tx -> edits.create(tx, ORG, ACCOUNT, "001000000000001AAA", null, T0));
    tx(store, tx -> {
      edits.save(tx, r, LocalField.pending("Rating", "Hot", "Cold", T0, 7L));
      edits.save(tx, r, LocalField.pending("Industry", "Energy", "Retail", T0, 8L));
      edits.save(tx, r, LocalField.owned("CS_Health_Score__c", 72L, T0, 7L));
      return null;
    });
    Instant sent = T0.plusSeconds(30);

    int accepted = tx(store, tx -> edits.accept(tx, r, 7L, sent));

    assertEquals(1, accepted);
    LocalRecord after = store.localEdits().list(ORG, ACCOUNT).get(0);
    assertEquals(LocalFieldState.ACCEPTED, after.field("Rating").orElseThrow().state());
    assertEquals(sent, after.field("Rating").orElseThrow().sentAt());
    assertEquals(LocalFieldState.PENDING, after.field("Industry").orElseThrow().state(), "rides on another row");
    assertEquals(LocalFieldState.OWNED, after.field("CS_Health_Score__c").orElseThrow().state(), "owned stays owned");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void lockAllFindsAPagesRecordsByCrmIdOrExternalIdInOneOrgAndObject(TestDatabase db) throws Exception {
    Store store = db.store();
    LocalEditRepository edits = store.localEdits();
    tx(store, tx -> {
      edits.create(tx, ORG, HEALTH, "a01000000000001AAA", "h-1", T0);
      edits.create(tx, ORG, HEALTH, null, "h-2", T0);
      edits.create(tx, ORG, HEALTH, "a01000000000003AAA", null, T0);
      edits.create(tx, OTHER_ORG, HEALTH, null, "h-2", T0);
      edits.create(tx, ORG, ACCOUNT, "a01000000000003AAA", null, T0);
      return null;
    });

    List<LocalRecord> found = tx(store, tx -> edits.lockAll(tx, ORG, HEALTH,
        List.of("a01000000000001AAA", "a01000000000003AAA", "a01000000000009AAA"), List.of("h-1", "h-2")));

    assertEquals(3, found.size());
    assertTrue(found.stream().allMatch(r -> r.orgId().equals(ORG) && r.object().equals(HEALTH)), found.toString());
    assertEquals(Set.of("h-1", "h-2", "-"), found.stream()
        .map(r -> r.externalId() == null ? "-" : r.externalId()).collect(Collectors.toSet()));
    boolean anyHealth = tx(store, tx -> edits.any(tx, ORG, HEALTH));
    boolean anyContact = tx(store, tx -> edits.any(tx, ORG, "Contact"));
    assertTrue(anyHealth);
    assertFalse(anyContact);
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aRecordHasOneRowPerCrmIdAndPerExternalId(TestDatabase db) throws Exception {
    Store store = db.store();
    LocalEditRepository edits = store.localEdits();
    tx(store, tx -> edits.create(tx, ORG, HEALTH, null, "h-1", T0));

    assertThrows(SQLException.class, () -> tx(store, tx -> edits.create(tx, ORG, HEALTH, null, "h-1", T0)));
    assertThrows(IllegalArgumentException.class, () -> tx(store, tx -> edits.lock(tx, ORG, HEALTH, null, null)));
    assertEquals(1, store.localEdits().list(ORG, HEALTH).size());
  }

  private static <T> T tx(Store store, Transactions.Work<T> work) throws SQLException {
    return store.transactions().inTransaction(work);
  }
}
