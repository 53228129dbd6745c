package dev.bellwether.sync.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.store.Store;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** One connector batch per write operation: upserts by external id and updates by CRM id, on H2 and PostgreSQL. */
class DrainOperationsTest {

  @RegisterExtension
  static final SharedDevOrg DEVORG = new SharedDevOrg();

  private static final String ORG = "00D000000000001EAA";
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final ObjectMapping ACCOUNT = new ObjectMapping("Account", null, List.of(
      new FieldMapping("Name", Direction.INBOUND), new FieldMapping("Rating", Direction.BOTH)));
  private static final ObjectMapping HEALTH = new ObjectMapping("CS_Health__c", "External_Id__c", List.of(
      new FieldMapping("External_Id__c", Direction.BOTH), new FieldMapping("Name", Direction.OUTBOUND),
      new FieldMapping("Account__c", Direction.OUTBOUND), new FieldMapping("Score__c", Direction.OUTBOUND)));

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void upsertsAndUpdatesOfOneObjectGoAsOneBatchEach(TestDatabase db) throws Exception {
    Store store = db.store();
    MutableClock clock = new MutableClock(T0);
    try (CrmConnector crm = ConnectorFixture.connect(DEVORG.get())) {
      String account = insert(crm, "Account", Map.of("Name", "Ops " + UUID.randomUUID()));
      String existing = insert(crm, "CS_Health__c", Map.of("Name", "by id", "Account__c", account, "Score__c", 1));
      String newExternalId = "ops-" + UUID.randomUUID();
      store.transactions().inTransaction(tx -> {
        store.outbox().enqueue(tx, OutboxEntry.change(ORG, "CS_Health__c", newExternalId,
            Map.of("Name", "by external id", "Account__c", account, "Score__c", 2L), T0));
        return store.outbox().enqueue(tx, OutboxEntry.update(ORG, "CS_Health__c", existing, Map.of("Score__c", 3L),
            T0));
      });

      DrainResult result = new OutboxDrainer(ORG, HEALTH, crm, store, OutboundSettings.defaults(), clock).drain();

      assertEquals(2, result.done());
      assertEquals(2, result.apiCalls(), "an upsert call and an update call");
      assertEquals(3.0, ((Number) DEVORG.org().store().find(existing).orElseThrow().get("Score__c")).doubleValue());
      assertTrue(DEVORG.org().store().scan(DEVORG.org().schema().object("CS_Health__c").orElseThrow(), false).stream()
          .anyMatch(r -> newExternalId.equals(r.get("External_Id__c"))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void entryByExternalIdOfAnObjectMappedWithoutOneIsParkedUnsent(TestDatabase db) throws Exception {
    Store store = db.store();
    try (CrmConnector crm = ConnectorFixture.connect(DEVORG.get())) {
      store.transactions().inTransaction(tx -> store.outbox().enqueue(tx,
          OutboxEntry.change(ORG, "Account", "acct-1", Map.of("Rating", "Hot"), T0)));

      DrainResult result = new OutboxDrainer(ORG, ACCOUNT, crm, store, OutboundSettings.defaults(),
          new MutableClock(T0)).drain();

      assertEquals(1, result.parked());
      assertEquals(0, result.apiCalls());
      assertEquals(new OutboxCounts(0, 0, 1), store.outbox().counts(ORG, "Account"));
      OutboxEntry parked = store.outbox().listParked(ORG).get(0);
      assertEquals("NO_EXTERNAL_ID_FIELD", parked.lastErrorCode());
      assertEquals("Account has no external id field in its mapping, so the entry for external id 'acct-1' cannot "
          + "be upserted", parked.lastErrorMessage());
    }
  }

  private static String insert(CrmConnector crm, String object, Map<String, Object> fields) throws Exception {
    List<WriteResult> r = crm.write(WriteBatch.insert(object, List.of(CrmRecord.of(object, fields))));
    assertTrue(r.get(0).success(), r.toString());
    return r.get(0).id();
  }
}
