package dev.bellwether.devorg.rest;

import static dev.bellwether.devorg.rest.RestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.rest.RestClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renewal reminder Tasks carry Bellwether_Key__c, an Activity field of manifests/, so a retried
 * reminder updates the Task it created instead of adding a second one: as in Salesforce, Task
 * is upsertable by an external id, over REST and sObject Collections.
 */
class TaskUpsertByBellwetherKeyTest {
  private static DevOrg devorg;
  private static RestClient rest;
  private static String accountId;

  @BeforeAll
  static void start() {
    devorg = TestOrgs.withManifests();
    rest = new RestClient(devorg);
    accountId = rest.create("Account", "{\"Name\":\"Reminder Co\"}");
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void describeOfTaskListsTheActivityFieldAsAUniqueExternalId() {
    JsonNode fields = rest.get(V + "/sobjects/Task/describe").json().path("fields");
    JsonNode key = null;
    for (JsonNode f : fields) {
      if (f.path("name").asText().equals("Bellwether_Key__c")) {
        key = f;
      }
    }
    assertTrue(key != null, "Task describes Bellwether_Key__c");
    assertEquals("Bellwether Key", key.path("label").asText());
    assertEquals("string", key.path("type").asText());
    assertEquals(255, key.path("length").asInt());
    assertTrue(key.path("custom").asBoolean());
    assertTrue(key.path("externalId").asBoolean());
    assertTrue(key.path("unique").asBoolean());
    assertTrue(key.path("idLookup").asBoolean());
    assertFalse(key.path("caseSensitive").asBoolean());
    assertTrue(key.path("createable").asBoolean() && key.path("updateable").asBoolean());
  }

  @Test
  void aRetriedReminderUpdatesTheTaskItCreated() {
    String path = V + "/sobjects/Task/Bellwether_Key__c/renewal-acme-2026-03-31:60";
    String body = "{\"Subject\":\"Renewal in 60 days: Reminder Co\",\"WhatId\":\"" + accountId
        + "\",\"ActivityDate\":\"2026-01-30\",\"Status\":\"Not Started\",\"Priority\":\"High\","
        + "\"Description\":\"ARR up for renewal: 12,000 USD\"}";
    Answer first = rest.patch(path, body);
    assertEquals(201, first.status(), first.body());
    String id = first.json().path("id").asText();
    assertTrue(id.startsWith("00T"), id);
    assertTrue(first.json().path("created").asBoolean());

    Answer retry = rest.patch(path, body.replace("High", "Normal"));
    assertEquals(200, retry.status(), retry.body());
    assertEquals(id, retry.json().path("id").asText());
    assertFalse(retry.json().path("created").asBoolean());

    JsonNode task = rest.get(V + "/sobjects/Task/" + id).json();
    assertEquals("Normal", task.path("Priority").asText());
    assertEquals("renewal-acme-2026-03-31:60", task.path("Bellwether_Key__c").asText());
    assertEquals(accountId, task.path("WhatId").asText());
    JsonNode count = rest.get(V + "/query?q=SELECT+COUNT()+FROM+Task+WHERE+Bellwether_Key__c"
        + "+=+'renewal-acme-2026-03-31:60'").json();
    assertEquals(1, count.path("totalSize").asInt());
  }

  @Test
  void collectionsUpsertTasksByTheKeyAndReportWhichWereCreated() {
    String url = V + "/composite/sobjects/Task/Bellwether_Key__c";
    String records = "{\"allOrNone\":false,\"records\":["
        + task("renewal-b:120", "Renewal in 120 days") + "," + task("renewal-b:90", "Renewal in 90 days") + "]}";
    Answer first = rest.patch(url, records);
    assertEquals(200, first.status(), first.body());
    assertTrue(first.json().get(0).path("created").asBoolean(), first.body());
    assertTrue(first.json().get(1).path("created").asBoolean(), first.body());

    Answer again = rest.patch(url, records);
    assertEquals(200, again.status(), again.body());
    assertFalse(again.json().get(0).path("created").asBoolean(), again.body());
    assertEquals(first.json().get(1).path("id").asText(), again.json().get(1).path("id").asText());
  }

  @Test
  void theKeyIsUniqueWhateverItsCase() {
    rest.create("Task", "{\"Subject\":\"Once\",\"Bellwether_Key__c\":\"renewal-c:30\"}");
    Answer twice = rest.post(V + "/sobjects/Task", "{\"Subject\":\"Twice\",\"Bellwether_Key__c\":\"RENEWAL-C:30\"}");
    assertEquals(400, twice.status(), twice.body());
    assertEquals("DUPLICATE_VALUE", twice.errorCode());
  }

  private static String task(String key, String subject) {
    return "{\"attributes\":{\"type\":\"Task\"},\"Bellwether_Key__c\":\"" + key + "\",\"Subject\":\""
        + subject + "\",\"WhatId\":\"" + accountId + "\",\"ActivityDate\":\"2026-01-01\"}";
  }
}
