package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.SystemFields;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Child-relationship sub-selects: each parent row holds its children as a nested result. */
class SoqlChildSelectTest {
  private final SampleOrg s = new SampleOrg();
  private final SoqlFixture org = s.org;

  private static SoqlResult children(ResultRow parent, String relationship) {
    return (SoqlResult) parent.fields().get(relationship);
  }

  @Test
  void contactsNestUnderTheirAccountAndChildlessParentsShowNull() {
    org.create("Contact", "LastName", "Adams", "AccountId", s.acme);
    SoqlResult r = org.run("SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName DESC) FROM Account"
        + " WHERE Name IN ('Acme Corp', 'Initech')");
    assertEquals(List.of("Name", "Contacts"), List.copyOf(r.rows().get(0).fields().keySet()));
    SoqlResult acmeContacts = children(r.rows().get(0), "Contacts");
    assertEquals("Contact", acmeContacts.objectName());
    assertEquals(2, acmeContacts.totalSize());
    assertEquals(List.of("Smith", "Adams"), SoqlFixture.column(acmeContacts, "LastName"));
    assertNull(children(r.rows().get(1), "Contacts"));
  }

  @Test
  void childSelectsFilterLimitAndTraverseParents() {
    SoqlResult r = org.run("SELECT Name, (SELECT Name, Amount, Owner.Name FROM Opportunities WHERE StageName = 'Closed Won'"
        + " LIMIT 1) FROM Account WHERE Name = 'Acme Corp'");
    SoqlResult opps = children(r.rows().get(0), "Opportunities");
    assertEquals(1, opps.totalSize());
    assertEquals("Acme Renewal", opps.rows().get(0).valueAt("Name"));
    assertEquals(new BigDecimal("300"), opps.rows().get(0).valueAt("Amount"));
    assertEquals("Ada Admin", opps.rows().get(0).valueAt("Owner.Name"));
  }

  @Test
  void accountHierarchyChildrenAreChildAccounts() {
    SoqlResult r = org.run("SELECT Name, (SELECT Name FROM ChildAccounts) FROM Account WHERE Name = 'Acme Corp'");
    assertEquals(List.of("acorn"), SoqlFixture.column(children(r.rows().get(0), "ChildAccounts"), "Name"));
  }

  @Test
  void customChildObjectsAreReachedThroughTheirPluralLabelWithR() {
    ObjectDef health = org.schema.add(new ObjectDef("CS_Health__c", "CS Health", "CS Healths",
        org.schema.nextCustomKeyPrefix(), true));
    SystemFields.addTo(health, true);
    health.putField(FieldDef.builder("Account__c", FieldType.REFERENCE).custom(true)
        .referenceTo(List.of("Account")).relationshipName("Account__r").build());
    health.putField(FieldDef.builder("Score__c", FieldType.DOUBLE).custom(true).build());
    org.create("CS_Health__c", "Account__c", s.globex, "Score__c", "72.5");
    SoqlResult r = org.run("SELECT Name, (SELECT Score__c FROM CS_Healths__r) FROM Account WHERE Name = 'Globex'");
    assertEquals(new BigDecimal("72.5"), children(r.rows().get(0), "CS_Healths__r").rows().get(0).valueAt("Score__c"));
  }

  @Test
  void childColumnIsAnAggregateOfItsColumns() throws SoqlException {
    List<ResultColumn> cols = org.engine().parse("SELECT Name, (SELECT LastName FROM Contacts) FROM Account").columns();
    ResultColumn contacts = cols.get(1);
    assertEquals("Contacts", contacts.columnName());
    assertEquals(true, contacts.aggregate());
    assertNull(contacts.apexType());
    assertEquals(List.of("LastName"), contacts.joinColumns().stream().map(ResultColumn::columnName).toList());
  }
}
