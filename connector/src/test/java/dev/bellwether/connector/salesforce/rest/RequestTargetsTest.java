package dev.bellwether.connector.salesforce.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request targets: query parameters encoded once, API names checked before they enter a path. */
class RequestTargetsTest {

  @Test
  void queryParametersAreEncodedIncludingPlusAmpersandAndHash() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("q", "SELECT Id FROM Account WHERE Name = 'A&B + C #1 100%'");
    p.put("start", "2025-01-02T03:04:00+00:00");
    assertEquals("/services/data/v64.0/query?q=SELECT%20Id%20FROM%20Account%20WHERE%20Name%20%3D%20"
        + "%27A%26B%20%2B%20C%20%231%20100%25%27&start=2025-01-02T03%3A04%3A00%2B00%3A00",
        RequestTargets.withQuery("/services/data/v64.0/query", p));
  }

  @Test
  void aPathWithoutParametersHasNoQuestionMark() {
    assertEquals("/services/data/v64.0/limits", RequestTargets.withQuery("/services/data/v64.0/limits", Map.of()));
  }

  @Test
  void onlyApiNamesMayBecomePathSegments() {
    assertEquals("bw__CS_Health__c", RequestTargets.apiName("bw__CS_Health__c"));
    assertThrows(IllegalArgumentException.class, () -> RequestTargets.apiName("Account/../limits"));
    assertThrows(IllegalArgumentException.class, () -> RequestTargets.apiName(""));
  }
}
