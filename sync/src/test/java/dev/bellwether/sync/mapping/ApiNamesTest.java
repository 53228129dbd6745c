package dev.bellwether.sync.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names Salesforce accepts as object and field API names. */
class ApiNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Account", "CS_Health__c", "cs_health__C", "bw__CS_Renewal__c", "Account2", "X"})
  void acceptsStandardCustomAndNamespacedObjectNames(String name) {
    assertEquals(Optional.empty(), ApiNames.objectProblem(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Account Team", "_Account", "Account_", "Acc__Team", "1Account", "Account__r",
      "Tier__pc", "Account.Name", ""})
  void refusesObjectNamesSalesforceWouldNot(String name) {
    assertTrue(ApiNames.objectProblem(name).isPresent(), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Name", "OwnerId", "CS_Health_Score__c", "acme__Tier__c", "Tier__pc", "A_1_b"})
  void acceptsStandardCustomNamespacedAndPersonAccountFieldNames(String name) {
    assertEquals(Optional.empty(), ApiNames.fieldProblem(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Annual Revenue", "Score__", "Score___c", "Owner.Name", "Name-2", "a__b__c__c",
      "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJK__c"})
  void refusesFieldNamesSalesforceWouldNot(String name) {
    assertTrue(ApiNames.fieldProblem(name).isPresent(), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Account__r", "Owner__R"})
  void pointsRelationshipNamesToTheirLookupField(String name) {
    assertTrue(ApiNames.fieldProblem(name).orElseThrow().startsWith("is a relationship, not a field"));
  }
}
