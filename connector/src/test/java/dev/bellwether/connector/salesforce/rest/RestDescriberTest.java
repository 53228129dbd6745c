package dev.bellwether.connector.salesforce.rest;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** REST describe of Bellwether's custom object and a standard one into the port's schema. */
class RestDescriberTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  @Test
  void theHealthObjectIsDescribedWithPortTypesPicklistValuesAndItsExternalId() throws CrmException {
    try (RestWiring w = RestWiring.to(devorg.get())) {
      ObjectSchema s = new RestDescriber(w.rest(), Namespace.NONE).describe("CS_Health__c");
      assertEquals("CS_Health__c", s.name());
      assertEquals("CS Health", s.label());
      assertTrue(s.createable() && s.updateable() && s.deletable() && s.replicateable());
      assertEquals(FieldType.ID, s.field("Id").orElseThrow().type());
      FieldSchema band = s.field("Band__c").orElseThrow();
      assertEquals(FieldType.PICKLIST, band.type());
      assertEquals(List.of("Green", "Yellow", "Red"), band.picklistValues());
      FieldSchema ext = s.field("external_id__c").orElseThrow();
      assertTrue(ext.externalId() && ext.unique());
      assertEquals(80, ext.length());
      assertEquals(FieldType.STRING, ext.type());
      FieldSchema parent = s.field("Account__c").orElseThrow();
      assertEquals(FieldType.REFERENCE, parent.type());
      assertEquals(List.of("Account"), parent.referenceTo());
      assertEquals(FieldType.DECIMAL, s.field("Score__c").orElseThrow().type());
      assertEquals(FieldType.DECIMAL, s.field("Coverage__c").orElseThrow().type());
      assertEquals("percent", s.field("Coverage__c").orElseThrow().crmType());
      assertEquals(FieldType.DATETIME, s.field("Scored_At__c").orElseThrow().type());
      assertEquals(FieldType.BOOLEAN, s.field("IsDeleted").orElseThrow().type());
      assertFalse(s.field("CreatedDate").orElseThrow().createable());
      assertEquals(1, w.guard().calls());
    }
  }

  @Test
  void standardTypesMapToThePortsTypes() throws CrmException {
    try (RestWiring w = RestWiring.to(devorg.get())) {
      ObjectSchema s = new RestDescriber(w.rest(), Namespace.NONE).describe("Opportunity");
      assertEquals("006", s.keyPrefix());
      assertEquals(FieldType.DATE, s.field("CloseDate").orElseThrow().type());
      assertEquals(FieldType.DECIMAL, s.field("Amount").orElseThrow().type());
      assertEquals("currency", s.field("Amount").orElseThrow().crmType());
      assertEquals(FieldType.STRING, s.field("Description").orElseThrow().type());
      ObjectSchema contract = new RestDescriber(w.rest(), Namespace.NONE).describe("Contract");
      assertEquals(FieldType.INTEGER, contract.field("ContractTerm").orElseThrow().type());
    }
  }

  @Test
  void anUnknownObjectIsASchemaError() {
    try (RestWiring w = RestWiring.to(devorg.get())) {
      CrmException e = assertThrows(CrmException.class,
          () -> new RestDescriber(w.rest(), Namespace.NONE).describe("Nope__c"));
      assertEquals(CrmException.Kind.SCHEMA, e.kind());
      assertEquals("Nope__c", e.object());
    }
  }
}
