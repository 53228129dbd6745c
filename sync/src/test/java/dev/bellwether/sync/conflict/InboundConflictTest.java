package dev.bellwether.sync.conflict;

import static dev.bellwether.sync.local.EditsFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.conflicts.ConflictEntry;
import dev.bellwether.store.edits.LocalField;
import dev.bellwether.store.edits.LocalFieldState;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.local.EditsFixture;
import dev.bellwether.sync.outbound.DrainResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Every branch of the three-way rule end to end: a local edit of an Account field owned by both,
 * a person's CRM edit through devorg's REST API at a chosen time, and the inbound poll deciding.
 */
class InboundConflictTest {

  private static final MutableClock CLOCK = new MutableClock(EditsFixture.START);
  @RegisterExtension
  static final SharedDevOrg DEVORG = EditsFixture.devorg(CLOCK);

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void crmChangeOfAnotherFieldKeepsTheLocalEditWithoutConflict(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = loaded(f);
      f.edits.edit("Account", acme, Map.of("Rating", "Hot"));
      f.crmEdit("Account", acme, Map.of("Industry", "Energy"));

      f.sync("Account");

      StoredRecord stored = f.stored("Account", acme);
      assertEquals("Hot", stored.fields().get("Rating"), "the CRM's Rating is still the edit's base: kept");
      assertEquals("Energy", stored.fields().get("Industry"));
      assertEquals(List.of(), f.conflicts("Account"));
      assertEquals(LocalFieldState.PENDING, f.local("Account", acme).field("Rating").orElseThrow().state());
      assertEquals(new OutboxCounts(1, 0, 0), f.outbox("Account"), "the write still waits");

      f.drain("Account");
      assertEquals("Hot", f.inCrm(acme).get("Rating"));
      assertEquals("Energy", f.inCrm(acme).get("Industry"), "only the edited field was written");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void laterCrmEditWinsDropsTheLocalEditAndTakesItOutOfTheWaitingWrite(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = loaded(f);
      f.clock.advance(Duration.ofMinutes(1));
      Instant editedAt = f.clock.instant();
      f.edits.edit("Account", acme, Map.of("Rating", "Hot", "Industry", "Energy"));
      f.crmEdit("Account", acme, Map.of("Rating", "Warm"));

      f.sync("Account");

      StoredRecord stored = f.stored("Account", acme);
      assertEquals("Warm", stored.fields().get("Rating"), "the CRM's later edit wins");
      assertEquals("Energy", stored.fields().get("Industry"), "the CRM did not touch Industry: still the edit");
      assertTrue(f.local("Account", acme).field("Rating").isEmpty(), "the lost edit is dropped");
      OutboxEntry waiting = f.store.outbox().claimDue(ORG, "Account", 10, f.clock.instant()).get(0);
      assertEquals(Map.of("Industry", "Energy"), waiting.fields(), "so the drain cannot overwrite the CRM's Rating");
      List<ConflictEntry> conflicts = f.conflicts("Account");
      assertEquals(1, conflicts.size());
      ConflictEntry c = conflicts.get(0);
      assertEquals(acme, c.crmId());
      assertEquals("Rating", c.field());
      assertEquals(ConflictEntry.Side.CRM, c.winner());
      assertEquals("\"Warm\"", c.winnerValue());
      assertEquals("\"Hot\"", c.loserValue(), "the losing value is kept for the admin");
      assertTrue(c.decidedAt().isAfter(editedAt));

      assertEquals(1, f.drain("Account").done());
      assertEquals("Warm", f.inCrm(acme).get("Rating"));
      assertEquals("Energy", f.inCrm(acme).get("Industry"));
      f.sync("Account");
      assertEquals(1, f.conflicts("Account").size(), "the echo of the rest is no new conflict");
      assertEquals(f.inCrm(acme).get("Rating"), f.stored("Account", acme).fields().get("Rating"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void laterLocalEditWinsKeepsItsValueAndWritesItOverTheCrms(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = loaded(f);
      f.crmEdit("Account", acme, Map.of("Rating", "Warm"));
      f.clock.advance(Duration.ofMinutes(1));
      f.edits.edit("Account", acme, Map.of("Rating", "Hot"));

      f.sync("Account");

      assertEquals("Hot", f.stored("Account", acme).fields().get("Rating"), "Bellwether's later edit wins");
      List<ConflictEntry> conflicts = f.conflicts("Account");
      assertEquals(1, conflicts.size());
      assertEquals(ConflictEntry.Side.BELLWETHER, conflicts.get(0).winner());
      assertEquals("\"Hot\"", conflicts.get(0).winnerValue());
      assertEquals("\"Warm\"", conflicts.get(0).loserValue());
      LocalField edit = f.local("Account", acme).field("Rating").orElseThrow();
      assertEquals("Warm", edit.baseValue(), "the edit now overrides the CRM's Warm");
      assertEquals(new OutboxCounts(1, 0, 0), f.outbox("Account"), "the write stays queued");

      f.crmEdit("Account", acme, Map.of("Industry", "Energy"));
      f.sync("Account");
      assertEquals(1, f.conflicts("Account").size(), "a later version still carrying Warm is no new conflict");
      assertEquals("Hot", f.stored("Account", acme).fields().get("Rating"));

      assertEquals(1, f.drain("Account").done());
      assertEquals("Hot", f.inCrm(acme).get("Rating"));
      f.sync("Account");
      assertEquals(1, f.conflicts("Account").size());
      assertTrue(f.local("Account", acme).field("Rating").isEmpty(), "confirmed by its echo");
      assertEquals("Hot", f.stored("Account", acme).fields().get("Rating"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void crmEditAfterTheAcceptedWriteIsTakenWithoutConflict(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = loaded(f);
      f.edits.edit("Account", acme, Map.of("Rating", "Hot", "Description", "renewal at risk"));
      f.clock.advance(Duration.ofMinutes(1));
      assertEquals(1, f.drain("Account").done());
      // A person changes both fields after Bellwether's write, before the next poll: one back to the
      // value the edit started from.
      f.crmEdit("Account", acme, Map.of("Rating", "Cold", "Description", "renewal signed"));

      f.sync("Account");

      StoredRecord stored = f.stored("Account", acme);
      assertEquals("Cold", stored.fields().get("Rating"));
      assertEquals("renewal signed", stored.fields().get("Description"));
      assertEquals(List.of(), f.conflicts("Account"), "sequential edits, not a conflict");
      assertNull(f.local("Account", acme).field("Rating").orElse(null));
      assertNull(f.local("Account", acme).field("Description").orElse(null));
      assertEquals(DrainResult.NONE, f.drain("Account"));
    }
  }

  /** An Account created in the CRM (Retail, Cold) and loaded into the store. */
  private static String loaded(EditsFixture f) throws Exception {
    String acme = f.account("Acme", "Retail", "Cold");
    f.sync("Account");
    return acme;
  }
}
