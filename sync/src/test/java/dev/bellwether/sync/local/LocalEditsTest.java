package dev.bellwether.sync.local;

import static dev.bellwether.sync.local.EditsFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.edits.LocalFieldState;
import dev.bellwether.store.edits.LocalRecord;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.outbound.DrainResult;
import dev.bellwether.sync.outbound.OutboundSettings;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Local edits through the outbox to a devorg over HTTP, on H2 and PostgreSQL. */
class LocalEditsTest {

  private static final MutableClock CLOCK = new MutableClock(EditsFixture.START);
  @RegisterExtension
  static final SharedDevOrg DEVORG = EditsFixture.devorg(CLOCK);

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void accountEditIsStoredAndQueuedTogetherThenWrittenByUpdateOnItsCrmId(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      f.sync("Account");
      StoredRecord before = f.stored("Account", acme);

      EditOutcome outcome = f.edits.edit("Account", acme,
          Map.of("Rating", "Hot", "Health_Score__c", new BigDecimal("72.5")));

      assertEquals(Map.of("Rating", "Hot", "Health_Score__c", new BigDecimal("72.5")), outcome.enqueued());
      StoredRecord view = f.stored("Account", acme);
      assertEquals("Hot", view.fields().get("Rating"), "the store's view has the edit at once");
      assertEquals(new BigDecimal("72.5"), view.fields().get("Health_Score__c"));
      assertEquals(before.systemModstamp(), view.systemModstamp(), "the CRM version stays the one last read");
      OutboxEntry row = f.store.outbox().claimDue(ORG, "Account", 10, f.clock.instant()).get(0);
      assertEquals(acme, row.crmId(), "no external id: the write is an update by CRM id");
      assertNull(row.externalId());
      LocalRecord local = f.local("Account", acme);
      assertEquals(LocalFieldState.PENDING, local.field("Rating").orElseThrow().state());
      assertEquals("Cold", local.field("Rating").orElseThrow().baseValue(), "the CRM value the edit started from");
      assertEquals(LocalFieldState.OWNED, local.field("Health_Score__c").orElseThrow().state());
      assertEquals("Cold", f.inCrm(acme).get("Rating"), "nothing is written before the drain");

      DrainResult drained = f.drain("Account");

      assertEquals(1, drained.done());
      assertEquals("Hot", f.inCrm(acme).get("Rating"));
      Object scoreInCrm = f.inCrm(acme).get("Health_Score__c");
      assertEquals(0, new BigDecimal("72.5").compareTo(new BigDecimal(scoreInCrm.toString())));
      assertEquals(new OutboxCounts(0, 1, 0), f.outbox("Account"));
      assertEquals(LocalFieldState.ACCEPTED, f.local("Account", acme).field("Rating").orElseThrow().state(),
          "accepted, kept until its echo is read");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void healthSnapshotIsUpsertedBeforeTheCrmHasItAndLearnsItsIdOnTheWay(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      String h1 = "h-" + acme;
      f.sync("CS_Health__c");

      EditOutcome outcome = f.edits.upsert("CS_Health__c", h1, snapshot(acme, 72, "Green"));

      assertTrue(outcome.changed());
      assertNull(outcome.crmId());
      assertNull(f.local("CS_Health__c", h1).crmId(), "not in the CRM yet");
      assertEquals(1, f.drain("CS_Health__c").done());
      List<Map<String, Object>> inCrm = f.healthInCrm(h1);
      assertEquals(1, inCrm.size());
      String id = (String) inCrm.get(0).get("Id");

      assertEquals(id, f.local("CS_Health__c", h1).crmId(), "the upsert's answer names the new record");

      f.sync("CS_Health__c");

      StoredRecord stored = f.stored("CS_Health__c", id);
      assertEquals(h1, stored.fields().get("External_Id__c"), "read from the CRM");
      assertEquals("Green", stored.fields().get("Band__c"), "Bellwether's own fields are in the store's view too");
      assertEquals(72L, stored.fields().get("Score__c"));
      assertEquals(acme, stored.fields().get("Account__c"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void snapshotTheCrmAlreadyHasUnderItsExternalIdIsRecognisedByTheInboundRead(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      String h1 = "h-" + acme;
      f.sync("CS_Health__c");
      f.edits.upsert("CS_Health__c", h1, snapshot(acme, 72, "Green"));
      // An earlier write of the snapshot reached the CRM but its outcome was lost (a crash).
      String id = f.people.create("CS_Health__c", Map.of("Name", "Health of " + acme, "Account__c", acme,
          "External_Id__c", h1, "Score__c", 50, "Band__c", "Red"));

      f.sync("CS_Health__c");

      assertEquals(id, f.local("CS_Health__c", h1).crmId(), "recognised by its external id");
      StoredRecord stored = f.stored("CS_Health__c", id);
      assertEquals("Green", stored.fields().get("Band__c"), "Bellwether's own value, not the older one");
      assertEquals(72L, stored.fields().get("Score__c"));
      assertEquals(1, f.drain("CS_Health__c").done());
      List<Map<String, Object>> inCrm = f.healthInCrm(h1);
      assertEquals(1, inCrm.size(), "updated, not created again");
      assertEquals("Green", inCrm.get(0).get("Band__c"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void recomputingTheSameSnapshotEnqueuesNothingAndAChangedScoreOnlyTheScore(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      String h1 = "h-" + acme;
      f.edits.upsert("CS_Health__c", h1, snapshot(acme, 72, "Green"));

      assertFalse(f.edits.upsert("CS_Health__c", h1, snapshot(acme, 72, "Green")).changed(), "before the drain");
      assertEquals(0, f.store.outbox().claimDue(ORG, "CS_Health__c", 10, f.clock.instant()).get(0).revision(),
          "nothing merged into the waiting row");
      f.drain("CS_Health__c");
      f.sync("CS_Health__c");
      Map<String, Object> sameInOtherTypes = snapshot(acme, 72, "Green");
      sameInOtherTypes.put("Score__c", new BigDecimal("72.00"));
      assertFalse(f.edits.upsert("CS_Health__c", h1, sameInOtherTypes).changed(), "after the CRM has it");
      assertEquals(new OutboxCounts(0, 1, 0), f.outbox("CS_Health__c"));

      EditOutcome rescored = f.edits.upsert("CS_Health__c", h1, snapshot(acme, 64, "Green"));

      assertEquals(Map.of("Score__c", 64L), rescored.enqueued());
      assertEquals(Map.of("Score__c", 64L),
          f.store.outbox().claimDue(ORG, "CS_Health__c", 10, f.clock.instant()).get(0).fields());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void failureAfterTheEnqueueRollsBackTheEditWithTheCallersTransaction(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      String h1 = "h-" + acme;
      f.sync("Account");

      SQLException e = assertThrows(SQLException.class, () -> f.store.transactions().inTransaction(tx -> {
        f.edits.edit(tx, "Account", acme, Map.of("Rating", "Hot", "Health_Score__c", 10L));
        f.edits.upsert(tx, "CS_Health__c", h1, snapshot(acme, 10, "Red"));
        throw new SQLException("the metric job's own table could not be written");
      }));

      assertEquals("the metric job's own table could not be written", e.getMessage());
      assertEquals(OutboxCounts.NONE, f.outbox("Account"));
      assertEquals(OutboxCounts.NONE, f.outbox("CS_Health__c"));
      assertEquals("Cold", f.stored("Account", acme).fields().get("Rating"));
      assertFalse(f.stored("Account", acme).fields().containsKey("Health_Score__c"));
      assertNull(f.local("Account", acme));
      assertNull(f.local("CS_Health__c", h1));

      f.store.transactions().inTransaction(tx -> {
        f.edits.edit(tx, "Account", acme, Map.of("Health_Score__c", 10L));
        return f.edits.upsert(tx, "CS_Health__c", h1, snapshot(acme, 10, "Red"));
      });
      assertEquals(new OutboxCounts(1, 0, 0), f.outbox("Account"));
      assertEquals(new OutboxCounts(1, 0, 0), f.outbox("CS_Health__c"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void refusedSnapshotIsParkedWithItsValuesVisibleAndANewEditRequeuesIt(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      String h1 = "h-" + acme;
      f.edits.upsert("CS_Health__c", h1, snapshot(acme, 72, "Purple"));

      DrainResult refused = f.drain("CS_Health__c");

      assertEquals(1, refused.parked());
      OutboxEntry parked = f.store.outbox().listParked(ORG).get(0);
      assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", parked.lastErrorCode());
      assertEquals("Purple", parked.fields().get("Band__c"));
      assertEquals("Purple", f.local("CS_Health__c", h1).field("Band__c").orElseThrow().value(),
          "the edit stays visible while parked");
      assertEquals(DrainResult.NONE, f.drain("CS_Health__c"), "parked: never retried on its own");

      EditOutcome fixed = f.edits.upsert("CS_Health__c", h1, snapshot(acme, 72, "Green"));

      assertEquals(Map.of("Band__c", "Green"), fixed.enqueued());
      assertEquals(new OutboxCounts(1, 0, 0), f.outbox("CS_Health__c"), "the parked row is pending again");
      assertEquals(1, f.drain("CS_Health__c").done());
      Map<String, Object> inCrm = f.healthInCrm(h1).get(0);
      assertEquals("Green", inCrm.get("Band__c"));
      assertEquals(0, BigDecimal.valueOf(72).compareTo(new BigDecimal(inCrm.get("Score__c").toString())),
          "the values of the parked row went too");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void rowLocksAreRetriedWithBackoffWhileTheEditWaitsPending(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      f.sync("Account");
      f.edits.edit("Account", acme, Map.of("Rating", "Hot"));
      f.devorg.faults("lock=1");

      DrainResult locked = f.drain("Account");

      assertEquals(1, locked.retried());
      OutboxEntry waiting = f.store.outbox().claimDue(ORG, "Account", 10, f.clock.instant().plus(Duration.ofDays(1)))
          .get(0);
      assertEquals("UNABLE_TO_LOCK_ROW", waiting.lastErrorCode());
      assertEquals(LocalFieldState.PENDING, f.local("Account", acme).field("Rating").orElseThrow().state());
      assertEquals("Hot", f.stored("Account", acme).fields().get("Rating"));
      assertEquals(DrainResult.NONE, f.drain("Account"), "backing off");

      f.devorg.faults("");
      f.clock.advance(OutboundSettings.defaults().backoff(1));

      assertEquals(1, f.drain("Account").done());
      assertEquals("Hot", f.inCrm(acme).get("Rating"));
      assertEquals(LocalFieldState.ACCEPTED, f.local("Account", acme).field("Rating").orElseThrow().state());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void outboundOnlyFieldsSurviveEveryInboundUpsertOfTheirRecord(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      f.sync("Account");
      f.edits.edit("Account", acme, Map.of("Health_Score__c", 80L));
      f.drain("Account");

      f.crmEdit("Account", acme, Map.of("Name", "Acme Corp"));
      f.sync("Account");
      f.crmEdit("Account", acme, Map.of("Industry", "Energy"));
      f.sync("Account");

      StoredRecord stored = f.stored("Account", acme);
      assertEquals("Acme Corp", stored.fields().get("Name"));
      assertEquals("Energy", stored.fields().get("Industry"));
      assertEquals(80L, stored.fields().get("Health_Score__c"), "never read inbound, never wiped");
      assertNotNull(f.local("Account", acme).field("Health_Score__c").orElse(null));
      assertEquals(List.of(), f.conflicts("Account"));
      assertEquals(new OutboxCounts(0, 1, 0), f.outbox("Account"), "inbound queued nothing");
    }
  }

  static Map<String, Object> snapshot(String accountId, long score, String band) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("Name", "Health of " + accountId);
    v.put("Account__c", accountId);
    v.put("Score__c", score);
    v.put("Band__c", band);
    return v;
  }

}
