package dev.bellwether.sync.local;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.conflicts.ConflictEntry;
import dev.bellwether.store.edits.LocalRecord;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.inbound.InboundSettings;
import dev.bellwether.sync.inbound.InboundStore;
import dev.bellwether.sync.inbound.InboundSync;
import dev.bellwether.sync.inbound.PageListener;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.ObjectMapping;
import dev.bellwether.sync.outbound.DrainResult;
import dev.bellwether.sync.outbound.OutboundSettings;
import dev.bellwether.sync.outbound.OutboxDrainer;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Local edits end to end: the test class's devorg on a clock the tests move (Account given an
 * outbound-only Health_Score__c), a store on the test's database, Bellwether's connector over real
 * HTTP, inbound syncs, drainers and {@link LocalEdits} on that clock, and {@link CrmRest} for
 * people's CRM edits. Tests of a class share the org, so each works on records it created.
 */
public final class EditsFixture implements AutoCloseable {
  public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  public static final String ORG = "00D000000000001EAA";
  /** Accounts: no external id (written by update on the CRM id); fields of every ownership. */
  public static final ObjectMapping ACCOUNT = new ObjectMapping("Account", null, List.of(
      new FieldMapping("Name", Direction.INBOUND),
      new FieldMapping("Industry", Direction.BOTH),
      new FieldMapping("Rating", Direction.BOTH),
      new FieldMapping("Description", Direction.BOTH),
      new FieldMapping("Health_Score__c", Direction.OUTBOUND)));
  /** Health snapshots as the shipped mappings have them: written by Bellwether, upserted by external id. */
  public static final ObjectMapping HEALTH = new ObjectMapping("CS_Health__c", "External_Id__c", List.of(
      new FieldMapping("External_Id__c", Direction.BOTH),
      new FieldMapping("Name", Direction.OUTBOUND),
      new FieldMapping("Account__c", Direction.OUTBOUND),
      new FieldMapping("Score__c", Direction.OUTBOUND),
      new FieldMapping("Band__c", Direction.OUTBOUND)));

  public final MutableClock clock;
  public final TestDevOrg devorg;
  public final Store store;
  public final Mappings mappings;
  public final SalesforceConnector crm;
  public final CrmRest people;
  public final LocalEdits edits;
  private final Map<String, InboundSync> syncs = new HashMap<>();

  /** A devorg for a test class, on the clock its tests move: register it as a static extension. */
  public static SharedDevOrg devorg(MutableClock clock) {
    return new SharedDevOrg(DevOrgOptions.builder().clock(clock));
  }

  public EditsFixture(TestDatabase db, SharedDevOrg devorg, MutableClock clock) throws CrmException {
    this.clock = clock;
    this.devorg = devorg.get();
    var account = this.devorg.org().schema().object("Account").orElseThrow();
    if (account.field("Health_Score__c").isEmpty()) {
      account.putField(FieldDef.builder("Health_Score__c", FieldType.DOUBLE).custom(true).label("Health Score")
          .precision(5).scale(2).build());
    }
    this.store = db.store();
    this.mappings = new Mappings(List.of(ACCOUNT, HEALTH));
    this.crm = ConnectorFixture.connect(this.devorg);
    this.people = new CrmRest(this.devorg);
    this.edits = new LocalEdits(ORG, mappings, store, clock);
  }

  /** One inbound run of an object (a first load the first time, then polls), after a minute passed. */
  public InboundRun sync(String object) throws CrmException, SQLException {
    clock.advance(Duration.ofMinutes(1));
    InboundSync sync = syncs.computeIfAbsent(object, o -> new InboundSync(ORG, mappings.object(o).orElseThrow(), crm,
        InboundStore.of(store, "test", clock), InboundSettings.defaults(), PageListener.NONE));
    return sync.run();
  }

  /** One drain of an object's outbox through the connector. */
  public DrainResult drain(String object) throws SQLException {
    return new OutboxDrainer(ORG, mappings.object(object).orElseThrow(), crm, store, OutboundSettings.defaults(),
        clock).drain();
  }

  /** An Account created by a person in the CRM. */
  public String account(String name, String industry, String rating) throws IOException, InterruptedException {
    return people.create("Account", Map.of("Name", name, "Industry", industry, "Rating", rating));
  }

  /** A person's edit in the CRM, a minute after whatever happened last. */
  public void crmEdit(String object, String id, Map<String, Object> fields) throws IOException, InterruptedException {
    clock.advance(Duration.ofMinutes(1));
    people.update(object, id, fields);
  }

  /** The record as devorg holds it now. */
  public Map<String, Object> inCrm(String id) {
    return devorg.org().store().find(id).orElseThrow(() -> new AssertionError(id + " is not in devorg")).asMap();
  }

  public StoredRecord stored(String object, String id) throws SQLException {
    return store.records().find(ORG, object, id).orElseThrow(() -> new AssertionError(id + " is not in the store"));
  }

  public OutboxCounts outbox(String object) throws SQLException {
    return store.outbox().counts(ORG, object);
  }

  public List<ConflictEntry> conflicts(String object) throws SQLException {
    return store.conflicts().list(ORG, object, 100);
  }

  /** The health snapshots in devorg with this external id (one, unless the upsert duplicated it). */
  public List<Map<String, Object>> healthInCrm(String externalId) {
    var org = devorg.org();
    return org.store().scan(org.schema().object("CS_Health__c").orElseThrow(), false).stream()
        .map(dev.bellwether.devorg.store.StoredRecord::asMap)
        .filter(r -> externalId.equals(r.get("External_Id__c"))).toList();
  }

  /** The local record of an Account (by CRM id) or health snapshot (by external id), if any. */
  public LocalRecord local(String object, String key) throws SQLException {
    return store.localEdits().list(ORG, object).stream()
        .filter(r -> key.equals(r.crmId()) || key.equals(r.externalId())).findFirst().orElse(null);
  }

  /** API requests Bellwether's connector spent so far. */
  public long spent() {
    return crm.budget().spent();
  }

  @Override
  public void close() {
    crm.close();
  }
}
