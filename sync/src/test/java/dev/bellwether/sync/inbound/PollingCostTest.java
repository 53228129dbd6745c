package dev.bellwether.sync.inbound;

import static dev.bellwether.sync.inbound.InboundFixture.ACCOUNT;
import static dev.bellwether.sync.inbound.InboundFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * What polling costs in API calls, counted twice: by the connector's budget and by devorg's own
 * request counter. After the first load, a pass over N objects with nothing to apply costs N calls,
 * and a pass with edits and deletions in it costs the same N; the deletion feed and the CRM's
 * clock cost one more call each per period.
 */
class PollingCostTest {
  private static final ObjectMapping CONTACT = new ObjectMapping("Contact", null, List.of(
      new FieldMapping("LastName", Direction.INBOUND), new FieldMapping("AccountId", Direction.INBOUND)));
  private static final ObjectMapping USER = new ObjectMapping("User", null, List.of(
      new FieldMapping("Username", Direction.INBOUND)));
  private static final Mappings THREE_OBJECTS = new Mappings(List.of(USER, ACCOUNT, CONTACT));
  private static final int N = 3;

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void afterTheFirstLoadAPassCostsOneCallPerObjectWithOrWithoutDeletions(TestDatabase db) throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      List<String> accounts = f.accounts.create("Acme", 20);
      List<String> contacts = createContacts(f.accounts.org(), accounts.get(0), 5);
      f.accounts.advance(Duration.ofMinutes(30));
      SalesforceConnector crm = f.connect();
      InboundSyncs syncs = new InboundSyncs(ORG, THREE_OBJECTS, crm, f.inboundStore(), InboundSettings.defaults(),
          PageListener.NONE, f.clock);
      CallCount calls = new CallCount(f, crm);
      InboundRound load = syncs.runOnce();
      assertEquals(List.of(), load.failures());
      assertEquals(load.apiCalls(), calls.sinceLast(), "the budget and devorg agree");
      f.accounts.advance(Duration.ofMinutes(1));

      InboundRound idle = syncs.runOnce();

      assertEquals(List.of(), idle.failures());
      assertEquals(N, idle.apiCalls(), "one read per object: no clock read, no deletion feed, no describe");
      assertEquals(N, calls.sinceLast(), "devorg counted the same");
      for (InboundRun run : idle.runs()) {
        assertEquals(InboundMode.INCREMENTAL, run.mode());
        assertEquals("soap-query", run.readPath());
        assertEquals(1, run.apiCalls(), run.object());
        assertEquals(0, run.recordsRead(), run.object());
      }

      f.accounts.advance(Duration.ofMinutes(1));
      f.accounts.update(accounts.get(3), Map.of("Name", "Acme Three"));
      f.accounts.delete(List.of(accounts.get(5), accounts.get(6)));
      deleteContact(f.accounts.org(), contacts.get(1));
      f.accounts.advance(Duration.ofMinutes(1));

      InboundRound busy = syncs.runOnce();

      assertEquals(N, busy.apiCalls(), "changes and deletions come in the same one read per object");
      assertEquals(N, calls.sinceLast());
      InboundRun account = busy.run("Account").orElseThrow();
      assertEquals(3, account.recordsRead());
      assertEquals(1, account.recordsApplied());
      assertEquals(2, account.recordsDeleted());
      assertEquals(1, busy.run("Contact").orElseThrow().recordsDeleted());
      Map<String, StoredRecord> stored = f.stored(ORG);
      assertTrue(stored.get(accounts.get(5)).deleted());
      assertTrue(stored.get(accounts.get(6)).deleted());
      assertEquals("Acme 5", stored.get(accounts.get(5)).fields().get("Name"), "a tombstone keeps the last values");
      assertEquals("Acme Three", stored.get(accounts.get(3)).fields().get("Name"));
      assertEquals(18, f.store.records().count(ORG, "Account"));
      assertEquals(4, f.store.records().count(ORG, "Contact"));
      assertTrue(f.store.records().find(ORG, "Contact", contacts.get(1)).orElseThrow().deleted());

      // The overlap reads the same deletions again: nothing changes, nothing is counted twice.
      f.accounts.advance(Duration.ofMinutes(1));
      InboundRound again = syncs.runOnce();
      assertEquals(N, again.apiCalls());
      assertEquals(0, again.run("Account").orElseThrow().recordsDeleted());
      assertEquals(3, again.run("Account").orElseThrow().recordsRead());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void onceAnHourAPassAlsoReadsTheCrmClockAndEachObjectsDeletionFeed(TestDatabase db) throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      f.accounts.create("Acme", 10);
      f.accounts.advance(Duration.ofMinutes(30));
      SalesforceConnector crm = f.connect();
      InboundSyncs syncs = new InboundSyncs(ORG, THREE_OBJECTS, crm, f.inboundStore(), InboundSettings.defaults(),
          PageListener.NONE, f.clock);
      syncs.runOnce();
      Instant loadStart = f.clock.instant();
      f.accounts.advance(Duration.ofMinutes(59));
      assertEquals(N, syncs.runOnce().apiCalls(), "59 minutes on, neither period has passed");
      f.accounts.advance(Duration.ofMinutes(1));

      InboundRound hourly = syncs.runOnce();

      assertEquals(1 + 2 * N, hourly.apiCalls(), "the clock once, then a read and a deletion feed per object");
      Watermark w = f.watermark(ORG);
      assertEquals(f.clock.instant().truncatedTo(ChronoUnit.MINUTES), w.deletionsUpTo());
      assertTrue(w.deletionsUpTo().isAfter(loadStart));
      f.accounts.advance(Duration.ofMinutes(1));
      assertEquals(N, syncs.runOnce().apiCalls(), "and back to one call per object");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void theDeletionFeedCatchesWhatNoPollCanSeeAndTheWatermarkLeavesNoHole(TestDatabase db) throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      List<String> ids = f.accounts.create("Acme", 10);
      f.accounts.advance(Duration.ofMinutes(30));
      InboundSync sync = new InboundSync(ORG, ACCOUNT, f.connect(), f.inboundStore(),
          InboundSettings.defaults().withDeletionSweepEvery(Duration.ofMinutes(30)), PageListener.NONE);
      sync.run();
      Instant loadStart = f.clock.instant();
      f.accounts.advance(Duration.ofMinutes(2));
      f.accounts.purge(List.of(ids.get(4))); // a hard delete: in the feed, never in a poll's window
      f.accounts.advance(Duration.ofMinutes(2));

      InboundRun poll = sync.run();

      assertEquals(0, poll.recordsDeleted(), "the poll cannot see it");
      assertFalse(f.stored(ORG).get(ids.get(4)).deleted());
      assertEquals(loadStart, f.watermark(ORG).deletionsUpTo(), "polls never move the feed's watermark");

      f.accounts.advance(Duration.ofMinutes(27));
      InboundRun swept = sync.run();

      assertEquals(1, swept.recordsDeleted());
      assertFalse(swept.reconciled());
      assertTrue(f.stored(ORG).get(ids.get(4)).deleted());
      assertEquals(9, f.store.records().count(ORG, "Account"));
      assertEquals(f.clock.instant().truncatedTo(ChronoUnit.MINUTES), f.watermark(ORG).deletionsUpTo());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void aRecordDeletedAndUndeletedBetweenPollsEndsLive(TestDatabase db) throws Exception {
    try (InboundFixture f = new InboundFixture(db)) {
      List<String> ids = f.accounts.create("Acme", 3);
      f.accounts.advance(Duration.ofMinutes(30));
      InboundSync sync = f.sync(ORG, f.connect());
      sync.run();
      f.accounts.advance(Duration.ofMinutes(1));
      f.accounts.delete(List.of(ids.get(1)));
      f.accounts.advance(Duration.ofMinutes(1));
      assertEquals(1, sync.run().recordsDeleted());

      f.accounts.advance(Duration.ofMinutes(1));
      undelete(f.accounts.org(), ids.get(1));
      f.accounts.advance(Duration.ofMinutes(1));
      InboundRun poll = sync.run();

      StoredRecord back = f.stored(ORG).get(ids.get(1));
      assertFalse(back.deleted(), "the undelete is newer than the tombstone");
      assertEquals(1, poll.recordsApplied());
      assertEquals(3, f.store.records().count(ORG, "Account"));
    }
  }

  /** API calls since the last look, by devorg's counter, checked against the connector's budget. */
  private static final class CallCount {
    private final InboundFixture f;
    private final SalesforceConnector crm;
    private long devorgSeen;
    private long budgetSeen;

    CallCount(InboundFixture f, SalesforceConnector crm) {
      this.f = f;
      this.crm = crm;
      this.devorgSeen = f.devorg.org().apiUsage().used();
      this.budgetSeen = crm.budget().spent();
    }

    long sinceLast() {
      long devorg = f.devorg.org().apiUsage().used() - devorgSeen;
      long budget = crm.budget().spent() - budgetSeen;
      devorgSeen += devorg;
      budgetSeen += budget;
      assertEquals(budget, devorg, "devorg counted what the connector's budget did");
      return devorg;
    }
  }

  private static List<String> createContacts(Org org, String accountId, int n) {
    List<WriteOp> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(new WriteOp.Create("Contact", Map.of("LastName", "Person " + i, "AccountId", accountId)));
    }
    return apply(org, ops).stream().map(WriteResult::id).toList();
  }

  private static void deleteContact(Org org, String id) {
    apply(org, List.of(new WriteOp.Delete(id)));
  }

  private static void undelete(Org org, String id) {
    apply(org, List.of(new WriteOp.Undelete(id)));
  }

  private static List<WriteResult> apply(Org org, List<WriteOp> ops) {
    List<WriteResult> results = org.store().apply(ops, true, org.writeAs(org.adminUserId()));
    results.forEach(r -> assertTrue(r.success(), () -> "devorg refused a test write: " + r.errors()));
    return results;
  }
}
