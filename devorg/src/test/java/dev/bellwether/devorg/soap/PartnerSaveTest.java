package dev.bellwether.devorg.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.UndeleteResult;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.faults.FaultSpec;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.store.StoredRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartnerSaveTest {
  private static DevOrg devorg;
  private static PartnerConnection pc;

  @BeforeAll
  static void start() throws Exception {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    devorg.org().schema().object("Account").orElseThrow().putField(FieldDef.builder("Ext_Id__c", FieldType.STRING)
        .label("Ext Id").length(40).externalId(true).unique(true).custom(true).build());
    pc = Wsc.login(devorg, "64.0");
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @AfterEach
  void clearFaultsAndHeaders() {
    devorg.org().faults().setSpec(FaultSpec.NONE);
    pc.clearAllOrNoneHeader();
  }

  @Test
  void createStoresTypedValuesAndReportsMissingRequiredFieldPerRecord() throws Exception {
    SObject good = account("Acme & <Co>");
    good.setField("NumberOfEmployees", 12);
    good.setField("AnnualRevenue", 2500000.5);
    SObject empty = new SObject("Account");

    SaveResult[] results = pc.create(new SObject[] {good, empty});

    assertTrue(results[0].isSuccess());
    assertEquals("001", results[0].getId().substring(0, 3));
    StoredRecord stored = devorg.org().store().find(results[0].getId()).orElseThrow();
    assertEquals("Acme & <Co>", stored.get("Name"));
    assertEquals(12, stored.get("NumberOfEmployees"));
    assertEquals(new BigDecimal("2500000.5"), stored.get("AnnualRevenue"));
    assertEquals("005000000000001AAA", stored.get("OwnerId"));
    assertFalse(results[1].isSuccess());
    assertNull(results[1].getId());
    Error e = results[1].getErrors()[0];
    assertEquals(StatusCode.REQUIRED_FIELD_MISSING, e.getStatusCode());
    assertArrayEquals(new String[] {"Name"}, e.getFields());
  }

  @Test
  void updateSetsFieldsAndClearsFieldsToNullSentAfterTheFields() throws Exception {
    SObject a = account("Before");
    a.setField("Phone", "555-0100");
    a.setField("Website", "https://example.com");
    String id = pc.create(new SObject[] {a})[0].getId();
    SObject change = new SObject("Account");
    change.setId(id);
    change.setField("Name", "After");
    change.setFieldsToNull(new String[] {"Phone"});

    SaveResult r = pc.update(new SObject[] {change})[0];

    assertTrue(r.isSuccess(), () -> r.getErrors()[0].getMessage());
    assertEquals(id, r.getId());
    StoredRecord stored = devorg.org().store().find(id).orElseThrow();
    assertEquals("After", stored.get("Name"));
    assertNull(stored.get("Phone"));
    assertEquals("https://example.com", stored.get("Website"));
  }

  @Test
  void updateWithoutIdFailsThatRecordWithMissingArgument() throws Exception {
    SObject noId = account("No Id");

    SaveResult r = pc.update(new SObject[] {noId})[0];

    assertFalse(r.isSuccess());
    assertEquals(StatusCode.MISSING_ARGUMENT, r.getErrors()[0].getStatusCode());
  }

  @Test
  void upsertByExternalIdCreatesThenUpdatesTheSameRecord() throws Exception {
    SObject first = account("Upserted");
    first.setField("Ext_Id__c", "EXT-1");
    UpsertResult created = pc.upsert("Ext_Id__c", new SObject[] {first})[0];
    SObject second = account("Upserted Again");
    second.setField("Ext_Id__c", "ext-1");

    UpsertResult updated = pc.upsert("Ext_Id__c", new SObject[] {second})[0];

    assertTrue(created.isSuccess());
    assertTrue(created.isCreated());
    assertTrue(updated.isSuccess());
    assertFalse(updated.isCreated());
    assertEquals(created.getId(), updated.getId());
    assertEquals("Upserted Again", devorg.org().store().find(created.getId()).orElseThrow().get("Name"));
  }

  @Test
  void upsertOnAFieldThatIsNotAnExternalIdIsInvalidFieldFault() {
    InvalidFieldFault f = assertThrows(InvalidFieldFault.class,
        () -> pc.upsert("Name", new SObject[] {account("X")}));

    assertEquals(ExceptionCode.INVALID_FIELD, f.getExceptionCode());
  }

  @Test
  void parentReferenceByExternalIdBecomesTheLookupId() throws Exception {
    SObject parent = account("Parent Co");
    parent.setField("Ext_Id__c", "PARENT-7");
    String parentId = pc.create(new SObject[] {parent})[0].getId();
    SObject contact = new SObject("Contact");
    contact.setField("LastName", "Lovelace");
    SObject ref = new SObject("Account");
    ref.setField("Ext_Id__c", "PARENT-7");
    contact.setField("Account", ref);
    SObject orphan = new SObject("Contact");
    orphan.setField("LastName", "Orphan");
    SObject missing = new SObject("Account");
    missing.setField("Ext_Id__c", "NOPE");
    orphan.setField("Account", missing);

    SaveResult[] r = pc.create(new SObject[] {contact, orphan});

    assertTrue(r[0].isSuccess(), () -> r[0].getErrors()[0].getMessage());
    assertEquals(parentId, devorg.org().store().find(r[0].getId()).orElseThrow().get("AccountId"));
    assertFalse(r[1].isSuccess());
    assertEquals(StatusCode.INVALID_FIELD, r[1].getErrors()[0].getStatusCode());
    assertTrue(r[1].getErrors()[0].getMessage().contains("NOPE"));
  }

  @Test
  void deleteMovesToRecycleBinAndUndeleteRestores() throws Exception {
    String id = pc.create(new SObject[] {account("Doomed")})[0].getId();

    DeleteResult deleted = pc.delete(new String[] {id})[0];
    DeleteResult again = pc.delete(new String[] {id})[0];
    boolean deletedInStore = devorg.org().store().find(id).orElseThrow().deleted();
    UndeleteResult restored = pc.undelete(new String[] {id})[0];

    assertTrue(deleted.isSuccess());
    assertEquals(id, deleted.getId());
    assertFalse(again.isSuccess());
    assertEquals(StatusCode.ENTITY_IS_DELETED, again.getErrors()[0].getStatusCode());
    assertTrue(deletedInStore);
    assertTrue(restored.isSuccess());
    assertFalse(devorg.org().store().find(id).orElseThrow().deleted());
  }

  @Test
  void retrieveGivesRecordsInIdOrderAndNullForUnknownIds() throws Exception {
    SObject a = account("Retrieved");
    a.setField("NumberOfEmployees", 7);
    String id = pc.create(new SObject[] {a})[0].getId();

    SObject[] got = pc.retrieve("Id, Name, NumberOfEmployees, Owner.Name", "Account",
        new String[] {"001000000000999AAA", id});

    assertEquals(2, got.length);
    assertNull(got[0]);
    assertEquals("Account", got[1].getType());
    assertEquals(id, got[1].getId());
    assertEquals("Retrieved", got[1].getField("Name"));
    assertEquals("7", got[1].getField("NumberOfEmployees"));
    assertEquals("Avery Admin", got[1].getChild("Owner").getField("Name"));
  }

  @Test
  void retrieveOfAnUnknownFieldIsInvalidFieldFault() {
    InvalidFieldFault f = assertThrows(InvalidFieldFault.class,
        () -> pc.retrieve("Id, Bogus__c", "Account", new String[] {"001000000000001AAA"}));

    assertEquals(ExceptionCode.INVALID_FIELD, f.getExceptionCode());
    assertTrue(f.getExceptionMessage().contains("Bogus__c"));
  }

  @Test
  void allOrNoneRollsBackTheGoodRecordWhenAnotherFails() throws Exception {
    int before = devorg.org().store().count(devorg.org().schema().object("Account").orElseThrow());
    pc.setAllOrNoneHeader(true);

    SaveResult[] r = pc.create(new SObject[] {account("Would Be Fine"), new SObject("Account")});

    assertFalse(r[0].isSuccess());
    assertEquals(StatusCode.ALL_OR_NONE_OPERATION_ROLLED_BACK, r[0].getErrors()[0].getStatusCode());
    assertFalse(r[1].isSuccess());
    assertEquals(StatusCode.REQUIRED_FIELD_MISSING, r[1].getErrors()[0].getStatusCode());
    assertEquals(before, devorg.org().store().count(devorg.org().schema().object("Account").orElseThrow()));
  }

  @Test
  void injectedLockFailureIsUnableToLockRowPerRecord() throws Exception {
    String id = pc.create(new SObject[] {account("Contended")})[0].getId();
    devorg.org().faults().setSpec(FaultSpec.parse("lock=1"));
    SObject change = account("Changed");
    change.setId(id);

    SaveResult r = pc.update(new SObject[] {change})[0];

    assertFalse(r.isSuccess());
    assertEquals(StatusCode.UNABLE_TO_LOCK_ROW, r.getErrors()[0].getStatusCode());
    assertEquals("unable to obtain exclusive access to this record", r.getErrors()[0].getMessage());
    assertEquals("Contended", devorg.org().store().find(id).orElseThrow().get("Name"));
  }

  @Test
  void moreThanTwoHundredRecordsIsExceededIdLimit() {
    SObject[] many = new SObject[201];
    for (int i = 0; i < many.length; i++) {
      many[i] = account("Bulk " + i);
    }

    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class, () -> pc.create(many));

    assertEquals(ExceptionCode.EXCEEDED_ID_LIMIT, f.getExceptionCode());
  }

  @Test
  void unknownObjectTypeIsInvalidSObjectFault() {
    InvalidSObjectFault f = assertThrows(InvalidSObjectFault.class,
        () -> pc.create(new SObject[] {new SObject("Nonexistent__c")}));

    assertEquals(ExceptionCode.INVALID_TYPE, f.getExceptionCode());
  }

  @Test
  void dateValuesSentAsDateTimeAreStoredAsDates() throws Exception {
    String accountId = pc.create(new SObject[] {account("Contracted")})[0].getId();
    SObject opp = new SObject("Opportunity");
    opp.setField("Name", "Renewal");
    opp.setField("StageName", "Prospecting");
    opp.setField("AccountId", accountId);
    Calendar close = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    close.clear();
    close.set(2025, Calendar.MARCH, 31);
    opp.setField("CloseDate", close);

    SaveResult r = pc.create(new SObject[] {opp})[0];

    assertTrue(r.isSuccess(), () -> r.getErrors()[0].getMessage());
    assertEquals(LocalDate.of(2025, 3, 31), devorg.org().store().find(r.getId()).orElseThrow().get("CloseDate"));
  }

  private static SObject account(String name) {
    SObject s = new SObject("Account");
    s.setField("Name", name);
    return s;
  }
}
