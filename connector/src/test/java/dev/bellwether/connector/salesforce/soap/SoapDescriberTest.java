package dev.bellwether.connector.salesforce.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.FieldType;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.testing.SharedDevOrg;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** describeSObject over real HTTP, as the port's ObjectSchema. */
class SoapDescriberTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();
  static SoapDescriber describer;

  @BeforeAll
  static void start() {
    describer = new SoapDescriber(SoapSetup.against(devorg.get()).soap(), Namespace.NONE);
  }

  @Test
  void accountCarriesItsCapabilitiesKeyPrefixAndTypedFields() throws Exception {
    ObjectSchema account = describer.describe("Account");

    assertEquals("Account", account.name());
    assertEquals("001", account.keyPrefix());
    assertTrue(account.createable() && account.updateable() && account.deletable() && account.replicateable());
    assertEquals(FieldType.ID, field(account, "Id").type());
    assertEquals(FieldType.DECIMAL, field(account, "AnnualRevenue").type());
    assertEquals("currency", field(account, "AnnualRevenue").crmType());
    assertEquals(FieldType.INTEGER, field(account, "NumberOfEmployees").type());
    assertEquals("int", field(account, "NumberOfEmployees").crmType());
    assertEquals(FieldType.DATETIME, field(account, "SystemModstamp").type());
    assertEquals(FieldType.BOOLEAN, field(account, "IsDeleted").type());
    assertEquals(FieldType.STRING, field(account, "Phone").type());
    assertEquals("phone", field(account, "Phone").crmType());
    assertEquals(40, field(account, "Phone").length());
  }

  @Test
  void picklistValuesAndReferencesComeThrough() throws Exception {
    ObjectSchema account = describer.describe("Account");

    FieldSchema rating = field(account, "Rating");
    FieldSchema parent = field(account, "ParentId");

    assertEquals(FieldType.PICKLIST, rating.type());
    assertEquals(List.of("Hot", "Warm", "Cold"), rating.picklistValues());
    assertEquals(FieldType.REFERENCE, parent.type());
    assertEquals(List.of("Account"), parent.referenceTo());
    assertTrue(parent.nillable());
  }

  @Test
  void theTestExternalIdIsAUniqueExternalIdTextField() throws Exception {
    FieldSchema ext = field(describer.describe("Account"), "Ext_Id__c");

    assertTrue(ext.externalId());
    assertTrue(ext.unique());
    assertEquals(FieldType.STRING, ext.type());
    assertEquals(80, ext.length());
    assertTrue(ext.createable() && ext.updateable());
  }

  @Test
  void csHealthFromTheManifestsHasItsPicklistLookupAndNumbers() throws Exception {
    ObjectSchema health = describer.describe("CS_Health__c");

    assertEquals("CS_Health__c", health.name());
    assertEquals("CS Health", health.label());
    assertEquals(List.of("Green", "Yellow", "Red"), field(health, "Band__c").picklistValues());
    assertEquals(FieldType.PICKLIST, field(health, "Band__c").type());
    assertEquals(List.of("Account"), field(health, "Account__c").referenceTo());
    assertEquals(FieldType.REFERENCE, field(health, "Account__c").type());
    assertEquals(FieldType.DECIMAL, field(health, "Score__c").type());
    assertEquals(FieldType.DECIMAL, field(health, "Coverage__c").type());
    assertEquals("percent", field(health, "Coverage__c").crmType());
    assertEquals(FieldType.DATETIME, field(health, "Scored_At__c").type());
    assertTrue(field(health, "External_Id__c").externalId());
    assertFalse(field(health, "Score__c").externalId());
    assertFalse(field(health, "CreatedDate").createable(), "system fields are read-only");
  }

  @Test
  void describeGlobalListsStandardAndCustomObjects() throws Exception {
    List<String> names = describer.objectNames();

    assertTrue(names.containsAll(List.of("Account", "Contact", "CS_Health__c")), names.toString());
  }

  @Test
  void anUnknownObjectIsASchemaError() {
    CrmException e = assertThrows(CrmException.class, () -> describer.describe("Nope__c"));

    assertEquals(CrmException.Kind.SCHEMA, e.kind());
    assertEquals("Nope__c", e.object());
  }

  private static FieldSchema field(ObjectSchema schema, String name) {
    return schema.field(name).orElseThrow(() -> new AssertionError(schema.name() + " has no " + name));
  }
}
