package dev.bellwether.service.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.scoring.ScoringRunRow;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** When the scheduler scores: never scored, CRM changes since the last run's read, or too long ago. */
class ScoringTriggerTest {

  private static final String ORG = "00D000000000001EAA";
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void dueOnlyForNewCrmChangesOrAfterTheMaximumAge(TestDatabase db) throws Exception {
    Store store = db.store();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ScoringTrigger trigger = new ScoringTrigger(store, ORG, () -> {
      throw new AssertionError("not run in this test");
    }, Duration.ofHours(24), clock);

    assertTrue(trigger.due().isEmpty(), "an empty store has nothing to score");

    Instant modstamp = NOW.minusSeconds(600);
    upsert(store, "001A", modstamp);
    assertEquals("never scored", trigger.due().orElseThrow());

    run(store, NOW.minusSeconds(300), modstamp);
    assertTrue(trigger.due().isEmpty(), "the last run read this CRM version");

    // Bellwether's own edit moves updated_at, not the SystemModstamp: still nothing due.
    store.transactions().inTransaction(tx -> {
      store.recordFields().replace(tx, ORG, "Account", "001A", Map.of("Name", "A", "CS_Health_Score__c", 50));
      return null;
    });
    assertTrue(trigger.due().isEmpty(), "local edits do not trigger scoring");

    upsert(store, "001B", modstamp.plusSeconds(1));
    assertTrue(trigger.due().orElseThrow().startsWith("CRM changes since"));

    run(store, NOW.minusSeconds(100), modstamp.plusSeconds(1));
    assertTrue(trigger.due().isEmpty());
    ScoringTrigger aDayLater = new ScoringTrigger(store, ORG, () -> null, Duration.ofHours(24),
        Clock.fixed(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC));
    assertTrue(aDayLater.due().orElseThrow().startsWith("last scored"));
    assertFalse(new ScoringTrigger(store, "00Dother", () -> null, Duration.ofHours(24), clock).due().isPresent(),
        "another org with no records is not due");
  }

  private static void upsert(Store store, String id, Instant modstamp) throws Exception {
    store.transactions().inTransaction(tx -> store.records().upsert(tx,
        List.of(new StoredRecord(ORG, "Account", id, Map.of("Name", id), modstamp, false))));
  }

  private static void run(Store store, Instant started, Instant crmVersion) throws Exception {
    store.transactions().inTransaction(tx -> {
      store.scoring().runs().record(tx, ORG, new ScoringRunRow("test", started, started.plusSeconds(5), crmVersion,
          "{}"));
      return null;
    });
  }
}
