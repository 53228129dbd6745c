package dev.bellwether.sync.inbound;

import static dev.bellwether.sync.inbound.InboundFixture.ACCOUNT;
import static dev.bellwether.sync.inbound.InboundFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Inbound sync of Accounts from a devorg over HTTP into H2 and PostgreSQL. */
class InboundSyncTest {
  private static final Set<String> MAPPED_INBOUND = Set.of("Name", "AnnualRevenue", "NumberOfEmployees",
      "Industry", "Strategic__c", "Renewal_Date__c", "CreatedDate");

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void firstLoadAboveTheBulkThresholdStoresEveryRecordWithOnlyTheMappedFieldsTyped(TestDatabase db)
      throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      List<String> ids = f.accounts.create("Acme", 3_000);
      f.accounts.advance(Duration.ofHours(1));
      Instant loadStart = f.clock.instant();

      InboundRun run = f.sync(ORG, f.connect()).run();

      assertEquals(InboundMode.FIRST_LOAD, run.mode());
      assertEquals("bulk-query", run.readPath());
      assertEquals(3_000, run.recordsRead());
      assertEquals(3_000, run.recordsApplied());
      assertEquals(List.of(), run.missingFields());
      Map<String, StoredRecord> stored = f.stored(ORG);
      assertEquals(new HashSet<>(ids), stored.keySet());
      StoredRecord r7 = stored.get(ids.get(7));
      assertEquals(MAPPED_INBOUND, r7.fields().keySet(), "only mapped inbound fields, no Description");
      assertEquals("Acme 7", r7.fields().get("Name"));
      assertEquals(0, new BigDecimal("1007.25").compareTo((BigDecimal) r7.fields().get("AnnualRevenue")));
      assertEquals(17L, r7.fields().get("NumberOfEmployees"));
      assertEquals("Retail", r7.fields().get("Industry"));
      assertEquals(Boolean.FALSE, r7.fields().get("Strategic__c"));
      assertEquals("2027-01-08", r7.fields().get("Renewal_Date__c"));
      assertEquals(InboundFixture.START.toString(), r7.fields().get("CreatedDate"));
      assertEquals(InboundFixture.START, r7.systemModstamp());
      assertFalse(r7.deleted());
      assertEquals(Boolean.TRUE, stored.get(ids.get(9)).fields().get("Strategic__c"));
      Watermark w = f.watermark(ORG);
      assertTrue(w.firstLoadDone());
      assertEquals(loadStart, w.modstamp(), "the load completes at the CRM time taken before it began");
      assertEquals(loadStart, w.deletionsUpTo());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void incrementalPollAppliesExactlyTheRecordsEditedOrCreatedSinceTheLoad(TestDatabase db) throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      List<String> ids = f.accounts.create("Acme", 40);
      f.accounts.advance(Duration.ofHours(1));
      InboundSync sync = f.sync(ORG, f.connect());
      sync.run();
      f.accounts.advance(Duration.ofHours(1));
      Instant editedAt = f.clock.instant();
      f.accounts.update(ids.get(3), Map.of("Name", "Acme Three", "NumberOfEmployees", 333));
      f.accounts.update(ids.get(4), Map.of("Industry", "Energy"));
      List<String> created = f.accounts.create("Newco", 2);
      f.accounts.advance(Duration.ofMinutes(1));

      InboundRun poll = sync.run();

      assertEquals(InboundMode.INCREMENTAL, poll.mode());
      assertEquals(4, poll.recordsRead());
      assertEquals(4, poll.recordsApplied());
      assertEquals(0, poll.recordsDeleted());
      Map<String, StoredRecord> stored = f.stored(ORG);
      assertEquals(42, stored.size());
      assertEquals("Acme Three", stored.get(ids.get(3)).fields().get("Name"));
      assertEquals(333L, stored.get(ids.get(3)).fields().get("NumberOfEmployees"));
      assertEquals(editedAt, stored.get(ids.get(3)).systemModstamp());
      assertEquals("Energy", stored.get(ids.get(4)).fields().get("Industry"));
      assertEquals("Newco 1", stored.get(created.get(1)).fields().get("Name"));
      assertEquals("Acme 5", stored.get(ids.get(5)).fields().get("Name"));
      assertEquals(InboundFixture.START, stored.get(ids.get(5)).systemModstamp(), "untouched records stay as loaded");
      assertEquals(f.clock.instant(), f.watermark(ORG).modstamp());

      // The next poll's overlap reads the same versions again; they change nothing.
      InboundRun again = sync.run();
      assertEquals(4, again.recordsRead());
      assertEquals(42, f.stored(ORG).size());
      assertEquals(editedAt, f.stored(ORG).get(ids.get(3)).systemModstamp());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void recordsDeletedInTheCrmAreMarkedDeleted(TestDatabase db) throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      List<String> ids = f.accounts.create("Acme", 30);
      f.accounts.advance(Duration.ofHours(1));
      InboundSync sync = f.sync(ORG, f.connect());
      sync.run();
      f.accounts.advance(Duration.ofHours(1));
      f.accounts.delete(List.of(ids.get(2), ids.get(11)));
      f.accounts.advance(Duration.ofMinutes(2));

      InboundRun poll = sync.run();

      assertEquals(2, poll.recordsDeleted());
      assertFalse(poll.reconciled());
      Map<String, StoredRecord> stored = f.stored(ORG);
      assertTrue(stored.get(ids.get(2)).deleted());
      assertTrue(stored.get(ids.get(11)).deleted());
      assertEquals(28, stored.values().stream().filter(r -> !r.deleted()).count());
      assertEquals(28, f.store.records().count(ORG, "Account"));
      Instant deletionsUpTo = f.watermark(ORG).deletionsUpTo();
      assertEquals(f.clock.instant().truncatedTo(ChronoUnit.MINUTES), deletionsUpTo,
          "deletions are covered to the minute the CRM reports");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void deletionsOlderThanTheCrmKeepsAreFoundByComparingIds(TestDatabase db) throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      List<String> ids = f.accounts.create("Acme", 50);
      f.accounts.advance(Duration.ofHours(1));
      InboundSync sync = f.sync(ORG, f.connect());
      sync.run();
      f.accounts.advance(Duration.ofHours(1));
      // Soon out of the CRM's 30-day deletion log, and purged from the recycle bin, so no poll sees them.
      f.accounts.purge(List.of(ids.get(5), ids.get(6)));
      f.accounts.advance(Duration.ofDays(31));
      f.accounts.delete(List.of(ids.get(40))); // still in the log
      f.accounts.advance(Duration.ofMinutes(3));

      InboundRun poll = sync.run();

      assertTrue(poll.reconciled());
      assertEquals(3, poll.recordsDeleted());
      Map<String, StoredRecord> stored = f.stored(ORG);
      Set<String> deleted = stored.values().stream().filter(StoredRecord::deleted).map(StoredRecord::crmId)
          .collect(Collectors.toSet());
      assertEquals(Set.of(ids.get(5), ids.get(6), ids.get(40)), deleted);
      assertEquals(47, f.store.records().count(ORG, "Account"));
      assertEquals(f.clock.instant(), f.watermark(ORG).deletionsUpTo());

      f.accounts.advance(Duration.ofMinutes(1));
      InboundRun next = sync.run();
      assertFalse(next.reconciled(), "once reconciled, the deletion log reaches back far enough again");
      assertEquals(0, next.recordsDeleted());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void failureMidLoadKeepsTheLastAppliedPageAndTheNextRunCompletesWithoutDuplicates(TestDatabase db)
      throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      List<String> ids = f.accounts.create("Acme", 5_000);
      f.accounts.advance(Duration.ofHours(1));
      Instant firstStart = f.clock.instant();
      PageListener breakAfterFirstPage = (object, mode, page, records) -> {
        if (page == 1) {
          f.devorg.faults("transient=1"); // every later call fails, past the connector's retries
        }
      };
      InboundSync failing = f.sync(ORG, ACCOUNT, f.connectWithBulkThreshold(100_000), breakAfterFirstPage);

      CrmException failure = assertThrows(CrmException.class, failing::run);

      assertEquals(CrmException.Kind.UNAVAILABLE, failure.kind());
      Watermark interrupted = f.watermark(ORG);
      assertFalse(interrupted.firstLoadDone());
      assertEquals(InboundFixture.START, interrupted.modstamp(), "the latest SystemModstamp of the applied page");
      assertEquals(firstStart, interrupted.deletionsUpTo());
      assertEquals(2_000, f.stored(ORG).size(), "exactly the first page");

      f.devorg.faults("");
      String storedThenDeleted = ids.get(0);
      assertTrue(f.stored(ORG).containsKey(storedThenDeleted));
      f.accounts.delete(List.of(storedThenDeleted)); // before the next attempt begins: no poll window reaches it
      f.accounts.advance(Duration.ofMinutes(10));
      InboundRun resumed = f.sync(ORG, f.connectWithBulkThreshold(100_000)).run();

      assertEquals(InboundMode.FIRST_LOAD, resumed.mode());
      assertEquals(4_999, resumed.recordsRead());
      assertEquals(1, resumed.recordsDeleted(), "deletions are owed from the first attempt on");
      Map<String, StoredRecord> stored = f.stored(ORG);
      assertEquals(new HashSet<>(ids), stored.keySet());
      assertTrue(stored.get(storedThenDeleted).deleted());
      assertEquals(4_999, f.store.records().count(ORG, "Account"));
      Watermark done = f.watermark(ORG);
      assertTrue(done.firstLoadDone());
      assertEquals(f.clock.instant(), done.modstamp());
      assertEquals(f.clock.instant(), done.deletionsUpTo(), "the deletion feed was read up to the load's start");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void twoOrgsInOneStoreNeverSeeEachOthersRecordsOrWatermarks(TestDatabase db) throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      String orgA = "00DA00000000001AAA";
      String orgB = "00DB00000000001AAA";
      List<String> ids = f.accounts.create("Acme", 10);
      f.accounts.advance(Duration.ofHours(1));
      SalesforceConnector crm = f.connect();
      InboundSync a = f.sync(orgA, crm);
      InboundSync b = f.sync(orgB, crm);
      a.run();

      assertEquals(10, f.store.records().count(orgA, "Account"));
      assertEquals(0, f.store.records().count(orgB, "Account"));
      assertTrue(f.store.watermarks().find(orgB, "Account").isEmpty());

      assertEquals(InboundMode.FIRST_LOAD, b.run().mode());
      f.accounts.advance(Duration.ofHours(1));
      f.accounts.update(ids.get(1), Map.of("Name", "Only A sees this"));
      f.accounts.delete(List.of(ids.get(2)));
      f.accounts.advance(Duration.ofMinutes(2));
      a.run();

      assertEquals("Only A sees this", f.stored(orgA).get(ids.get(1)).fields().get("Name"));
      assertEquals("Acme 1", f.stored(orgB).get(ids.get(1)).fields().get("Name"));
      assertTrue(f.stored(orgA).get(ids.get(2)).deleted());
      assertFalse(f.stored(orgB).get(ids.get(2)).deleted());
      assertEquals(9, f.store.records().count(orgA, "Account"));
      assertEquals(10, f.store.records().count(orgB, "Account"));
      assertTrue(f.watermark(orgA).modstamp().isAfter(f.watermark(orgB).modstamp()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void fieldsAddedInTheCrmAreReadAndMappedFieldsItLacksAreReportedWithoutStopping(TestDatabase db)
      throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      f.devorg.org().schema().object("Account").orElseThrow().putField(
          FieldDef.builder("Tier__c", FieldType.STRING)
              .custom(true).label("Tier").length(20).build());
      List<String> ids = f.accounts.create("Acme", 5);
      f.accounts.update(ids.get(0), Map.of("Tier__c", "Gold"));
      f.accounts.advance(Duration.ofHours(1));
      ObjectMapping drifted = new ObjectMapping("Account",
          null, List.of(new FieldMapping("Name", Direction.INBOUND),
              new FieldMapping("Tier__c", Direction.INBOUND),
              new FieldMapping("Ghost__c", Direction.INBOUND)));
      InboundSync sync = f.sync(ORG, drifted, f.connect(), PageListener.NONE);

      InboundRun load = sync.run();

      assertEquals(List.of("Ghost__c"), load.missingFields());
      assertEquals(5, load.recordsApplied());
      StoredRecord gold = f.stored(ORG).get(ids.get(0));
      assertEquals("Gold", gold.fields().get("Tier__c"));
      assertEquals(Set.of("Name", "Tier__c"), gold.fields().keySet());

      f.accounts.advance(Duration.ofHours(1));
      f.accounts.update(ids.get(1), Map.of("Tier__c", "Silver"));
      f.accounts.advance(Duration.ofMinutes(1));
      InboundRun poll = sync.run();
      assertEquals(List.of("Ghost__c"), poll.missingFields(), "still reported on every run, for status");
      assertEquals("Silver", f.stored(ORG).get(ids.get(1)).fields().get("Tier__c"));
      assertInstanceOf(String.class, f.stored(ORG).get(ids.get(1)).fields().get("Name"));
    }
  }
}
