package dev.bellwether.sync.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a user's file and the shipped defaults become the mappings sync runs with. */
class MappingsLoaderTest {

  @Test
  void defaultsListTheTenShippedObjectsParentsFirst() {
    List<String> objects = MappingsLoader.defaults().objects().stream().map(ObjectMapping::object).toList();

    assertEquals(List.of("User", "Account", "Contact", "Contract", "Opportunity", "Case", "Task",
        "CS_Health__c", "CS_Renewal__c", "CS_Churn_Reason__c"), objects);
  }

  @Test
  void defaultsUpsertOurObjectsAndReminderTasksByExternalIdAndNeverCreateOtherStandardOnes() {
    Mappings defaults = MappingsLoader.defaults();

    for (ObjectMapping o : defaults.objects()) {
      if (o.object().startsWith("CS_")) {
        assertEquals("External_Id__c", o.externalIdField(), o.object());
        assertEquals(Direction.BOTH, o.field("External_Id__c").orElseThrow().direction(), o.object());
      } else if (o.object().equals("Task")) {
        assertEquals("Bellwether_Key__c", o.externalIdField());
        assertEquals(Direction.BOTH, o.field("Bellwether_Key__c").orElseThrow().direction());
      } else {
        assertNull(o.externalIdField(), o.object());
      }
    }
  }

  @Test
  void theFieldsAReminderIsWrittenWithArePeoplesToEditToo() {
    ObjectMapping task = MappingsLoader.defaults().object("Task").orElseThrow();

    for (String field : List.of("Subject", "WhatId", "OwnerId", "ActivityDate", "Status", "Priority",
        "Description")) {
      assertEquals(Direction.BOTH, task.field(field).orElseThrow().direction(), field);
    }
    assertEquals(Direction.INBOUND, task.field("WhoId").orElseThrow().direction());
  }

  @Test
  void defaultsReadCrmOwnedFieldsAndWriteBackOnlyBellwethersResults() {
    ObjectMapping account = MappingsLoader.defaults().object("Account").orElseThrow();

    assertTrue(account.inboundFields().containsAll(List.of("Name", "OwnerId", "Type", "AnnualRevenue")));
    assertEquals(List.of("CS_Health_Score__c", "CS_Health_Band__c", "CS_Health_Trend__c", "CS_ARR__c",
        "CS_Next_Renewal_Date__c", "CS_Renewal_Risk__c", "CS_Churn_Risk__c", "CS_NPS__c",
        "CS_Lifecycle_Stage__c", "CS_Last_Scored__c"), account.outboundFields());
    assertTrue(account.inboundFields().stream().noneMatch(f -> f.startsWith("CS_")),
        "Bellwether's own results are never read back over themselves");
  }

  @Test
  void defaultsLetTheCsmOwnTheForecastCategoryTogetherWithBellwether() {
    ObjectMapping renewal = MappingsLoader.defaults().object("cs_renewal__c").orElseThrow();

    assertEquals(Direction.BOTH, renewal.field("Forecast_Category__c").orElseThrow().direction());
    assertEquals(Direction.OUTBOUND, renewal.field("System_Likelihood__c").orElseThrow().direction());
  }

  @Test
  void engagementAndSupportSignalsAreReadFromTasksAndCases() {
    Mappings defaults = MappingsLoader.defaults();

    assertTrue(defaults.object("Task").orElseThrow().inboundFields()
        .containsAll(List.of("WhatId", "WhoId", "ActivityDate", "Status", "Type")));
    assertTrue(defaults.object("Case").orElseThrow().inboundFields()
        .containsAll(List.of("AccountId", "Priority", "IsClosed", "CreatedDate", "ClosedDate")));
  }

  @Test
  void aFileWithAMappingsSectionReplacesTheDefaultsWholeAndKeepsItsOrder() throws Exception {
    String yaml = """
        salesforce:
          loginUrl: http://127.0.0.1:7443
        mappings:
          Opportunity:
            fields: {Name: inbound, Amount: inbound}
          Account:
            externalId: null
            fields:
              Name: inbound
              CS_Health_Score__c: Outbound
          CS_Renewal__c:
            externalId: External_Id__c
            fields: {External_Id__c: both, Forecast_Category__c: both}
        scoring:
          anything: [that, belongs, elsewhere]
        """;

    Mappings mappings = MappingsLoader.parse("bellwether.yaml", yaml);

    assertEquals(List.of(
        new ObjectMapping("Opportunity", null, List.of(
            new FieldMapping("Name", Direction.INBOUND), new FieldMapping("Amount", Direction.INBOUND))),
        new ObjectMapping("Account", null, List.of(
            new FieldMapping("Name", Direction.INBOUND),
            new FieldMapping("CS_Health_Score__c", Direction.OUTBOUND))),
        new ObjectMapping("CS_Renewal__c", "External_Id__c", List.of(
            new FieldMapping("External_Id__c", Direction.BOTH),
            new FieldMapping("Forecast_Category__c", Direction.BOTH)))), mappings.objects());
  }

  @Test
  void theExternalIdTakesTheSpellingOfItsMappedField() throws Exception {
    Mappings mappings = MappingsLoader.parse("f.yaml", """
        mappings:
          CS_Health__c:
            externalId: external_id__c
            fields: {External_Id__c: both}
        """);

    assertEquals("External_Id__c", mappings.objects().get(0).externalIdField());
  }

  @Test
  void aFileWithoutAMappingsSectionGetsTheDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bellwether.yaml");
    Files.writeString(file, "salesforce:\n  loginUrl: http://127.0.0.1:7443\n", StandardCharsets.UTF_8);

    assertEquals(MappingsLoader.defaults(), MappingsLoader.load(file));
  }

  @Test
  void anEmptyFileGetsTheDefaults() throws Exception {
    assertEquals(MappingsLoader.defaults(), MappingsLoader.parse("empty.yaml", ""));
  }

  @Test
  void aFileThatCannotBeReadIsReportedByName(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.yaml");

    MappingsException e = assertThrows(MappingsException.class, () -> MappingsLoader.load(missing));

    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).startsWith(missing + ": cannot read the mappings file (NoSuchFileException"),
        e.getMessage());
  }

  @Test
  void problemsNameTheFileAsGivenToLoad(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bellwether.yaml");
    Files.writeString(file, "mappings:\n  Account:\n    fields: {Name: sideways}\n", StandardCharsets.UTF_8);

    MappingsException e = assertThrows(MappingsException.class, () -> MappingsLoader.load(file));

    assertEquals(List.of(file + ":3: mappings.Account.fields.Name: direction must be inbound, outbound or both"
        + " (was 'sideways')"), e.problems());
  }
}
