package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A devorg on a clock the test moves, with Account given a checkbox and a date field, a store on
 * the test's database, and connectors to the org over real HTTP; closes them all.
 */
final class InboundFixture implements AutoCloseable {
  static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  static final String ORG = "00D000000000001EAA";
  /** The mapped Account: inbound fields of every type, and one outbound-only field never read. */
  static final ObjectMapping ACCOUNT = new ObjectMapping("Account", null, List.of(
      new FieldMapping("Name", Direction.INBOUND),
      new FieldMapping("AnnualRevenue", Direction.INBOUND),
      new FieldMapping("NumberOfEmployees", Direction.INBOUND),
      new FieldMapping("Industry", Direction.BOTH),
      new FieldMapping("Strategic__c", Direction.INBOUND),
      new FieldMapping("Renewal_Date__c", Direction.INBOUND),
      new FieldMapping("CreatedDate", Direction.INBOUND),
      new FieldMapping("Description", Direction.OUTBOUND)));

  final MutableClock clock = new MutableClock(START);
  final TestDevOrg devorg;
  final CrmAccounts accounts;
  final Store store;
  private final List<SalesforceConnector> connectors = new ArrayList<>();

  InboundFixture(TestDatabase db) {
    this.devorg = TestDevOrg.start(DevOrgOptions.builder().clock(clock));
    var account = devorg.org().schema().object("Account").orElseThrow();
    account.putField(FieldDef.builder("Strategic__c", FieldType.BOOLEAN).custom(true).label("Strategic").build());
    account.putField(FieldDef.builder("Renewal_Date__c", FieldType.DATE).custom(true).label("Renewal Date").build());
    this.accounts = new CrmAccounts(devorg, clock);
    this.store = db.store();
  }

  /** A connector with the default Bulk threshold (2,000). */
  SalesforceConnector connect() throws CrmException {
    return track(ConnectorFixture.connect(devorg));
  }

  /** A connector that reads through REST query pages (2,000 each) up to this many records. */
  SalesforceConnector connectWithBulkThreshold(int threshold) throws CrmException {
    return track(ConnectorFixture.connect(ConnectorFixture.config(devorg).bulkThreshold(threshold).build(),
        Clock.systemUTC()));
  }

  InboundStore inboundStore() {
    return new InboundStore(store.transactions(), store.records(), store.watermarks());
  }

  InboundSync sync(String orgId, ObjectMapping mapping, SalesforceConnector crm, PageListener listener) {
    return new InboundSync(orgId, mapping, crm, inboundStore(), InboundSettings.defaults(), listener);
  }

  InboundSync sync(String orgId, SalesforceConnector crm) {
    return sync(orgId, ACCOUNT, crm, PageListener.NONE);
  }

  Map<String, StoredRecord> stored(String orgId) throws SQLException {
    return store.records().findAll(orgId, "Account");
  }

  Watermark watermark(String orgId) throws SQLException {
    return store.watermarks().find(orgId, "Account").orElseThrow();
  }

  private SalesforceConnector track(SalesforceConnector c) {
    connectors.add(c);
    return c;
  }

  @Override
  public void close() {
    connectors.forEach(SalesforceConnector::close);
    devorg.close();
  }
}
