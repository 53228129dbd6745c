package dev.bellwether.sync.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.store.ObjectStatus;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import dev.bellwether.store.conflicts.ConflictEntry;
import dev.bellwether.store.conflicts.ConflictEntry.Side;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.inbound.InboundMode;
import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.inbound.ObjectFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class SyncStatusTest {
  private static final String ORG = "00D000000000001EAA";
  private static final String OTHER_ORG = "00D000000000002EAA";
  private static final Instant MODSTAMP = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant NOW = MODSTAMP.plusSeconds(90);
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void reportShowsStoredCountWatermarkLagAndTheLastRunsCalls(TestDatabase db) throws Exception {
    Store store = db.store();
    storeAccounts(store, ORG, 3);
    storeAccounts(store, OTHER_ORG, 5);
    Watermark mark = saveWatermark(store, ORG);
    ObjectStatusWriter writer = new ObjectStatusWriter(store.objectStatus(), store.transactions(), CLOCK);
    writer.succeeded(ORG, run("Account", mark, List.of("Strategic__c")), NOW.minusSeconds(2));

    SyncStatusReport report = reader(store).read(ORG, List.of("Account", "Contact"));

    ObjectStatusLine account = report.object("Account").orElseThrow();
    assertEquals(3, account.records(), "only this org's live records count");
    assertEquals(MODSTAMP, account.watermark());
    assertEquals(90L, account.lagSeconds());
    assertEquals(7, account.apiCalls());
    assertEquals(0, account.errors());
    assertEquals(List.of("Strategic__c"), account.missingFields());
    ObjectStatusLine contact = report.object("Contact").orElseThrow();
    assertEquals(0, contact.records());
    assertEquals(null, contact.watermark(), "never synced: no watermark");
    assertEquals(null, contact.lagSeconds());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void failedRunCountsAnErrorAndKeepsTheLastSuccess(TestDatabase db) throws Exception {
    Store store = db.store();
    ObjectStatusWriter writer = new ObjectStatusWriter(store.objectStatus(), store.transactions(), CLOCK);
    writer.succeeded(ORG, run("Account", new Watermark(ORG, "Account", MODSTAMP, MODSTAMP, true), List.of()),
        NOW.minusSeconds(60));
    CrmException boom = new CrmException(CrmException.Kind.UNAVAILABLE, "SERVER_UNAVAILABLE", "Account", "devorg is down");

    writer.failed(ORG, new ObjectFailure("Account", boom), NOW);

    ObjectStatus saved = store.objectStatus().find(ORG, "Account").orElseThrow();
    assertEquals(1, saved.errors());
    assertEquals(NOW, saved.lastSuccessAt(), "the earlier success is kept");
    assertEquals(NOW, saved.lastRunAt());
    assertTrue(saved.lastError().contains("devorg is down"), saved.lastError());
    SyncStatusReport report = reader(store).read(ORG, List.of("Account"));
    assertEquals(1, report.errors());
    assertEquals(List.of(ORG), new SyncedOrgs(store.dataSource()).list());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void jsonHasOneEntryPerObjectWithRecordsAndZeroOutboxAndConflictsWhenNone(TestDatabase db) throws Exception {
    Store store = db.store();
    storeAccounts(store, ORG, 2);
    new ObjectStatusWriter(store.objectStatus(), store.transactions(), CLOCK)
        .succeeded(ORG, run("Account", saveWatermark(store, ORG), List.of()), NOW);

    JsonNode json = reader(store).read(ORG, List.of("Account", "Contact")).toJson(new ObjectMapper());

    assertEquals(ORG, json.get("orgId").asText());
    assertEquals(2, json.get("objects").size());
    JsonNode account = json.get("objects").get(0);
    assertEquals("Account", account.get("object").asText());
    assertEquals(2, account.get("records").asLong());
    assertEquals("2026-03-02T08:00:00Z", account.get("watermark").asText());
    assertEquals(90, account.get("lagSeconds").asLong());
    assertEquals(7, account.get("apiCalls").asLong());
    assertEquals(0, account.get("pending").asLong());
    assertEquals(0, account.get("parked").asLong());
    assertEquals(0, account.get("conflicts").asLong());
    assertTrue(account.get("missingFields").isArray());
    assertTrue(json.get("objects").get(1).get("watermark").isNull());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void pendingParkedAndConflictsAreCountedPerObjectAndOrg(TestDatabase db) throws Exception {
    Store store = db.store();
    enqueue(store, ORG, "Account", "a-1");
    enqueue(store, ORG, "Account", "a-2");
    park(store, ORG, "Account", "a-2");
    enqueue(store, ORG, "CS_Health__c", "h-1");
    park(store, ORG, "CS_Health__c", "h-1");
    enqueue(store, OTHER_ORG, "Account", "a-9");
    park(store, OTHER_ORG, "Account", "a-9");
    conflict(store, ORG, "Account", "001000000000001AAA");
    conflict(store, ORG, "Account", "001000000000002AAA");
    conflict(store, OTHER_ORG, "Account", "001000000000009AAA");

    SyncStatusReport report = reader(store).read(ORG, List.of("Account", "Contact", "CS_Health__c"));

    ObjectStatusLine account = report.object("Account").orElseThrow();
    assertEquals(1, account.pending());
    assertEquals(1, account.parked());
    assertEquals(2, account.conflicts(), "only this org's conflicts count");
    ObjectStatusLine health = report.object("CS_Health__c").orElseThrow();
    assertEquals(0, health.pending());
    assertEquals(1, health.parked());
    assertEquals(0, health.conflicts());
    ObjectStatusLine contact = report.object("Contact").orElseThrow();
    assertEquals(List.of(0L, 0L, 0L), List.of(contact.pending(), contact.parked(), contact.conflicts()));
    JsonNode json = report.toJson(new ObjectMapper()).get("objects").get(0);
    assertEquals(List.of(1L, 1L, 2L), List.of(json.get("pending").asLong(), json.get("parked").asLong(),
        json.get("conflicts").asLong()));
    String table = report.toTable();
    assertTrue(table.contains("PENDING") && table.contains("PARKED") && table.contains("CONFLICTS"), table);
  }

  private static SyncStatusReader reader(Store store) {
    return SyncStatusReader.of(store, CLOCK);
  }

  private static InboundRun run(String object, Watermark mark, List<String> missing) {
    return new InboundRun(object, InboundMode.FIRST_LOAD, "soap-query", 3, 3, 0, 1, false, missing, mark, 7,
        Duration.ofSeconds(1));
  }

  private static Watermark saveWatermark(Store store, String org) throws Exception {
    Watermark mark = new Watermark(org, "Account", MODSTAMP, MODSTAMP, true);
    store.transactions().inTransaction(tx -> {
      store.watermarks().save(tx, mark);
      return null;
    });
    return mark;
  }

  private static void enqueue(Store store, String org, String object, String externalId) throws Exception {
    store.transactions().inTransaction(tx -> store.outbox().enqueue(tx,
        OutboxEntry.change(org, object, externalId, Map.of("Name", "x"), MODSTAMP)));
  }

  private static void park(Store store, String org, String object, String externalId) throws Exception {
    OutboxEntry claimed = store.outbox().claimDue(org, object, 100, NOW).stream()
        .filter(e -> e.externalId().equals(externalId)).findFirst().orElseThrow();
    assertTrue(store.outbox().park(claimed, "INVALID_FIELD", "refused"));
  }

  private static void conflict(Store store, String org, String object, String crmId) throws Exception {
    store.transactions().inTransaction(tx -> {
      store.conflicts().record(tx, new ConflictEntry(0, org, object, crmId, "Description", Side.CRM, "\"crm\"",
          "\"ours\"", MODSTAMP));
      return null;
    });
  }

  private static void storeAccounts(Store store, String org, int n) throws Exception {
    store.transactions().inTransaction(tx -> {
      for (int i = 0; i < n; i++) {
        store.records().upsert(tx, List.of(new StoredRecord(org, "Account", org.substring(0, 5) + "00000" + i,
            Map.of("Name", "Acme " + i), MODSTAMP, false)));
      }
      return null;
    });
  }
}
