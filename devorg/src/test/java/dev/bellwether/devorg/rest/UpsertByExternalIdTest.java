package dev.bellwether.devorg.rest;

import static dev.bellwether.devorg.rest.RestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.rest.RestClient.Answer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UpsertByExternalIdTest {
  private static DevOrg devorg;
  private static RestClient rest;

  @BeforeAll
  static void start() {
    devorg = TestOrgs.withAccountExternalId();
    rest = new RestClient(devorg);
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void firstUpsertCreatesWith201AndSecondUpdatesWith200() {
    Answer first = rest.patch(V + "/sobjects/Account/Ext_Id__c/U-1", "{\"Name\":\"Upserted\"}");
    assertEquals(201, first.status(), first.body());
    String id = first.json().path("id").asText();
    assertEquals("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[],\"created\":true}", first.body());

    Answer second = rest.patch(V + "/sobjects/Account/Ext_Id__c/U-1", "{\"Name\":\"Renamed\"}");
    assertEquals(200, second.status(), second.body());
    assertEquals("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[],\"created\":false}", second.body());

    JsonNode r = rest.get(V + "/sobjects/Account/" + id).json();
    assertEquals("Renamed", r.path("Name").asText());
    assertEquals("U-1", r.path("Ext_Id__c").asText());
  }

  @Test
  void beforeVersion46UpsertOmitsCreatedAndUpdateAnswers204() {
    Answer first = rest.patch("/services/data/v45.0/sobjects/Account/Ext_Id__c/OLD-1", "{\"Name\":\"Old\"}");
    assertEquals(201, first.status());
    assertEquals(List.of("id", "success", "errors"), fieldNames(first.json()));
    Answer second = rest.patch("/services/data/v45.0/sobjects/Account/Ext_Id__c/OLD-1", "{\"Name\":\"Older\"}");
    assertEquals(204, second.status());
  }

  @Test
  void severalMatchesAnswer300WithTheirUrls() {
    String a = rest.create("Account", "{\"Name\":\"Twin A\",\"Ext_Id__c\":\"DUP-1\"}");
    String b = rest.create("Account", "{\"Name\":\"Twin B\",\"Ext_Id__c\":\"dup-1\"}");
    Answer up = rest.patch(V + "/sobjects/Account/Ext_Id__c/DUP-1", "{\"Name\":\"Which?\"}");
    assertEquals(300, up.status(), up.body());
    assertEquals("[\"" + V + "/sobjects/Account/" + a + "\",\"" + V + "/sobjects/Account/" + b + "\"]", up.body());
    assertEquals(300, rest.get(V + "/sobjects/Account/Ext_Id__c/DUP-1").status());
    assertEquals("Twin A", rest.get(V + "/sobjects/Account/" + a).json().path("Name").asText());
  }

  @Test
  void updateOnlyDoesNotInsert() {
    Answer a = rest.patch(V + "/sobjects/Account/Ext_Id__c/NEW-9?updateOnly=true", "{\"Name\":\"Nope\"}");
    assertEquals(404, a.status(), a.body());
    assertEquals("NOT_FOUND", a.errorCode());
    assertEquals(404, rest.get(V + "/sobjects/Account/Ext_Id__c/NEW-9").status());
  }

  @Test
  void getAndDeleteByExternalId() {
    String id = rest.create("Account", "{\"Name\":\"By Ext\",\"Ext_Id__c\":\"G-1\"}");
    Answer got = rest.get(V + "/sobjects/Account/Ext_Id__c/G-1?fields=Id,Name");
    assertEquals(200, got.status());
    assertEquals(id, got.json().path("Id").asText());
    assertEquals("By Ext", got.json().path("Name").asText());
    assertEquals(204, rest.delete(V + "/sobjects/Account/Ext_Id__c/G-1").status());
    assertEquals(404, rest.get(V + "/sobjects/Account/Ext_Id__c/G-1").status());
  }

  @Test
  void unknownOrNonExternalKeyFieldsAreRejected() {
    Answer unknown = rest.patch(V + "/sobjects/Account/Nope__c/X", "{\"Name\":\"x\"}");
    assertEquals(404, unknown.status());
    assertEquals("Provided external ID field does not exist or is not accessible: Nope__c",
        unknown.json().get(0).path("message").asText());
    Answer notExternal = rest.patch(V + "/sobjects/Account/Phone/555", "{\"Name\":\"x\"}");
    assertEquals(400, notExternal.status());
    assertEquals("INVALID_FIELD", notExternal.errorCode());
  }

  @Test
  void upsertSaveErrorsAnswer400() {
    Answer a = rest.patch(V + "/sobjects/Account/Ext_Id__c/E-400", "{\"NumberOfEmployees\":3}");
    assertEquals(400, a.status());
    assertEquals("REQUIRED_FIELD_MISSING", a.errorCode());
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
