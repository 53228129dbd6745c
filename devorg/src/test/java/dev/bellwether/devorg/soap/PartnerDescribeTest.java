package dev.bellwether.devorg.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.ChildRelationship;
import com.sforce.soap.partner.DescribeGlobalResult;
import com.sforce.soap.partner.DescribeGlobalSObjectResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.PicklistEntry;
import com.sforce.soap.partner.SoapType;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartnerDescribeTest {
  private static DevOrg devorg;
  private static PartnerConnection pc;

  @BeforeAll
  static void start() throws Exception {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    pc = Wsc.withToken(devorg, "65.0", Wsc.adminToken(devorg));
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void describeGlobalListsEveryObjectWithItsFlags() throws Exception {
    DescribeGlobalResult g = pc.describeGlobal();

    assertEquals("UTF-8", g.getEncoding());
    assertEquals(200, g.getMaxBatchSize());
    Map<String, DescribeGlobalSObjectResult> byName = Arrays.stream(g.getSobjects())
        .collect(Collectors.toMap(DescribeGlobalSObjectResult::getName, Function.identity()));
    assertTrue(byName.keySet().containsAll(
        java.util.List.of("Account", "Contact", "Contract", "Opportunity", "Case", "Task", "User", "Organization")));
    DescribeGlobalSObjectResult account = byName.get("Account");
    assertEquals("001", account.getKeyPrefix());
    assertEquals("Accounts", account.getLabelPlural());
    assertTrue(account.isQueryable());
    assertTrue(account.isCreateable());
    assertFalse(account.isCustom());
    assertFalse(byName.get("Organization").isCreateable());
    assertFalse(byName.get("User").isDeletable());
  }

  @Test
  void describeSObjectGivesTypedFieldsWithPicklistsAndReferences() throws Exception {
    DescribeSObjectResult d = pc.describeSObject("account");

    assertEquals("Account", d.getName());
    assertEquals("001", d.getKeyPrefix());
    Map<String, Field> fields = Arrays.stream(d.getFields())
        .collect(Collectors.toMap(Field::getName, Function.identity()));
    Field id = fields.get("Id");
    assertEquals(FieldType.id, id.getType());
    assertEquals(SoapType.ID, id.getSoapType());
    assertFalse(id.isNillable());
    assertFalse(id.isCreateable());
    Field name = fields.get("Name");
    assertEquals(FieldType.string, name.getType());
    assertEquals(255, name.getLength());
    assertFalse(name.isNillable());
    assertTrue(name.isCreateable());
    assertTrue(name.isNameField());
    Field industry = fields.get("Industry");
    assertEquals(FieldType.picklist, industry.getType());
    PicklistEntry first = industry.getPicklistValues()[0];
    assertEquals("Agriculture", first.getValue());
    assertTrue(first.isActive());
    Field owner = fields.get("OwnerId");
    assertEquals(FieldType.reference, owner.getType());
    assertArrayEquals(new String[] {"User"}, owner.getReferenceTo());
    assertEquals("Owner", owner.getRelationshipName());
    assertEquals(FieldType.currency, fields.get("AnnualRevenue").getType());
    assertEquals(SoapType._double, fields.get("AnnualRevenue").getSoapType());
    assertEquals(FieldType.datetime, fields.get("CreatedDate").getType());
    assertEquals(FieldType._boolean, fields.get("IsDeleted").getType());
    assertEquals(FieldType._int, fields.get("NumberOfEmployees").getType());
    assertFalse(fields.get("CreatedDate").isUpdateable());
  }

  @Test
  void describeSObjectListsChildRelationshipsAndTheMasterRecordType() throws Exception {
    DescribeSObjectResult d = pc.describeSObject("Account");

    Map<String, ChildRelationship> byName = Arrays.stream(d.getChildRelationships())
        .filter(r -> r.getRelationshipName() != null)
        .collect(Collectors.toMap(ChildRelationship::getRelationshipName, Function.identity()));
    assertEquals("Contact", byName.get("Contacts").getChildSObject());
    assertEquals("AccountId", byName.get("Contacts").getField());
    assertEquals("Opportunity", byName.get("Opportunities").getChildSObject());
    assertEquals("ParentId", byName.get("ChildAccounts").getField());
    assertEquals(1, d.getRecordTypeInfos().length);
    assertTrue(d.getRecordTypeInfos()[0].isMaster());
    assertEquals("012000000000000AAA", d.getRecordTypeInfos()[0].getRecordTypeId());
  }

  @Test
  void describeSObjectsAnswersInRequestOrder() throws Exception {
    DescribeSObjectResult[] d = pc.describeSObjects(new String[] {"Contact", "Opportunity", "Case"});

    assertEquals(3, d.length);
    assertEquals("Contact", d[0].getName());
    assertEquals("Opportunity", d[1].getName());
    assertEquals("Case", d[2].getName());
    Field stage = Arrays.stream(d[1].getFields()).filter(f -> f.getName().equals("StageName")).findFirst().orElseThrow();
    assertTrue(stage.isRestrictedPicklist());
    Field status = Arrays.stream(d[2].getFields()).filter(f -> f.getName().equals("Status")).findFirst().orElseThrow();
    assertTrue(Arrays.stream(status.getPicklistValues()).anyMatch(p -> p.getValue().equals("New") && p.isDefaultValue()));
  }

  @Test
  void checkboxFieldsReportTheirDefaultValue() throws Exception {
    DescribeSObjectResult user = pc.describeSObject("User");

    Field active = Arrays.stream(user.getFields()).filter(f -> f.getName().equals("IsActive")).findFirst().orElseThrow();
    Field title = Arrays.stream(user.getFields()).filter(f -> f.getName().equals("Title")).findFirst().orElseThrow();

    assertEquals(Boolean.TRUE, active.getDefaultValue());
    assertNull(title.getDefaultValue());
  }

  @Test
  void unknownObjectIsInvalidSObjectFault() {
    InvalidSObjectFault f = assertThrows(InvalidSObjectFault.class, () -> pc.describeSObject("Nope__c"));

    assertEquals(ExceptionCode.INVALID_TYPE, f.getExceptionCode());
    assertTrue(f.getExceptionMessage().startsWith("sObject type 'Nope__c' is not supported."));
  }
}
