package dev.bellwether.connector.salesforce.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names are validated, never escaped: injection attempts through a name are refused. */
class SoqlIdentifierTest {

  @Test
  void plainCustomNamespacedAndDottedNamesPass() {
    for (String ok : List.of("Id", "Name", "Account", "Score__c", "bw__CS_Health__c", "Account__r.Name",
        "bw__Account__r.Owner.Email", "Owner.Name", "X1", "Last_Activity_Date__c", "Order")) {
      assertEquals(ok, SoqlIdentifier.require(ok));
    }
  }

  @Test
  void injectionAttemptsAndMalformedNamesAreRefusedByName() {
    List<String> hostile = List.of(
        "Name FROM User--", "Id,(SELECT Id FROM Contacts)", "Id, Name", "Name'", "Name\"", "Name\\",
        "Name\n", "Name;DROP", "Name)", "COUNT(Id)", "toLabel(Status)", "Name WHERE Id != null",
        "Name--", "/*x*/Name", "Name ", " Name", "", ".Name", "Name.", "Account..Name", "1Name",
        "_Name", "Name_", "Score__", "__c", "a___b", "a__b__c__d", "Nämé", "Ｎａｍｅ", "Name\u200b",
        "FROM", "where", "Account.Select", "Id%", "Id_", "Id:bind", "Id\u0000");
    for (String name : hostile) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SoqlIdentifier.require(name),
          () -> "accepted: " + name);
      assertTrue(e.getMessage().contains(SoqlLiteral.quote(name)), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> SoqlIdentifier.require(null));
    assertThrows(IllegalArgumentException.class, () -> SoqlIdentifier.require("A".repeat(256)));
  }
}
