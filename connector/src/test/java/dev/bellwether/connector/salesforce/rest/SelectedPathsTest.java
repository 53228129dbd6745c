package dev.bellwether.connector.salesforce.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which select-list items count as plain field paths. */
class SelectedPathsTest {

  @Test
  void plainAndDottedPathsAreKeptInOrder() {
    assertEquals(List.of("Id", "Name", "Owner.Name", "bw__Account__r.bw__Tier__c"),
        SelectedPaths.of("select Id, Name,Owner.Name , bw__Account__r.bw__Tier__c from bw__CS_Health__c"));
  }

  @Test
  void subQueriesFunctionsAndAliasesAreLeftOut() {
    assertEquals(List.of("Id", "Name"), SelectedPaths.of(
        "SELECT Id, (SELECT Id, LastName FROM Contacts), COUNT(Id) total, toLabel(Rating), Name "
            + "FROM Account WHERE Name = 'FROM, here' GROUP BY Id"));
  }

  @Test
  void fromInsideANameOrAStringDoesNotEndTheList() {
    assertEquals(List.of("Id", "FromDate__c"), SelectedPaths.of("SELECT Id, FromDate__c FROM Thing__c"));
  }

  @Test
  void textWithoutASelectListGivesNoPaths() {
    assertEquals(List.of(), SelectedPaths.of("not soql at all"));
  }
}
