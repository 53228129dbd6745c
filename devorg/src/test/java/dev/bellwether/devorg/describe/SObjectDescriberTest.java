package dev.bellwether.devorg.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.schema.StandardObjects;
import dev.bellwether.devorg.schema.SystemFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SObjectDescriberTest {
  private final Schema schema = StandardObjects.newSchema();
  private final SObjectDescriber describer = new SObjectDescriber(schema);

  @Test
  void accountChildRelationshipsArePluralisedChildLabels() {
    SObjectDescription account = describer.describe("Account", "64.0").orElseThrow();
    Map<String, String> byField = account.childRelationships().stream()
        .filter(r -> r.relationshipName() != null)
        .collect(Collectors.toMap(r -> r.childSObject() + "." + r.field(), ChildRelationship::relationshipName));
    assertEquals(Map.of(
        "Account.ParentId", "ChildAccounts",
        "Case.AccountId", "Cases",
        "Contact.AccountId", "Contacts",
        "Contract.AccountId", "Contracts",
        "Opportunity.AccountId", "Opportunities",
        "Task.WhatId", "Tasks"), byField);
  }

  @Test
  void auditLookupsAreChildRelationshipsWithoutName() {
    SObjectDescription user = describer.describe("User", "64.0").orElseThrow();
    ChildRelationship createdBy = user.childRelationships().stream()
        .filter(r -> r.childSObject().equals("Account") && r.field().equals("CreatedById"))
        .findFirst().orElseThrow();
    assertNull(createdBy.relationshipName());
    assertTrue(user.childRelationships().stream()
        .anyMatch(r -> "ManagedUsers".equals(r.relationshipName()) && r.field().equals("ManagerId")));
  }

  @Test
  void customLookupChildRelationshipIsPluralLabelWithSuffix() {
    ObjectDef health = new ObjectDef("CS_Health__c", "CS Health", "CS Healths", "a00", true);
    SystemFields.addTo(health, true);
    health.putField(FieldDef.builder("Account__c", FieldType.REFERENCE).custom(true)
        .referenceTo(List.of("Account")).relationshipName("Account__r").required(true).build());
    health.putField(FieldDef.builder("Partner_Account__c", FieldType.REFERENCE).custom(true)
        .referenceTo(List.of("Account")).relationshipName("Partner_Account__r").build());
    schema.add(health);

    List<ChildRelationship> rels = describer.describe("Account", "64.0").orElseThrow().childRelationships();
    ChildRelationship main = find(rels, "Account__c");
    assertEquals("CS_Healths__r", main.relationshipName());
    assertTrue(main.cascadeDelete(), "a required lookup behaves as master-detail");
    assertEquals("Partner_Account_CS_Healths__r", find(rels, "Partner_Account__c").relationshipName());
  }

  @Test
  void fieldsCarryTypesLengthsAndLookupFacts() {
    SObjectDescription account = describer.describe("account", "64.0").orElseThrow();
    FieldDescription name = field(account, "Name");
    assertEquals("string", name.type());
    assertEquals("xsd:string", name.soapType());
    assertEquals(255, name.length());
    assertEquals(765, name.byteLength());
    assertTrue(name.nameField());
    assertTrue(name.idLookup());
    assertFalse(name.nillable());
    assertTrue(name.createable() && name.updateable());

    FieldDescription id = field(account, "Id");
    assertEquals("id", id.type());
    assertEquals("tns:ID", id.soapType());
    assertEquals(18, id.length());
    assertFalse(id.createable());
    assertTrue(id.idLookup());

    FieldDescription parent = field(account, "ParentId");
    assertEquals("reference", parent.type());
    assertEquals(List.of("Account"), parent.referenceTo());
    assertEquals("Parent", parent.relationshipName());

    FieldDescription employees = field(account, "NumberOfEmployees");
    assertEquals("int", employees.type());
    assertEquals(9, employees.digits());
    assertEquals(0, employees.precision());

    FieldDescription revenue = field(account, "AnnualRevenue");
    assertEquals("currency", revenue.type());
    assertEquals(18, revenue.precision());
    assertEquals(2, revenue.scale());
    assertFalse(revenue.groupable());

    FieldDescription description = field(account, "Description");
    assertFalse(description.filterable(), "long text areas cannot be filtered");
    assertEquals("plaintextarea", description.extraTypeInfo());

    FieldDescription isDeleted = field(account, "IsDeleted");
    assertEquals(Boolean.FALSE, isDeleted.defaultValue());
    assertTrue(isDeleted.defaultedOnCreate());
  }

  @Test
  void picklistsAutoNumbersAndNameFields() {
    SObjectDescription c = describer.describe("Case", "64.0").orElseThrow();
    FieldDescription status = field(c, "Status");
    assertEquals(new PicklistEntry(true, true, "New", "New", null), status.picklistValues().get(0));
    assertEquals(new PicklistEntry(true, false, "Working", "Working", null), status.picklistValues().get(1));
    assertNull(status.defaultValue());
    FieldDescription number = field(c, "CaseNumber");
    assertTrue(number.autoNumber());
    assertTrue(number.nameField());
    assertFalse(number.createable());

    FieldDescription stage = field(describer.describe("Opportunity", "64.0").orElseThrow(), "StageName");
    assertTrue(stage.restrictedPicklist());
    FieldDescription what = field(describer.describe("Task", "64.0").orElseThrow(), "WhatId");
    assertTrue(what.polymorphicForeignKey());
    assertTrue(field(describer.describe("Task", "64.0").orElseThrow(), "Subject").nameField());
    assertEquals("personname", field(describer.describe("Contact", "64.0").orElseThrow(), "Name").extraTypeInfo());
  }

  @Test
  void objectFlagsAndUrls() {
    SObjectDescription account = describer.describe("Account", "64.0").orElseThrow();
    assertEquals("001", account.keyPrefix());
    assertEquals("Accounts", account.labelPlural());
    assertTrue(account.createable() && account.deletable() && account.mergeable() && account.replicateable());
    assertEquals("/services/data/v64.0/sobjects/Account", account.urls().get("sobject"));
    assertEquals("/services/data/v64.0/sobjects/Account/describe", account.urls().get("describe"));
    assertEquals("/services/data/v64.0/sobjects/Account/{ID}", account.urls().get("rowTemplate"));
    assertEquals(List.of(RecordTypeInfo.masterRecordType()), account.recordTypeInfos());

    SObjectDescription org = describer.describe("Organization", "64.0").orElseThrow();
    assertFalse(org.createable() || org.deletable() || org.replicateable());
    assertTrue(org.queryable());
    SObjectDescription user = describer.describe("User", "64.0").orElseThrow();
    assertFalse(user.deletable());
    assertTrue(describer.describe("Nope__c", "64.0").isEmpty());
  }

  @Test
  void describeGlobalListsEveryObjectByName() {
    GlobalDescription g = describer.describeGlobal("64.0");
    assertEquals("UTF-8", g.encoding());
    assertEquals(200, g.maxBatchSize());
    assertEquals(List.of("Account", "Case", "Contact", "Contract", "Opportunity", "Organization", "Task", "User"),
        g.sobjects().stream().map(SObjectDescription::name).collect(Collectors.toList()));
  }

  private static FieldDescription field(SObjectDescription d, String name) {
    return d.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static ChildRelationship find(List<ChildRelationship> rels, String field) {
    return rels.stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
  }
}
