package dev.bellwether.devorg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.StandardObjects;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrgStoreTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private OrgStore store;
  private String userId;

  @BeforeEach
  void setUp() {
    store = new OrgStore(StandardObjects.newSchema());
    userId = Ids.of("005", 1);
    WriteResult u = one(new WriteOp.Create("User", Map.of("Username", "a@b.c", "LastName", "Admin")));
    assertEquals(userId, u.id());
  }

  private WriteResult one(WriteOp op) {
    return store.apply(List.of(op), false, new WriteContext(userId == null ? Ids.of("005", 1) : userId, NOW, false)).get(0);
  }

  private static Map<String, Object> fields(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void createCoercesTextToFieldTypesAndStampsAuditFields() {
    WriteResult r = one(new WriteOp.Create("Account", fields("Name", "Acme", "NumberOfEmployees", "120",
        "AnnualRevenue", "1500000.50")));
    assertTrue(r.success());
    assertTrue(r.created());
    StoredRecord a = store.find(r.id()).orElseThrow();
    assertEquals(120, a.get("NumberOfEmployees"));
    assertEquals(new BigDecimal("1500000.5"), a.get("AnnualRevenue"));
    assertEquals(NOW, a.get("CreatedDate"));
    assertEquals(NOW, a.get("SystemModstamp"));
    assertEquals(userId, a.get("OwnerId"));
    assertEquals(false, a.get("IsDeleted"));
    assertTrue(r.id().startsWith("001"));
  }

  @Test
  void missingRequiredFieldIsReportedWithItsName() {
    WriteResult r = one(new WriteOp.Create("Account", fields("Industry", "Technology")));
    assertFalse(r.success());
    assertEquals("REQUIRED_FIELD_MISSING", r.errors().get(0).statusCode());
    assertEquals(List.of("Name"), r.errors().get(0).fields());
  }

  @Test
  void wrongTypesUnknownFieldsAndReadOnlyFieldsAreEachNamed() {
    WriteResult r = one(new WriteOp.Create("Account", fields("Name", "X", "NumberOfEmployees", "many",
        "Bogus__c", "1", "CreatedDate", "2020-01-01T00:00:00Z")));
    assertFalse(r.success());
    Set<String> codes = Set.copyOf(r.errors().stream().map(SaveError::statusCode).toList());
    assertEquals(Set.of("INVALID_TYPE_ON_FIELD_IN_RECORD", "INVALID_FIELD", "INVALID_FIELD_FOR_INSERT_UPDATE"), codes);
  }

  @Test
  void restrictedPicklistRejectsUnknownValue() {
    String acc = one(new WriteOp.Create("Account", fields("Name", "A"))).id();
    WriteResult r = one(new WriteOp.Create("Opportunity", fields("Name", "O", "AccountId", acc,
        "StageName", "Dreaming", "CloseDate", "2026-12-01")));
    assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", r.errors().get(0).statusCode());
  }

  @Test
  void lookupsMustPointAtLiveRecordsOfTheRightType() {
    String acc = one(new WriteOp.Create("Account", fields("Name", "A"))).id();
    WriteResult wrongType = one(new WriteOp.Create("Contact", fields("LastName", "L", "AccountId", userId)));
    assertEquals("FIELD_INTEGRITY_EXCEPTION", wrongType.errors().get(0).statusCode());
    one(new WriteOp.Delete(acc));
    WriteResult deleted = one(new WriteOp.Create("Contact", fields("LastName", "L", "AccountId", acc)));
    assertEquals("INVALID_CROSS_REFERENCE_KEY", deleted.errors().get(0).statusCode());
  }

  @Test
  void allOrNoneRollsBackEveryWriteOfTheBatch() {
    String acc = one(new WriteOp.Create("Account", fields("Name", "Before"))).id();
    List<WriteResult> results = store.apply(List.of(
        new WriteOp.Update("Account", acc, fields("Name", "After"), Set.of()),
        new WriteOp.Create("Account", fields("Name", "New")),
        new WriteOp.Create("Account", fields())), true, new WriteContext(userId, NOW, false));
    assertEquals("ALL_OR_NONE_OPERATION_ROLLED_BACK", results.get(0).errors().get(0).statusCode());
    assertEquals("ALL_OR_NONE_OPERATION_ROLLED_BACK", results.get(1).errors().get(0).statusCode());
    assertEquals("REQUIRED_FIELD_MISSING", results.get(2).errors().get(0).statusCode());
    assertEquals("Before", store.find(acc).orElseThrow().get("Name"));
    assertEquals(1, store.count(store.schema().object("Account").orElseThrow()));
  }

  @Test
  void upsertByExternalIdCreatesThenUpdatesAndRejectsAmbiguousMatches() {
    var account = store.schema().object("Account").orElseThrow();
    account.putField(FieldDef.builder("Ext__c", FieldType.STRING).externalId(true).custom(true).build());
    WriteResult first = one(new WriteOp.Upsert("Account", "Ext__c", fields("Ext__c", "E1", "Name", "One"), Set.of(), false));
    WriteResult second = one(new WriteOp.Upsert("Account", "Ext__c", fields("Ext__c", "e1", "Name", "Uno"), Set.of(), false));
    assertTrue(first.created());
    assertFalse(second.created());
    assertEquals(first.id(), second.id());
    assertEquals("Uno", store.find(first.id()).orElseThrow().get("Name"));
    one(new WriteOp.Create("Account", fields("Ext__c", "E1", "Name", "Twin")));
    WriteResult ambiguous = one(new WriteOp.Upsert("Account", "Ext__c", fields("Ext__c", "E1", "Name", "?"), Set.of(), false));
    assertEquals("DUPLICATE_EXTERNAL_ID", ambiguous.errors().get(0).statusCode());
  }

  @Test
  void uniqueFieldsRejectDuplicatesIgnoringCase() {
    WriteResult dup = one(new WriteOp.Create("User", Map.of("Username", "A@B.C", "LastName", "Twin")));
    assertEquals("DUPLICATE_VALUE", dup.errors().get(0).statusCode());
  }

  @Test
  void deleteGoesToRecycleBinAndUndeleteRestores() {
    String acc = one(new WriteOp.Create("Account", fields("Name", "A"))).id();
    assertTrue(one(new WriteOp.Delete(acc)).success());
    StoredRecord r = store.find(acc).orElseThrow();
    assertTrue(r.deleted());
    assertEquals(true, r.get("IsDeleted"));
    assertEquals(NOW, r.deletedAt());
    assertEquals("ENTITY_IS_DELETED", one(new WriteOp.Update("Account", acc, fields("Name", "B"), Set.of())).errors().get(0).statusCode());
    assertEquals(1, store.deletedBetween(r.type(), NOW.minusSeconds(1), NOW).size());
    assertTrue(one(new WriteOp.Undelete(acc)).success());
    assertFalse(store.find(acc).orElseThrow().deleted());
  }

  @Test
  void derivedFieldsFollowTheirInputs() {
    String acc = one(new WriteOp.Create("Account", fields("Name", "A"))).id();
    String contract = one(new WriteOp.Create("Contract", fields("AccountId", acc, "Status", "Draft",
        "StartDate", "2026-01-15", "ContractTerm", 12))).id();
    assertEquals(LocalDate.parse("2027-01-14"), store.find(contract).orElseThrow().get("EndDate"));
    String opp = one(new WriteOp.Create("Opportunity", fields("Name", "O", "StageName", "Closed Won",
        "CloseDate", LocalDate.parse("2026-01-10")))).id();
    assertEquals(true, store.find(opp).orElseThrow().get("IsWon"));
    String contact = one(new WriteOp.Create("Contact", fields("FirstName", "Min", "LastName", "Kim"))).id();
    assertEquals("Min Kim", store.find(contact).orElseThrow().get("Name"));
  }

  @Test
  void updateFieldsToNullClearsOptionalButNotRequiredFields() {
    String acc = one(new WriteOp.Create("Account", fields("Name", "A", "Phone", "123"))).id();
    assertTrue(one(new WriteOp.Update("Account", acc, Map.of(), Set.of("Phone"))).success());
    assertNull(store.find(acc).orElseThrow().get("Phone"));
    WriteResult r = one(new WriteOp.Update("Account", acc, Map.of(), Set.of("Name")));
    assertEquals("REQUIRED_FIELD_MISSING", r.errors().get(0).statusCode());
  }

  @Test
  void injectedLockFaultFailsTheRecordNotTheBatch() {
    store.setFaults(op -> op instanceof WriteOp.Create c && "Locked".equals(c.fields().get("Name"))
        ? java.util.Optional.of(SaveError.of("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record"))
        : java.util.Optional.empty());
    List<WriteResult> r = store.apply(List.of(new WriteOp.Create("Account", fields("Name", "Locked")),
        new WriteOp.Create("Account", fields("Name", "Fine"))), false, new WriteContext(userId, NOW, false));
    assertEquals("UNABLE_TO_LOCK_ROW", r.get(0).errors().get(0).statusCode());
    assertTrue(r.get(1).success());
  }

  @Test
  void customObjectRecordWithoutNameIsNamedByItsId() {
    var health = new dev.bellwether.devorg.schema.ObjectDef("Health__c", "Health", "Healths", "a00", true);
    dev.bellwether.devorg.schema.SystemFields.addTo(health, true);
    health.putField(FieldDef.builder("Name", FieldType.STRING).required(true).build());
    store.schema().add(health);
    WriteResult r = one(new WriteOp.Create("Health__c", fields()));
    assertTrue(r.success(), r.errors().toString());
    assertEquals(r.id(), store.find(r.id()).orElseThrow().get("Name"));
  }
}
