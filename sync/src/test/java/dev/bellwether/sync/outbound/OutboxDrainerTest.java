package dev.bellwether.sync.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.store.FieldsJson;
import dev.bellwether.store.Store;
import dev.bellwether.store.outbox.JdbcOutboxRepository;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class OutboxDrainerTest {

  @RegisterExtension
  static final SharedDevOrg DEVORG = new SharedDevOrg();

  private static final String ORG = "00D000000000001EAA";
  private static final String HEALTH = "CS_Health__c";
  /** Health snapshots as the default mappings have them, with Trend__c made inbound-only to show it is not sent. */
  private static final ObjectMapping MAPPING = new ObjectMapping(HEALTH, "External_Id__c", List.of(
      new FieldMapping("External_Id__c", Direction.BOTH),
      new FieldMapping("Name", Direction.OUTBOUND),
      new FieldMapping("Account__c", Direction.OUTBOUND),
      new FieldMapping("Score__c", Direction.OUTBOUND),
      new FieldMapping("Band__c", Direction.OUTBOUND),
      new FieldMapping("Trend__c", Direction.INBOUND)));

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void fiveHundredSnapshotsAreUpsertedOnceEachWithOnlyOutboundFields(TestDatabase db) throws Exception {
    try (Fixture f = new Fixture(db)) {
      f.enqueue(500, i -> new BigDecimal(i % 100), i -> "Green");

      DrainResult result = f.drainer(OutboundSettings.defaults()).drain();

      assertEquals(500, result.sent());
      assertEquals(500, result.done());
      assertEquals(0, result.retried() + result.parked());
      assertTrue(result.apiCalls() > 0, "API calls are counted");
      assertEquals(new OutboxCounts(0, 500, 0), f.outbox.counts(ORG, HEALTH));
      Map<String, StoredRecord> inCrm = f.snapshotsInCrm();
      assertEquals(500, inCrm.size());
      StoredRecord seventh = inCrm.get(f.externalId(7));
      assertEquals(0, new BigDecimal("7").compareTo(new BigDecimal(seventh.get("Score__c").toString())));
      assertEquals("Green", seventh.get("Band__c"));
      assertNull(seventh.get("Trend__c"), "an inbound-only field is never written to the CRM");
      assertEquals(DrainResult.NONE, f.drainer(OutboundSettings.defaults()).drain(), "nothing left to send");
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void reEnqueuedSnapshotsUpdateTheirRecordsInsteadOfDuplicatingThem(TestDatabase db) throws Exception {
    try (Fixture f = new Fixture(db)) {
      f.enqueue(30, i -> new BigDecimal("10"), i -> "Red");
      OutboundSettings smallBatches = OutboundSettings.defaults().withBatchSize(7);
      assertEquals(30, f.drainer(smallBatches).drain().done());

      f.enqueue(30, i -> new BigDecimal("90"), i -> "Green");
      DrainResult second = f.drainer(smallBatches).drain();

      assertEquals(30, second.done());
      Map<String, StoredRecord> inCrm = f.snapshotsInCrm();
      assertEquals(30, inCrm.size());
      for (StoredRecord r : inCrm.values()) {
        assertEquals(0, new BigDecimal("90").compareTo(new BigDecimal(r.get("Score__c").toString())));
        assertEquals("Green", r.get("Band__c"));
      }
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void invalidPicklistValueIsParkedWithSalesforcesCodeAndTheOthersGoThrough(TestDatabase db) throws Exception {
    try (Fixture f = new Fixture(db)) {
      f.enqueue(10, i -> new BigDecimal(i), i -> i == 4 ? "Purple" : "Yellow");

      DrainResult result = f.drainer(OutboundSettings.defaults()).drain();

      assertEquals(9, result.done());
      assertEquals(1, result.parked());
      List<OutboxEntry> parked = f.outbox.listParked(ORG);
      assertEquals(1, parked.size());
      assertEquals(f.externalId(4), parked.get(0).externalId());
      assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", parked.get(0).lastErrorCode());
      assertTrue(parked.get(0).lastErrorMessage().contains("Purple"), parked.get(0).lastErrorMessage());
      assertEquals(9, f.snapshotsInCrm().size());
      assertEquals(new OutboxCounts(0, 9, 1), f.outbox.counts(ORG, HEALTH));
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void rowLocksLeaveEntriesPendingWithAttemptsCountedUntilTheFaultClears(TestDatabase db) throws Exception {
    try (Fixture f = new Fixture(db)) {
      f.enqueue(5, i -> new BigDecimal(i), i -> "Green");
      DEVORG.faults("lock=1");

      DrainResult locked = f.drainer(OutboundSettings.defaults()).drain();

      assertEquals(0, locked.done());
      assertEquals(5, locked.retried());
      assertEquals(new OutboxCounts(5, 0, 0), f.outbox.counts(ORG, HEALTH));
      List<OutboxEntry> waiting = f.outbox.claimDue(ORG, HEALTH, 10, f.clock.instant().plus(Duration.ofDays(1)));
      assertTrue(waiting.stream().allMatch(e -> e.attempts() == 1 && "UNABLE_TO_LOCK_ROW".equals(e.lastErrorCode())),
          waiting.toString());
      assertEquals(DrainResult.NONE, f.drainer(OutboundSettings.defaults()).drain(), "not due while backing off");

      DEVORG.faults("");
      f.clock.advance(OutboundSettings.defaults().backoff(1));
      DrainResult cleared = f.drainer(OutboundSettings.defaults()).drain();

      assertEquals(5, cleared.done());
      assertEquals(5, f.snapshotsInCrm().size());
      assertTrue(f.outbox.listParked(ORG).isEmpty());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void batchTheCrmCannotTakeStaysPendingAndIsNeverParked(TestDatabase db) throws Exception {
    try (Fixture f = new Fixture(db)) {
      ObjectMapping unknown = new ObjectMapping("No_Such_Object__c", "External_Id__c",
          List.of(new FieldMapping("Score__c", Direction.OUTBOUND)));
      f.store.transactions().inTransaction(tx -> f.outbox.enqueue(tx, OutboxEntry.change(ORG,
          "No_Such_Object__c", "x-1", Map.of("Score__c", 1L), f.clock.instant())));
      OutboundSettings twoAttempts = new OutboundSettings(100, 2, 10, Duration.ofSeconds(1),
          Duration.ofSeconds(1));
      OutboxDrainer drainer = new OutboxDrainer(ORG, unknown, f.crm, f.outbox, twoAttempts, f.clock);

      for (int i = 0; i < 3; i++) {
        assertEquals(1, drainer.drain().retried());
        f.clock.advance(Duration.ofSeconds(1));
      }

      OutboxEntry entry = f.outbox.claimDue(ORG, "No_Such_Object__c", 10, f.clock.instant()).get(0);
      assertEquals(3, entry.attempts());
      assertTrue(f.outbox.listParked(ORG).isEmpty());
    }
  }

  /** A connector to the shared devorg, an Account to hang snapshots on, and the outbox on the test's database. */
  private static final class Fixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
    final CrmConnector crm;
    final Store store;
    final JdbcOutboxRepository outbox;
    final String accountId;

    Fixture(TestDatabase db) throws Exception {
      this.crm = ConnectorFixture.connect(DEVORG.get());
      this.store = db.store();
      this.outbox = new JdbcOutboxRepository(store.dataSource(), new FieldsJson());
      List<WriteResult> account = crm.write(WriteBatch.insert("Account",
          List.of(CrmRecord.of("Account", Map.of("Name", "Outbound " + prefix)))));
      assertTrue(account.get(0).success(), account.toString());
      this.accountId = account.get(0).id();
    }

    String externalId(int i) {
      return prefix + i;
    }

    /** Enqueues snapshot i = 0..count-1 in one transaction, as a scoring run would. */
    void enqueue(int count, IntFunction<BigDecimal> score,
        IntFunction<String> band) throws Exception {
      store.transactions().inTransaction(tx -> {
        for (int i = 0; i < count; i++) {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("Name", "Health " + i);
          fields.put("Account__c", accountId);
          fields.put("Score__c", score.apply(i));
          fields.put("Band__c", band.apply(i));
          fields.put("Trend__c", 5L);
          outbox.enqueue(tx, OutboxEntry.change(ORG, HEALTH, externalId(i), fields, clock.instant()));
        }
        return null;
      });
    }

    OutboxDrainer drainer(OutboundSettings settings) {
      return new OutboxDrainer(ORG, MAPPING, crm, outbox, settings, clock);
    }

    /** This test's snapshots in devorg by external id; a duplicate would fail the put. */
    Map<String, StoredRecord> snapshotsInCrm() {
      Org org = DEVORG.org();
      Map<String, StoredRecord> byExternalId = new LinkedHashMap<>();
      List<String> duplicates = new ArrayList<>();
      for (StoredRecord r : org.store().scan(org.schema().object(HEALTH).orElseThrow(), false)) {
        Object ext = r.get("External_Id__c");
        if (ext != null && ext.toString().startsWith(prefix) && byExternalId.put(ext.toString(), r) != null) {
          duplicates.add(ext.toString());
        }
      }
      assertTrue(duplicates.isEmpty(), "records duplicated in the CRM: " + duplicates);
      return byExternalId;
    }

    @Override
    public void close() {
      crm.close();
    }
  }
}
