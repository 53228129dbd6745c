package dev.bellwether.connector.salesforce.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.connector.FieldType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Describe type names from SOAP, REST and WSC map to the port's types. */
class FieldTypesTest {

  @Test
  void everyDescribeTypeMapsToItsPortType() {
    Map<String, FieldType> expected = Map.ofEntries(
        Map.entry("id", FieldType.ID),
        Map.entry("string", FieldType.STRING), Map.entry("textarea", FieldType.STRING),
        Map.entry("email", FieldType.STRING), Map.entry("phone", FieldType.STRING),
        Map.entry("url", FieldType.STRING), Map.entry("encryptedstring", FieldType.STRING),
        Map.entry("combobox", FieldType.STRING),
        Map.entry("picklist", FieldType.PICKLIST), Map.entry("multipicklist", FieldType.MULTIPICKLIST),
        Map.entry("reference", FieldType.REFERENCE), Map.entry("boolean", FieldType.BOOLEAN),
        Map.entry("int", FieldType.INTEGER), Map.entry("long", FieldType.INTEGER),
        Map.entry("double", FieldType.DECIMAL), Map.entry("currency", FieldType.DECIMAL),
        Map.entry("percent", FieldType.DECIMAL), Map.entry("date", FieldType.DATE),
        Map.entry("datetime", FieldType.DATETIME), Map.entry("time", FieldType.TIME),
        Map.entry("address", FieldType.OTHER), Map.entry("location", FieldType.OTHER),
        Map.entry("base64", FieldType.OTHER), Map.entry("anyType", FieldType.OTHER));
    expected.forEach((name, type) -> assertEquals(type, FieldTypes.fromSalesforce(name), name));
  }

  @Test
  void caseAndWscUnderscoresDoNotMatter() {
    assertEquals(FieldType.DATETIME, FieldTypes.fromSalesforce("dateTime"));
    assertEquals(FieldType.DECIMAL, FieldTypes.fromSalesforce("_double"));
    assertEquals(FieldType.INTEGER, FieldTypes.fromSalesforce("_int"));
    assertEquals(FieldType.BOOLEAN, FieldTypes.fromSalesforce("_boolean"));
    assertEquals(FieldType.STRING, FieldTypes.fromSalesforce("STRING"));
  }

  @Test
  void unknownOrMissingTypesAreOther() {
    assertEquals(FieldType.OTHER, FieldTypes.fromSalesforce("somethingNew"));
    assertEquals(FieldType.OTHER, FieldTypes.fromSalesforce(null));
  }
}
