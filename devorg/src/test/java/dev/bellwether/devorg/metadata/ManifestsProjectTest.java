package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository's own SFDX project (manifests/), read as devorg reads it at start-up. */
class ManifestsProjectTest {
  private static MetadataPackage pkg;
  private static ObjectChange csHealth;
  private static Map<String, FieldChange> fields;

  @BeforeAll
  static void read() throws MetadataException {
    pkg = SourceFormatReader.read(Manifests.dir());
    csHealth = pkg.objects().stream().filter(o -> o.objectName().equals("CS_Health__c"))
        .findFirst().orElseThrow();
    fields = csHealth.fields().stream()
        .collect(Collectors.toMap(f -> f.field().name(), Function.identity()));
  }

  @Test
  void manifestsReadWithoutProblemsAndDefineOurThreeObjectsAndAccountAndActivityFields() {
    assertEquals(List.of(), pkg.problems());
    assertEquals(List.of("Account", "Activity", "CS_Churn_Reason__c", "CS_Health__c", "CS_Renewal__c"),
        pkg.objects().stream().map(ObjectChange::objectName).toList());
    assertNull(object("Account").object(), "Account is standard: only its fields are deployed");
    assertEquals(10, object("Account").fields().size());
    assertNull(object("Activity").object(), "Activity is standard: only its fields are deployed");
  }

  @Test
  void reminderTasksHaveAUniqueCaseInsensitiveText255KeyOnActivity() {
    FieldDef key = object("Activity").fields().stream().map(FieldChange::field)
        .filter(f -> f.name().equals("Bellwether_Key__c")).findFirst().orElseThrow();
    assertEquals(FieldType.STRING, key.type());
    assertEquals(255, key.length());
    assertTrue(key.externalId());
    assertTrue(key.unique());
    assertFalse(key.required());
  }

  @Test
  void renewalsAndChurnReasonsHaveOwnersAndOptionalLookups() {
    for (String name : List.of("CS_Renewal__c", "CS_Churn_Reason__c")) {
      ObjectChange change = object(name);
      assertFalse(change.object().controlledByParent(), name);
      FieldDef account = change.fields().stream().filter(f -> f.field().name().equals("Account__c"))
          .findFirst().orElseThrow().field();
      assertEquals(List.of("Account"), account.referenceTo());
      assertFalse(account.required(), name + ": a deleted Account blanks it, history stays");
    }
    FieldDef renewal = object("CS_Churn_Reason__c").fields().stream()
        .filter(f -> f.field().name().equals("Renewal__c")).findFirst().orElseThrow().field();
    assertEquals(List.of("CS_Renewal__c"), renewal.referenceTo());
  }

  @Test
  void daysLeftIsAFormulaTheOrgComputesSoNobodyWritesIt() {
    FieldDef daysLeft = object("CS_Renewal__c").fields().stream()
        .filter(f -> f.field().name().equals("Days_Left__c")).findFirst().orElseThrow().field();
    assertTrue(daysLeft.derived());
    assertFalse(daysLeft.createable() || daysLeft.updateable());
  }

  @Test
  void csHealthIsALabelledCustomObjectWithATextNameAndParentSharing() {
    ObjectSpec spec = csHealth.object();
    assertNotNull(spec);
    assertEquals("CS Health", spec.label());
    assertEquals("CS Health Records", spec.pluralLabel());
    assertEquals("Health Snapshot Name", spec.nameField().label());
    assertEquals(FieldType.STRING, spec.nameField().type());
    assertEquals(80, spec.nameField().length());
    assertTrue(spec.nameField().required());
    assertTrue(spec.controlledByParent());
  }

  @Test
  void csHealthHasItsCustomFields() {
    assertEquals(List.of("Account__c", "Active_User_Score__c", "Band__c", "CSAT_Score__c", "Coverage__c",
        "Engagement_Recency_Score__c", "External_Id__c", "Feature_Adoption_Score__c", "Measure_Scores__c",
        "Measures_In_Scorecard__c", "Measures_Scored__c", "NPS_Score__c", "Override_Author__c",
        "Override_Band__c", "Override_Expires__c", "Override_Reason__c", "Score__c", "Scorecard__c",
        "Scored_At__c", "Snapshot_Date__c", "Summary__c", "Trend__c", "Usage_Score__c"),
        fields.keySet().stream().sorted().toList());
    fields.values().forEach(f -> assertTrue(f.field().custom(), f.field().name()));
  }

  @Test
  void accountIsARequiredMasterDetailToAccountQueriedAsAccountR() {
    FieldChange account = fields.get("Account__c");
    FieldDef f = account.field();
    assertEquals(FieldType.REFERENCE, f.type());
    assertEquals(List.of("Account"), f.referenceTo());
    assertEquals("Account__r", f.relationshipName());
    assertTrue(f.required());
    assertTrue(account.masterDetail());
    assertTrue(f.updateable(), "reparentable, so the sync can upsert snapshots with Account__c on every write");
    assertEquals("CS_Health_Records__r", account.childRelationshipName());
  }

  @Test
  void externalIdIsAUniqueText80ExternalId() {
    FieldDef f = fields.get("External_Id__c").field();
    assertEquals(FieldType.STRING, f.type());
    assertEquals(80, f.length());
    assertTrue(f.externalId());
    assertTrue(f.unique());
    assertFalse(f.required());
  }

  @Test
  void numericFieldsKeepPrecisionAndScale() {
    assertNumber(fields.get("Score__c").field(), FieldType.DOUBLE, 5, 2);
    assertNumber(fields.get("Coverage__c").field(), FieldType.PERCENT, 5, 2);
    assertNumber(fields.get("Trend__c").field(), FieldType.DOUBLE, 5, 2);
  }

  @Test
  void bandIsARestrictedPicklistOfGreenYellowRed() {
    FieldDef f = fields.get("Band__c").field();
    assertEquals(FieldType.PICKLIST, f.type());
    assertEquals(List.of("Green", "Yellow", "Red"), f.picklistValues());
    assertTrue(f.restrictedPicklist());
  }

  @Test
  void scoredAtIsADateTimeAndSummaryALongTextOf32768() {
    assertEquals(FieldType.DATETIME, fields.get("Scored_At__c").field().type());
    FieldDef summary = fields.get("Summary__c").field();
    assertEquals(FieldType.TEXTAREA, summary.type());
    assertEquals(32768, summary.length());
  }

  private static ObjectChange object(String name) {
    return pkg.objects().stream().filter(o -> o.objectName().equals(name)).findFirst().orElseThrow();
  }

  private static void assertNumber(FieldDef f, FieldType type, int precision, int scale) {
    assertEquals(type, f.type(), f.name());
    assertEquals(precision, f.precision(), f.name());
    assertEquals(scale, f.scale(), f.name());
  }
}
