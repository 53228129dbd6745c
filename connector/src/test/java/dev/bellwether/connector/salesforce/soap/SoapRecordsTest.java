package dev.bellwether.connector.salesforce.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sforce.soap.partner.sobject.SObject;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.FieldType;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sObjects of a namespaced org become unqualified, typed records (devorg has no namespace). */
class SoapRecordsTest {
  private static final Namespace BW = new Namespace("bw");
  private static final ObjectSchema HEALTH = new ObjectSchema("CS_Health__c", "CS Health", "a01", true, true, true,
      true, List.of(field("Id", FieldType.ID), field("Score__c", FieldType.DECIMAL),
          field("Scored_At__c", FieldType.DATETIME), field("Account__c", FieldType.REFERENCE)));

  @Test
  void namespacedNamesAreUnqualifiedAndValuesTyped() throws Exception {
    SObject row = new SObject("bw__CS_Health__c");
    row.addField("Id", "a01000000000001AAA");
    row.addField("Id", "a01000000000001AAA");
    row.addField("bw__Score__c", "71.5");
    row.addField("bw__Scored_At__c", "2025-01-02T03:04:05.000Z");
    SObject account = new SObject("Account");
    account.addField("Id", null);
    account.addField("Name", "Acme");
    row.addField("bw__Account__r", account);

    CrmRecord r = new SoapRecords(HEALTH, BW).toRecord(row);

    assertEquals("CS_Health__c", r.object());
    assertEquals("a01000000000001AAA", r.id());
    assertEquals(new BigDecimal("71.5"), r.get("Score__c"));
    assertEquals(Instant.parse("2025-01-02T03:04:05Z"), r.get("Scored_At__c"));
    assertEquals("Acme", r.get("Account__r.Name"));
    assertEquals(List.of("Id", "Score__c", "Scored_At__c", "Account__r.Name"), List.copyOf(r.fields().keySet()));
  }

  @Test
  void aValueThatDoesNotFitItsTypeIsAProtocolError() {
    SObject row = new SObject("bw__CS_Health__c");
    row.addField("bw__Score__c", "seventy");

    CrmException e = assertThrows(CrmException.class, () -> new SoapRecords(HEALTH, BW).toRecord(row));

    assertEquals(CrmException.Kind.PROTOCOL, e.kind());
  }

  private static FieldSchema field(String name, FieldType type) {
    return new FieldSchema(name, name, type, type.name().toLowerCase(), 0, true, true, true, false, false,
        List.of(), List.of());
  }
}
