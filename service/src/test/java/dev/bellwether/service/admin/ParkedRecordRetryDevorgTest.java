package dev.bellwether.service.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.store.Store;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.mapping.MappingsLoader;
import dev.bellwether.sync.outbound.DrainResult;
import dev.bellwether.sync.outbound.OutboundSettings;
import dev.bellwether.sync.outbound.OutboxDrainer;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A record devorg refuses is parked by the real outbound drain, shown by the admin API with
 * Salesforce's code, and written once the admin fixed the CRM and retried it.
 */
class ParkedRecordRetryDevorgTest {
  @RegisterExtension
  static final SharedDevOrg DEVORG = new SharedDevOrg();

  private static final String HEALTH = "CS_Health__c";
  private static final AdminToken TOKEN = new AdminToken("devorg-test-token", "the test", false);

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void refusedRecordIsParkedVisibleAndWrittenAfterTheAdminFixesTheCrmAndRetries(TestDatabase db) throws Exception {
    Store store = db.store();
    Clock clock = Clock.systemUTC();
    ObjectDef health = DEVORG.org().schema().object(HEALTH).orElseThrow();
    FieldDef band = health.field("Band__c").orElseThrow();
    String externalId = "admin-" + UUID.randomUUID();
    try (SalesforceConnector crm = ConnectorFixture.connect(DEVORG.get())) {
      String orgId = crm.orgId();
      OutboxDrainer drainer = new OutboxDrainer(orgId, MappingsLoader.defaults().object(HEALTH).orElseThrow(), crm,
          store.outbox(), OutboundSettings.defaults(), clock);
      enqueue(store, crm, orgId, externalId, clock);
      assertEquals(1, drainer.drain().parked(), "devorg refuses a value its restricted picklist lacks");
      // Built as the lead's continuous sync builds it: the connected org, not the store's orgs.
      AdminContext context = new AdminContext(store, () -> List.of(orgId), AdminFixture.mappedObjects(), clock);
      try (AdminServer server = AdminServer.start(context, TOKEN, AdminServer.DEFAULT_HOST, 0)) {
        AdminClient client = new AdminClient(server.baseUri());

        JsonNode parked = AdminClient.json(client.get("admin/sync/parked", TOKEN.value())).get("parked").get(0);
        assertEquals(externalId, parked.get("externalId").asText());
        assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", parked.get("lastErrorCode").asText());
        assertTrue(parked.get("lastErrorMessage").asText().contains("Purple"), parked.toString());
        assertEquals(1, healthLine(client).get("parked").asLong());

        health.putField(withValue(band, "Purple"));
        HttpResponse<String> retry = client.post("admin/sync/parked/" + parked.get("id").asLong() + "/retry",
            TOKEN.value());
        assertEquals(200, retry.statusCode(), retry.body());
        DrainResult second = drainer.drain();

        assertEquals(1, second.done(), second.toString());
        assertEquals(0, AdminClient.json(client.get("admin/sync/parked", TOKEN.value())).get("parked").size());
        JsonNode line = healthLine(client);
        assertEquals(0, line.get("parked").asLong());
        assertEquals(0, line.get("pending").asLong());
        assertEquals(List.of("Purple"), bandsInCrm(externalId), "written once, with the value that was parked");
      }
    } finally {
      health.putField(band);
    }
  }

  private static void enqueue(Store store, SalesforceConnector crm, String orgId, String externalId, Clock clock)
      throws Exception {
    List<WriteResult> account = crm.write(WriteBatch.insert("Account",
        List.of(CrmRecord.of("Account", Map.of("Name", "Admin retry " + externalId)))));
    assertTrue(account.get(0).success(), account.toString());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Name", "Health " + externalId);
    fields.put("Account__c", account.get(0).id());
    fields.put("Score__c", new BigDecimal("42"));
    fields.put("Band__c", "Purple");
    store.transactions().inTransaction(tx -> store.outbox().enqueue(tx,
        OutboxEntry.change(orgId, HEALTH, externalId, fields, clock.instant())));
  }

  private static JsonNode healthLine(AdminClient client) throws Exception {
    for (JsonNode o : AdminClient.json(client.get("admin/sync/status", TOKEN.value())).get("objects")) {
      if (o.get("object").asText().equals(HEALTH)) {
        return o;
      }
    }
    throw new AssertionError(HEALTH + " missing from the status");
  }

  /** The band of every CS_Health__c in devorg with the external id: one entry per record. */
  private static List<String> bandsInCrm(String externalId) {
    List<String> bands = new ArrayList<>();
    ObjectDef object = DEVORG.org().schema().object(HEALTH).orElseThrow();
    for (StoredRecord r : DEVORG.org().store().scan(object, false)) {
      if (externalId.equals(r.get("External_Id__c"))) {
        bands.add(String.valueOf(r.get("Band__c")));
      }
    }
    return bands;
  }

  /** The field as an admin would leave it after adding a value to its picklist in Setup. */
  private static FieldDef withValue(FieldDef f, String value) {
    List<String> values = new ArrayList<>(f.picklistValues());
    values.add(value);
    return new FieldDef(f.name(), f.label(), f.type(), f.length(), f.precision(), f.scale(), f.required(),
        f.createable(), f.updateable(), f.unique(), f.externalId(), f.custom(), f.derived(), f.restrictedPicklist(),
        values, f.referenceTo(), f.relationshipName(), f.defaultValue());
  }
}
