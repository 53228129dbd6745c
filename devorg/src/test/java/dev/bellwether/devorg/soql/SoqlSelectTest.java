package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.SystemFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlSelectTest {
  private final SampleOrg s = new SampleOrg();
  private final SoqlFixture org = s.org;

  @Test
  void selectReturnsLiveRowsInCreationOrderWithCanonicalNames() {
    SoqlResult r = org.run("select name, numberofemployees from account");
    assertEquals("Account", r.objectName());
    assertEquals(5, r.totalSize());
    assertFalse(r.aggregate());
    assertEquals(List.of("Acme Corp", "Globex", "Initech", "acorn", "Stark_Industries 100%"), SoqlFixture.column(r, "Name"));
    ResultRow first = r.rows().get(0);
    assertEquals("Account", first.type());
    assertEquals(List.of("Name", "NumberOfEmployees"), List.copyOf(first.fields().keySet()));
    assertEquals(500, first.fields().get("NumberOfEmployees"));
  }

  @Test
  void rowIdIsSetOnlyWhenIdIsSelectedButRecordIdIsAlwaysKnown() {
    ResultRow without = org.run("SELECT Name FROM Account WHERE Name = 'Globex'").rows().get(0);
    assertNull(without.id());
    assertEquals(s.globex, without.recordId());
    ResultRow with = org.run("SELECT Id, Name FROM Account WHERE Name = 'Globex'").rows().get(0);
    assertEquals(s.globex, with.id());
    assertEquals(s.globex, with.fields().get("Id"));
  }

  @Test
  void valuesKeepTheirStoredJavaTypes() {
    ResultRow acme = org.run("SELECT AnnualRevenue, IsDeleted, CreatedDate, Rating FROM Account WHERE Name = 'Acme Corp'")
        .rows().get(0);
    assertEquals(new BigDecimal("1000000.5"), acme.fields().get("AnnualRevenue"));
    assertEquals(Boolean.FALSE, acme.fields().get("IsDeleted"));
    assertEquals(Instant.parse("2026-01-15T12:00:00Z"), acme.fields().get("CreatedDate"));
    assertEquals("Hot", acme.fields().get("Rating"));
  }

  @Test
  void ownerNameNestsAUserRow() {
    ResultRow row = org.run("SELECT Name, Owner.Name, Owner.Email FROM Account WHERE Name = 'Acme Corp'").rows().get(0);
    assertEquals(List.of("Name", "Owner"), List.copyOf(row.fields().keySet()));
    ResultRow owner = (ResultRow) row.fields().get("Owner");
    assertEquals("User", owner.type());
    assertNull(owner.id());
    assertEquals(s.ada, owner.recordId());
    assertEquals("Ada Admin", owner.fields().get("Name"));
    assertEquals("ada@bw.test", owner.fields().get("Email"));
  }

  @Test
  void twoLevelPathsNestTwiceAndNullLookupsGiveNull() {
    SoqlResult r = org.run("SELECT LastName, Account.Owner.Name, Account.Name FROM Contact ORDER BY LastName");
    assertEquals(List.of("Child", "Jones", "Orphan", "Smith"), SoqlFixture.column(r, "LastName"));
    ResultRow jonesAccount = (ResultRow) r.rows().get(1).fields().get("Account");
    assertEquals(List.of("Owner", "Name"), List.copyOf(jonesAccount.fields().keySet()));
    assertEquals("Globex", jonesAccount.fields().get("Name"));
    assertEquals("Bob Baker", ((ResultRow) jonesAccount.fields().get("Owner")).fields().get("Name"));
    assertTrue(r.rows().get(2).fields().containsKey("Account"));
    assertNull(r.rows().get(2).fields().get("Account"));
  }

  @Test
  void fieldPathsListSelectOrderAndValueAtReadsNestedRows() throws SoqlException {
    String soql = "SELECT Account.Owner.Name, LastName, Account.Name FROM Contact WHERE LastName IN ('Smith', 'Orphan')";
    assertEquals(List.of("Account.Owner.Name", "LastName", "Account.Name"), org.engine().parse(soql).fieldPaths());
    SoqlResult r = org.run(soql);
    assertEquals("Ada Admin", r.rows().get(0).valueAt("Account.Owner.Name"));
    assertEquals("Acme Corp", r.rows().get(0).valueAt("Account.Name"));
    assertNull(r.rows().get(1).valueAt("Account.Owner.Name"));
    assertEquals("Orphan", r.rows().get(1).valueAt("LastName"));
  }

  @Test
  void deletedParentsStillResolveInPaths() {
    ResultRow child = org.run("SELECT Account.Name FROM Contact WHERE LastName = 'Child'").rows().get(0);
    assertEquals("Gone Parent", ((ResultRow) child.fields().get("Account")).fields().get("Name"));
  }

  @Test
  void selfAndUserRelationshipsResolve() {
    assertEquals(List.of("acorn"), org.column("SELECT Name FROM Account WHERE Parent.Name = 'Acme Corp'", "Name"));
    ResultRow bob = org.run("SELECT Manager.Name FROM User WHERE LastName = 'Baker'").rows().get(0);
    assertEquals("Ada Admin", ((ResultRow) bob.fields().get("Manager")).fields().get("Name"));
  }

  @Test
  void customLookupIsTraversedThroughItsRelationshipName() {
    org.schema.object("Contact").orElseThrow().putField(FieldDef.builder("Partner_Account__c",
            FieldType.REFERENCE).custom(true).referenceTo(List.of("Account"))
        .relationshipName("Partner_Account__r").build());
    org.create("Contact", "LastName", "Partnered", "Partner_Account__c", s.stark);
    SoqlResult r = org.run("SELECT LastName, Partner_Account__r.Name FROM Contact WHERE Partner_Account__r.Industry = 'Energy'");
    assertEquals(1, r.totalSize());
    assertEquals("Stark_Industries 100%", ((ResultRow) r.rows().get(0).fields().get("Partner_Account__r")).fields().get("Name"));
  }

  @Test
  void customObjectWithAccountLookupIsQueriedThroughAccountR() {
    ObjectDef health = org.schema.add(new ObjectDef("CS_Health__c", "CS Health", "CS Healths",
        org.schema.nextCustomKeyPrefix(), true));
    SystemFields.addTo(health, true);
    health.putField(FieldDef.builder("Account__c", FieldType.REFERENCE).custom(true)
        .referenceTo(List.of("Account")).relationshipName("Account__r").build());
    health.putField(FieldDef.builder("Score__c", FieldType.DOUBLE).custom(true).build());
    health.putField(FieldDef.builder("External_Id__c", FieldType.STRING).custom(true).externalId(true).build());
    org.create("CS_Health__c", "Account__c", s.globex, "Score__c", "72.5", "External_Id__c", "E1");
    org.create("CS_Health__c", "Account__c", s.acme, "Score__c", "40", "External_Id__c", "E2");
    SoqlResult r = org.run("SELECT Score__c, Account__r.Name, Account__r.Owner.Name FROM cs_health__c"
        + " WHERE Account__r.Industry = 'Energy' AND External_Id__c = 'e1'");
    assertEquals("CS_Health__c", r.objectName());
    assertEquals(1, r.totalSize());
    assertEquals("CS_Health__c", r.rows().get(0).type());
    assertEquals(new BigDecimal("72.5"), r.rows().get(0).valueAt("Score__c"));
    assertEquals("Globex", r.rows().get(0).valueAt("Account__r.Name"));
    assertEquals("Bob Baker", r.rows().get(0).valueAt("Account__r.Owner.Name"));
    ResultColumn relationship = r.columns().get(1);
    assertEquals("Account__r", relationship.columnName());
    assertEquals("Account__c", relationship.foreignKeyName());
    assertTrue(relationship.custom());
  }

  @Test
  void polymorphicWhatResolvesOnTheParentsActualType() {
    org.create("Task", "Subject", "Call Acme", "WhatId", s.acme);
    ResultRow task = org.run("SELECT Subject, What.Name FROM Task").rows().get(0);
    ResultRow what = (ResultRow) task.fields().get("What");
    assertEquals("Account", what.type());
    assertEquals("Acme Corp", what.fields().get("Name"));
  }

  @Test
  void fiveRelationshipLevelsAreAllowed() {
    SoqlResult r = org.run("SELECT Owner.Manager.Manager.Manager.Manager.Name FROM Account WHERE Name = 'Globex'");
    ResultRow owner = (ResultRow) r.rows().get(0).fields().get("Owner");
    assertEquals(s.bob, owner.recordId());
    ResultRow manager = (ResultRow) owner.fields().get("Manager");
    assertEquals(s.ada, manager.recordId());
    assertTrue(manager.fields().containsKey("Manager"));
    assertNull(manager.fields().get("Manager"));
  }

  @Test
  void aliasAndObjectNameMayQualifyFields() {
    assertEquals(List.of("Globex", "Stark_Industries 100%"),
        org.column("SELECT a.Name FROM Account a WHERE a.Industry = 'Energy'", "Name"));
    assertEquals(List.of("Globex"), org.column("SELECT Account.Name FROM Account WHERE Account.Name = 'Globex'", "Name"));
  }

  @Test
  void limitWithoutOrderTakesTheFirstCreatedRows() {
    SoqlResult r = org.run("SELECT Name FROM Account LIMIT 2");
    assertEquals(List.of("Acme Corp", "Globex"), SoqlFixture.column(r, "Name"));
    assertEquals(2, r.totalSize());
  }

  @Test
  void offsetSkipsRowsAfterOrdering() {
    assertEquals(List.of("acorn", "Globex"), org.column("SELECT Name FROM Account ORDER BY Name LIMIT 2 OFFSET 1", "Name"));
    assertEquals(List.of("Stark_Industries 100%"), org.column("SELECT Name FROM Account OFFSET 4", "Name"));
    assertEquals(0, org.run("SELECT Name FROM Account OFFSET 10").totalSize());
    assertEquals(0, org.run("SELECT Name FROM Account LIMIT 0").totalSize());
  }

  @Test
  void deletedRowsAppearOnlyWithIncludeDeleted() throws SoqlException {
    assertEquals(0, org.run("SELECT Name FROM Account WHERE Name = 'Deleted Co'").totalSize());
    SoqlResult all = org.engine().execute("SELECT Name, IsDeleted FROM Account WHERE Name = 'Deleted Co'", true);
    assertEquals(1, all.totalSize());
    assertEquals(Boolean.TRUE, all.rows().get(0).fields().get("IsDeleted"));
    assertEquals(7, org.engine().execute("SELECT COUNT() FROM Account", true).totalSize());
  }

  @Test
  void idEqualityFindsTheRecordByFifteenOrEighteenCharacterId() {
    assertEquals(List.of("Acme Corp"), org.column("SELECT Name FROM Account WHERE Id = '" + s.acme.substring(0, 15) + "'", "Name"));
    assertEquals(List.of("Acme Corp"), org.column("SELECT Name FROM Account WHERE Id = '" + s.acme + "' AND Industry = 'Banking'", "Name"));
    assertEquals(0, org.run("SELECT Name FROM Account WHERE Id = '" + s.acme + "' AND Industry = 'Energy'").totalSize());
  }

  @Test
  void idInListReturnsOnlyRecordsOfTheQueriedLiveType() throws SoqlException {
    String soql = "SELECT Name FROM Account WHERE Id IN ('" + s.stark + "', '" + s.globex + "', '" + s.smith
        + "', '" + s.deletedCo + "')";
    assertEquals(List.of("Globex", "Stark_Industries 100%"), org.column(soql, "Name"));
    assertEquals(3, org.engine().execute(soql, true).totalSize());
  }

  @Test
  void fieldsStandardSelectsEveryStandardField() {
    ResultRow row = org.run("SELECT FIELDS(STANDARD) FROM Account WHERE Name = 'Globex'").rows().get(0);
    List<String> expected = org.schema.object("Account").orElseThrow().fields().stream()
        .filter(f -> !f.custom()).map(FieldDef::name).toList();
    assertEquals(expected, List.copyOf(row.fields().keySet()));
    assertEquals(s.globex, row.id());
  }

  @Test
  void trailingClausesAreAcceptedAndIgnored() {
    assertEquals(5, org.run("SELECT Id FROM Account WITH SECURITY_ENFORCED").totalSize());
    assertEquals(1, org.run("SELECT Id FROM Account WHERE Name = 'Globex' LIMIT 1 FOR VIEW").totalSize());
    assertEquals(1, org.run("SELECT Id FROM Account WHERE Name = 'Globex' FOR UPDATE").totalSize());
    assertEquals(1, org.run("SELECT Id FROM Account WHERE Name = 'Globex' UPDATE TRACKING").totalSize());
  }

  @Test
  void toLabelShowsThePicklistValue() {
    assertEquals(List.of("Energy"), org.column("SELECT toLabel(Industry) FROM Account WHERE Name = 'Globex'", "Industry"));
  }

  @Test
  void parseChecksWithoutReadingAndTheQueryRunsLater() throws SoqlException {
    SoqlEngine engine = org.engine();
    SoqlQuery q = engine.parse("SELECT Name FROM account WHERE Industry = 'Energy'");
    assertEquals("Account", q.objectName());
    assertFalse(q.aggregate());
    org.create("Account", "Name", "Late Energy", "Industry", "Energy");
    assertEquals(3, engine.execute(q, false).totalSize());
  }
}
