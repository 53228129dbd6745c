package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each Metadata API field type becomes a devorg field, and which definitions are refused. */
class CustomFieldReaderTest {
  private final CustomFieldReader reader = new CustomFieldReader();

  @Test
  void checkboxStoresItsDefaultAndCannotGoWithoutOne() throws Exception {
    FieldDef active = read("Active__c", "<label>Active</label><defaultValue>true</defaultValue>"
        + "<type>Checkbox</type>").field();
    assertEquals(FieldType.BOOLEAN, active.type());
    assertEquals(Boolean.TRUE, active.defaultValue());
    assertEquals("<defaultValue> is missing: a Checkbox field needs true or false",
        problem("Flag__c", "<label>Flag</label><type>Checkbox</type>"));
  }

  @Test
  void currencyPercentAndNumberKeepPrecisionScaleAndLiteralDefaults() throws Exception {
    FieldDef arr = read("Arr__c", "<label>ARR</label><precision>16</precision><scale>2</scale>"
        + "<defaultValue>0</defaultValue><type>Currency</type>").field();
    assertEquals(FieldType.CURRENCY, arr.type());
    assertEquals(16, arr.precision());
    assertEquals(2, arr.scale());
    assertEquals(new BigDecimal("0"), arr.defaultValue());
    assertEquals("<scale> 3 is outside 0..2", problem("Odd__c",
        "<label>Odd</label><precision>2</precision><scale>3</scale><type>Number</type>"));
  }

  @Test
  void emailPhoneAndUrlGetSalesforcesFixedLengths() throws Exception {
    assertEquals(80, read("Mail__c", "<label>Mail</label><type>Email</type>").field().length());
    assertEquals(40, read("Tel__c", "<label>Tel</label><type>Phone</type>").field().length());
    assertEquals(255, read("Site__c", "<label>Site</label><type>Url</type>").field().length());
  }

  @Test
  void lookupMayBeRequiredOnlyWithRestrict() throws Exception {
    FieldChange owner = read("Csm__c", "<deleteConstraint>Restrict</deleteConstraint>"
        + "<label>CSM</label><referenceTo>User</referenceTo><relationshipName>Accounts_Owned"
        + "</relationshipName><required>true</required><type>Lookup</type>");
    assertTrue(owner.field().required());
    assertTrue(owner.field().updateable());
    assertFalse(owner.masterDetail());
    assertEquals("Csm__r", owner.field().relationshipName());
    assertEquals("Accounts_Owned__r", owner.childRelationshipName());
  }

  @Test
  void autoNumberAndFormulaFieldsAreReadOnlyAndComputedByTheOrg() throws Exception {
    FieldDef number = read("Seq__c", "<displayFormat>S-{0000}</displayFormat><label>Seq</label>"
        + "<type>AutoNumber</type>").field();
    assertTrue(number.derived());
    assertFalse(number.createable());
    FieldDef formula = read("Doubled__c", "<formula>Score__c * 2</formula><label>Doubled</label>"
        + "<precision>6</precision><scale>2</scale><type>Number</type>").field();
    assertTrue(formula.derived());
    assertFalse(formula.updateable());
    assertFalse(formula.required());
  }

  @Test
  void picklistDefaultValueBecomesTheFieldDefault() throws Exception {
    FieldDef tier = read("Tier__c", "<label>Tier</label><type>Picklist</type><valueSet>"
        + "<valueSetDefinition><value><fullName>Gold</fullName><default>false</default></value>"
        + "<value><fullName>Silver</fullName><default>true</default></value>"
        + "</valueSetDefinition></valueSet>").field();
    assertEquals(List.of("Gold", "Silver"), tier.picklistValues());
    assertFalse(tier.restrictedPicklist());
    assertEquals("Silver", tier.defaultValue());
  }

  @Test
  void globalValueSetPicklistsAcceptAnyValue() throws Exception {
    FieldDef region = read("Region__c", "<label>Region</label><type>Picklist</type><valueSet>"
        + "<restricted>true</restricted><valueSetName>Regions</valueSetName></valueSet>").field();
    assertEquals(List.of(), region.picklistValues());
    assertFalse(region.restrictedPicklist());
    assertNull(region.defaultValue());
  }

  @Test
  void realButUnsupportedTypesAreToldApartFromTypos() {
    assertEquals("<type> 'Time' is a Salesforce field type devorg does not support",
        problem("At__c", "<label>At</label><type>Time</type>"));
    assertEquals("<type> 'Txt' is not a known field type",
        problem("At__c", "<label>At</label><type>Txt</type>"));
  }

  @Test
  void malformedBooleansAndNumbersNameTheElement() {
    assertEquals("<required> must be true or false, not 'yes'", problem("Note__c",
        "<label>Note</label><length>10</length><required>yes</required><type>Text</type>"));
    assertEquals("<length> must be a whole number, not 'ten'", problem("Note__c",
        "<label>Note</label><length>ten</length><type>Text</type>"));
  }

  private FieldChange read(String name, String elements) throws Exception {
    XmlElement root = MetadataXml.parse(("<CustomField xmlns=\"" + MetadataXml.NAMESPACE + "\">"
        + elements + "</CustomField>").getBytes(StandardCharsets.UTF_8));
    return reader.read(root, "Probe__c", name, new ComponentRef("CustomField", "Probe__c." + name,
        "objects/Probe__c/fields/" + name + ".field-meta.xml"));
  }

  private String problem(String name, String elements) {
    MetadataException e = assertThrows(MetadataException.class, () -> read(name, elements));
    return e.problems().get(0).message();
  }
}
