package dev.bellwether.connector.salesforce.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.store.StoredRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** create/update/upsert/delete through the partner API, results at their input positions. */
class SoapWriterTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();
  static ObjectSchema account;
  static ObjectSchema health;

  @BeforeAll
  static void start() throws Exception {
    SoapDescriber describer = new SoapDescriber(SoapSetup.against(devorg.get()).soap(), Namespace.NONE);
    account = describer.describe("Account");
    health = describer.describe("CS_Health__c");
  }

  @Test
  void insertStoresTypedValuesAndFailsOnlyTheBadRecordAtItsIndex() throws Exception {
    String accountId = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Scored Co"));
    CrmRecord good = CrmRecord.of("CS_Health__c", Map.of("Name", "Q1", "Account__c", accountId,
        "Score__c", new BigDecimal("71.25"), "Band__c", "Yellow",
        "Scored_At__c", Instant.parse("2025-01-02T03:04:05Z"), "External_Id__c", "H-1"));
    CrmRecord badBand = CrmRecord.of("CS_Health__c", Map.of("Name", "Q2", "Account__c", accountId, "Band__c", "Purple"));
    CrmRecord alsoGood = CrmRecord.of("CS_Health__c", Map.of("Name", "Q3", "Account__c", accountId));

    List<WriteResult> results = writer().write(WriteBatch.insert("CS_Health__c", List.of(good, badBand, alsoGood)), health);

    assertEquals(List.of(0, 1, 2), results.stream().map(WriteResult::index).toList());
    assertTrue(results.get(0).success() && results.get(0).created());
    assertTrue(results.get(2).success());
    assertFalse(results.get(1).success());
    assertNull(results.get(1).id());
    RecordError e = results.get(1).errors().get(0);
    assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", e.statusCode());
    assertEquals(List.of("Band__c"), e.fields());
    assertFalse(e.retryable());
    StoredRecord stored = stored(results.get(0).id());
    assertEquals(0, new BigDecimal("71.25").compareTo((BigDecimal) stored.get("Score__c")));
    assertEquals(Instant.parse("2025-01-02T03:04:05Z"), stored.get("Scored_At__c"));
    assertEquals("Yellow", stored.get("Band__c"));
    assertEquals(accountId, stored.get("Account__c"));
  }

  @Test
  void updateReportsEachFailureAtItsIndexAndWritesTheRest() throws Exception {
    String a = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Upd A"));
    String b = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Upd B"));
    List<CrmRecord> batch = List.of(
        new CrmRecord("Account", a, Map.of("NumberOfEmployees", 250L)),
        CrmRecord.of("Account", Map.of("Name", "No Id")),
        new CrmRecord("Account", b, Map.of("Name", "x".repeat(300))),
        new CrmRecord("Account", b, Map.of("Rating", "Warm")));

    List<WriteResult> results = writer().write(WriteBatch.update("Account", batch), account);

    assertTrue(results.get(0).success());
    assertFalse(results.get(0).created());
    assertEquals(a, results.get(0).id());
    assertEquals("MISSING_ARGUMENT", results.get(1).errors().get(0).statusCode());
    assertEquals("STRING_TOO_LONG", results.get(2).errors().get(0).statusCode());
    assertEquals(b, results.get(2).id(), "a failed update still names its record");
    assertTrue(results.get(3).success());
    assertEquals(250, stored(a).get("NumberOfEmployees"));
    assertEquals("Upd B", stored(b).get("Name"));
    assertEquals("Warm", stored(b).get("Rating"));
  }

  @Test
  void aNullValueEmptiesTheFieldAndAnAbsentOneIsLeftAlone() throws Exception {
    String id = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Nulls Co", "Phone", "555-0100",
        "Website", "https://example.com"));
    Map<String, Object> change = new HashMap<>();
    change.put("Phone", null);
    change.put("Name", "Nulls Co 2");

    WriteResult r = writer().write(WriteBatch.update("Account", List.of(new CrmRecord("Account", id, change))),
        account).get(0);

    assertTrue(r.success(), () -> r.errors().toString());
    assertNull(stored(id).get("Phone"));
    assertEquals("https://example.com", stored(id).get("Website"));
    assertEquals("Nulls Co 2", stored(id).get("Name"));
  }

  @Test
  void upsertCreatesThenUpdatesByExternalIdAndSaysWhich() throws Exception {
    SoapWriter writer = writer();
    List<WriteResult> first = writer.write(WriteBatch.upsert("Account", "Ext_Id__c", List.of(
        CrmRecord.of("Account", Map.of("Ext_Id__c", "EXT-1", "Name", "Upserted")),
        CrmRecord.of("Account", Map.of("Ext_Id__c", "EXT-2")))), account);
    List<WriteResult> second = writer.write(WriteBatch.upsert("Account", "Ext_Id__c", List.of(
        CrmRecord.of("Account", Map.of("Ext_Id__c", "EXT-1", "Name", "Upserted Again")))), account);

    assertTrue(first.get(0).success() && first.get(0).created());
    assertFalse(first.get(1).success());
    assertEquals("REQUIRED_FIELD_MISSING", first.get(1).errors().get(0).statusCode());
    assertTrue(second.get(0).success());
    assertFalse(second.get(0).created());
    assertEquals(first.get(0).id(), second.get(0).id());
    assertEquals("Upserted Again", stored(first.get(0).id()).get("Name"));
  }

  @Test
  void deleteFailsAlreadyDeletedAndIdlessRecordsAtTheirIndexes() throws Exception {
    String live = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Doomed"));
    String gone = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Already Gone"));
    writer().write(WriteBatch.delete("Account", List.of(new CrmRecord("Account", gone, Map.of()))), account);

    List<WriteResult> results = writer().write(WriteBatch.delete("Account", List.of(
        new CrmRecord("Account", gone, Map.of()), CrmRecord.of("Account", Map.of()),
        new CrmRecord("Account", live, Map.of()))), account);

    assertEquals("ENTITY_IS_DELETED", results.get(0).errors().get(0).statusCode());
    assertEquals(gone, results.get(0).id());
    assertEquals("MISSING_ARGUMENT", results.get(1).errors().get(0).statusCode());
    assertTrue(results.get(2).success());
    assertTrue(stored(live).deleted());
  }

  @Test
  void recordsThatCannotBeSentFailAloneWithoutACall() throws Exception {
    SoapSetup s = SoapSetup.against(devorg.get());
    List<WriteResult> results = new SoapWriter(s.soap(), Namespace.NONE).write(WriteBatch.insert("Account", List.of(
        CrmRecord.of("Account", Map.of("Name", "Fine")),
        CrmRecord.of("Account", Map.of("Name", "Unknown", "Nope__c", "x")),
        CrmRecord.of("Account", Map.of("Name", "Wrong type", "NumberOfEmployees", "many")))), account);

    assertTrue(results.get(0).success());
    assertEquals("INVALID_FIELD", results.get(1).errors().get(0).statusCode());
    assertEquals(List.of("Nope__c"), results.get(1).errors().get(0).fields());
    assertEquals("INVALID_TYPE_ON_FIELD_IN_RECORD", results.get(2).errors().get(0).statusCode());
    assertEquals(List.of("NumberOfEmployees"), results.get(2).errors().get(0).fields());
    assertEquals(1, s.guard().calls());
  }

  @Test
  void fourHundredFiftyRecordsGoIn200PerCallWithResultsInInputOrder() throws Exception {
    SoapSetup s = SoapSetup.against(devorg.get());
    List<CrmRecord> many = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      many.add(CrmRecord.of("Account", Map.of("Name", "Many " + i)));
    }

    List<WriteResult> results = new SoapWriter(s.soap(), Namespace.NONE).write(WriteBatch.insert("Account", many),
        account);

    assertEquals(3, s.guard().calls());
    assertEquals(450, results.size());
    for (int i = 0; i < 450; i++) {
      assertEquals(i, results.get(i).index());
      assertEquals("Many " + i, stored(results.get(i).id()).get("Name"));
    }
  }

  @Test
  void rowLocksAreRetryablePerRecordErrors() throws Exception {
    String id = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Contended"));
    devorg.faults("lock=1");

    List<WriteResult> results = writer().write(WriteBatch.update("Account", List.of(
        new CrmRecord("Account", id, Map.of("Name", "Changed")))), account);

    RecordError e = results.get(0).errors().get(0);
    assertEquals("UNABLE_TO_LOCK_ROW", e.statusCode());
    assertTrue(e.retryable());
    assertTrue(results.get(0).retryable());
    assertEquals("Contended", stored(id).get("Name"));
  }

  @Test
  void aCallFailingAfterTheFirstLeavesTheRestUnprocessedAndRetryable() throws Exception {
    SoapSetup s = SoapSetup.against(devorg.get());
    s.session().current();
    List<CrmRecord> many = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      many.add(CrmRecord.of("Account", Map.of("Name", "Limited " + i)));
    }
    devorg.org().apiUsage().setLimit(devorg.org().apiUsage().used() + 1); // room for one call

    List<WriteResult> results = new SoapWriter(s.soap(), Namespace.NONE).write(WriteBatch.insert("Account", many),
        account);

    assertTrue(results.subList(0, 200).stream().allMatch(WriteResult::success));
    assertTrue(results.subList(200, 250).stream().allMatch(WriteResult::retryable));
    assertEquals("LIMIT_EXCEEDED", results.get(200).errors().get(0).statusCode());
  }

  @Test
  void aFirstCallFailingAsAWholeIsThrown() {
    devorg.faults("transient=1");

    CrmException e = assertThrows(CrmException.class, () -> writer().write(WriteBatch.insert("Account",
        List.of(CrmRecord.of("Account", Map.of("Name", "Never")))), account));

    assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
  }

  private static SoapWriter writer() {
    return new SoapWriter(SoapSetup.against(devorg.get()).soap(), Namespace.NONE);
  }

  private static StoredRecord stored(String id) {
    return devorg.org().store().find(id).orElseThrow();
  }
}
