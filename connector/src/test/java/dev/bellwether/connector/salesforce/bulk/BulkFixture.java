package dev.bellwether.connector.salesforce.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.FieldType;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.call.CallGuard;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.testing.PasswordGrantTokens;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A devorg whose Account also has a date, a date-time and a checkbox field, a REST transport
 * to it through a {@link RecordingGuard}, and the Account schema as the adapter would describe it.
 */
final class BulkFixture implements AutoCloseable {
  static final PollSchedule FAST = new PollSchedule(Duration.ofMillis(10), Duration.ofMillis(200));
  final TestDevOrg devorg;
  final RecordingGuard guard = new RecordingGuard();
  final RestTransport rest;

  private BulkFixture(TestDevOrg devorg) {
    this.devorg = devorg;
    this.rest = transport(guard);
  }

  /** A transport to this devorg through the given guard. */
  RestTransport transport(CallGuard through) {
    return new RestTransport(new SessionTokens(new PasswordGrantTokens(devorg.url())), "64.0",
        Duration.ofSeconds(5), Duration.ofSeconds(60), (used, limit) -> { }, through, new ObjectMapper());
  }

  static BulkFixture start() {
    TestDevOrg devorg = TestDevOrg.start();
    var account = devorg.org().schema().object("Account").orElseThrow();
    account.putField(FieldDef.builder("Renewal_Date__c", dev.bellwether.devorg.schema.FieldType.DATE)
        .custom(true).label("Renewal Date").build());
    account.putField(FieldDef.builder("Last_Review__c", dev.bellwether.devorg.schema.FieldType.DATETIME)
        .custom(true).label("Last Review").build());
    account.putField(FieldDef.builder("Strategic__c", dev.bellwether.devorg.schema.FieldType.BOOLEAN)
        .custom(true).label("Strategic").build());
    return new BulkFixture(devorg);
  }

  /** Account as describe would give it, names unqualified. */
  static ObjectSchema accountSchema() {
    List<FieldSchema> fields = List.of(
        field("Id", FieldType.ID, "id"),
        field("Name", FieldType.STRING, "string"),
        field("Ext_Id__c", FieldType.STRING, "string"),
        field("AnnualRevenue", FieldType.DECIMAL, "currency"),
        field("NumberOfEmployees", FieldType.INTEGER, "int"),
        field("Description", FieldType.STRING, "textarea"),
        field("Industry", FieldType.PICKLIST, "picklist"),
        field("Renewal_Date__c", FieldType.DATE, "date"),
        field("Last_Review__c", FieldType.DATETIME, "datetime"),
        field("Strategic__c", FieldType.BOOLEAN, "boolean"),
        field("IsDeleted", FieldType.BOOLEAN, "boolean"),
        field("OwnerId", FieldType.REFERENCE, "reference"),
        field("CreatedDate", FieldType.DATETIME, "datetime"),
        field("SystemModstamp", FieldType.DATETIME, "datetime"));
    return new ObjectSchema("Account", "Account", "001", true, true, true, true, fields);
  }

  /** CS_Health__c with the fields the tests write. */
  static ObjectSchema healthSchema() {
    return new ObjectSchema("CS_Health__c", "CS Health", "a00", true, true, true, true, List.of(
        field("Id", FieldType.ID, "id"),
        field("External_Id__c", FieldType.STRING, "string"),
        field("Account__c", FieldType.REFERENCE, "reference"),
        field("Band__c", FieldType.PICKLIST, "picklist"),
        field("Score__c", FieldType.DECIMAL, "double")));
  }

  private static FieldSchema field(String name, FieldType type, String crmType) {
    return new FieldSchema(name, name, type, crmType, 255, true, true, true, false, false, List.of(), List.of());
  }

  Org org() {
    return devorg.org();
  }

  /** Inserts records straight into the org's store (fast volume); returns their ids in order. */
  List<String> storeRecords(String object, List<Map<String, Object>> rows) {
    List<WriteOp> ops = new ArrayList<>();
    rows.forEach(r -> ops.add(new WriteOp.Create(object, r)));
    List<WriteResult> written = org().store().apply(ops, false, org().writeAs(org().adminUserId()));
    List<String> ids = new ArrayList<>();
    for (WriteResult r : written) {
      if (!r.success()) {
        throw new IllegalStateException("seeding failed: " + r.errors());
      }
      ids.add(r.id());
    }
    return ids;
  }

  /** Deletes records straight in the store (they go to the recycle bin). */
  void deleteInStore(List<String> ids) {
    List<WriteOp> ops = new ArrayList<>();
    ids.forEach(id -> ops.add(new WriteOp.Delete(id)));
    org().store().apply(ops, false, org().writeAs(org().adminUserId()));
  }

  /** A stored field value, or null. */
  Object stored(String id, String field) {
    return org().store().find(id).orElseThrow().get(field);
  }

  @Override
  public void close() {
    rest.close();
    devorg.close();
  }
}
