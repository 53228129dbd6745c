package dev.bellwether.sync.conflict;

import static dev.bellwether.sync.local.EditsFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.local.EditsFixture;
import dev.bellwether.sync.outbound.DrainResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Bellwether's own writes coming back inbound: the echo (same values, newer SystemModstamp) logs no
 * conflict and causes no write, counted in API calls against devorg.
 */
class NoEchoLoopTest {

  private static final MutableClock CLOCK = new MutableClock(EditsFixture.START);
  @RegisterExtension
  static final SharedDevOrg DEVORG = EditsFixture.devorg(CLOCK);

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void editDrainedOnceComesBackAsAnEchoAndIsNeverWrittenAgain(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      f.sync("Account");
      f.edits.edit("Account", acme, Map.of("Rating", "Hot", "Description", "exec sponsor left",
          "Health_Score__c", new BigDecimal("41.5")));

      long beforeDrain = f.spent();
      DrainResult drained = f.drain("Account");
      assertEquals(1, drained.done());
      assertEquals(1, f.spent() - beforeDrain, "one write call");
      StoredRecord beforeEcho = f.stored("Account", acme);

      f.sync("Account");
      f.sync("Account");

      long afterPolls = f.spent();
      assertEquals(DrainResult.NONE, f.drain("Account"));
      assertEquals(afterPolls, f.spent(), "no further write call");
      assertEquals(new OutboxCounts(0, 1, 0), f.outbox("Account"), "the outbox is empty");
      assertEquals(List.of(), f.conflicts("Account"), "no conflict logged");
      StoredRecord stored = f.stored("Account", acme);
      assertTrue(stored.systemModstamp().isAfter(beforeEcho.systemModstamp()), "the echo was read");
      Map<String, Object> inCrm = f.inCrm(acme);
      for (String field : List.of("Name", "Industry", "Rating", "Description")) {
        assertEquals(inCrm.get(field), stored.fields().get(field), field + ": store == CRM");
      }
      assertEquals(0, new BigDecimal(inCrm.get("Health_Score__c").toString())
          .compareTo((BigDecimal) stored.fields().get("Health_Score__c")), "Health_Score__c: store == CRM");
      assertNull(f.local("Account", acme).field("Rating").orElse(null), "the echo confirmed the edit");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void upsertedSnapshotReadBackCausesNoWriteAndNoConflict(TestDatabase db) throws Exception {
    try (EditsFixture f = new EditsFixture(db, DEVORG, CLOCK)) {
      String acme = f.account("Acme", "Retail", "Cold");
      String h1 = "h-" + acme;
      f.sync("CS_Health__c");
      f.edits.upsert("CS_Health__c", h1, Map.of("Name", "Acme health", "Account__c", acme, "Score__c", 55L,
          "Band__c", "Yellow"));

      long beforeDrain = f.spent();
      assertEquals(1, f.drain("CS_Health__c").done());
      assertEquals(1, f.spent() - beforeDrain, "one write call");
      f.sync("CS_Health__c");
      f.sync("CS_Health__c");
      long afterPolls = f.spent();

      assertEquals(DrainResult.NONE, f.drain("CS_Health__c"));
      assertEquals(afterPolls, f.spent());
      assertEquals(new OutboxCounts(0, 1, 0), f.outbox("CS_Health__c"));
      assertEquals(List.of(), f.conflicts("CS_Health__c"));
      List<Map<String, Object>> inCrm = f.healthInCrm(h1);
      assertEquals(1, inCrm.size(), "one record in the CRM, not duplicated");
      StoredRecord stored = f.stored("CS_Health__c", (String) inCrm.get(0).get("Id"));
      assertEquals(h1, stored.fields().get("External_Id__c"));
      assertEquals(55L, stored.fields().get("Score__c"));
      assertEquals(0, new BigDecimal("55").compareTo(new BigDecimal(inCrm.get(0).get("Score__c").toString())),
          "store == CRM");
    }
  }
}
