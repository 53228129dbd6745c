package dev.bellwether.devorg.rest;

import static dev.bellwether.devorg.rest.RestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.rest.RestClient.Answer;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompositeSObjectsTest {
  private static final String C = V + "/composite/sobjects";
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
  void createReturnsOrderedResultsForMixedTypes() {
    String accountId = rest.create("Account", "{\"Name\":\"Parent Co\"}");
    Answer a = rest.post(C, "{\"allOrNone\":false,\"records\":["
        + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"Coll A\"},"
        + "{\"attributes\":{\"type\":\"Account\"},\"Industry\":\"Energy\"},"
        + "{\"attributes\":{\"type\":\"Contact\"},\"LastName\":\"Coll C\",\"AccountId\":\"" + accountId + "\"},"
        + "{\"Name\":\"No type\"}]}");
    assertEquals(200, a.status(), a.body());
    JsonNode r = a.json();
    assertEquals(4, r.size());
    assertTrue(r.get(0).path("success").asBoolean());
    assertTrue(r.get(0).path("id").asText().startsWith("001"));
    assertEquals("[]", r.get(0).path("errors").toString());
    assertEquals("{\"success\":false,\"errors\":[{\"statusCode\":\"REQUIRED_FIELD_MISSING\","
        + "\"message\":\"Required fields are missing: [Name]\",\"fields\":[\"Name\"]}]}", r.get(1).toString());
    assertTrue(r.get(2).path("id").asText().startsWith("003"));
    assertFalse(r.get(3).path("success").asBoolean());
    assertEquals("INVALID_TYPE", r.get(3).path("errors").get(0).path("statusCode").asText());
  }

  @Test
  void allOrNoneCreateRollsEverythingBack() {
    Answer a = rest.post(C, "{\"allOrNone\":true,\"records\":["
        + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"AON good\"},"
        + "{\"attributes\":{\"type\":\"Account\"},\"Industry\":\"Energy\"}]}");
    assertEquals(200, a.status(), a.body());
    JsonNode r = a.json();
    assertEquals("{\"success\":false,\"errors\":[{\"statusCode\":\"ALL_OR_NONE_OPERATION_ROLLED_BACK\","
        + "\"message\":\"Record rolled back because not all records were valid and the request was using AllOrNone header\","
        + "\"fields\":[]}]}", r.get(0).toString());
    assertEquals("REQUIRED_FIELD_MISSING", r.get(1).path("errors").get(0).path("statusCode").asText());
    assertEquals(0, devorg.org().store().scan(devorg.org().schema().object("Account").get(), false).stream()
        .filter(x -> "AON good".equals(x.get("Name"))).count());
  }

  @Test
  void allOrNoneUpdateWithABadIdChangesNothing() {
    String id = rest.create("Account", "{\"Name\":\"Stable\"}");
    Answer a = rest.patch(C, "{\"allOrNone\":true,\"records\":["
        + "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"" + id + "\",\"Name\":\"Changed\"},"
        + "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"001000000000zzzAAA\",\"Name\":\"Ghost\"}]}");
    assertEquals(200, a.status());
    assertFalse(a.json().get(0).path("success").asBoolean());
    assertFalse(a.json().get(1).path("success").asBoolean());
    assertEquals("Stable", rest.get(V + "/sobjects/Account/" + id).json().path("Name").asText());
  }

  @Test
  void updateChangesRecordsAndReportsTheirIds() {
    String a = rest.create("Account", "{\"Name\":\"U1\"}");
    String b = rest.create("Account", "{\"Name\":\"U2\",\"Phone\":\"1\"}");
    Answer r = rest.patch(C, "{\"records\":["
        + "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"" + a + "\",\"Name\":\"U1b\"},"
        + "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"" + b + "\",\"Phone\":null},"
        + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"No id\"}]}");
    assertEquals(200, r.status(), r.body());
    assertEquals("{\"id\":\"" + a + "\",\"success\":true,\"errors\":[]}", r.json().get(0).toString());
    assertEquals(b, r.json().get(1).path("id").asText());
    assertEquals("MISSING_ARGUMENT", r.json().get(2).path("errors").get(0).path("statusCode").asText());
    assertEquals("U1b", rest.get(V + "/sobjects/Account/" + a).json().path("Name").asText());
    assertTrue(rest.get(V + "/sobjects/Account/" + b).json().get("Phone").isNull());
  }

  @Test
  void upsertReportsCreatedPerRecord() {
    Answer first = rest.patch(C + "/Account/Ext_Id__c", "{\"allOrNone\":false,\"records\":["
        + "{\"attributes\":{\"type\":\"Account\"},\"Ext_Id__c\":\"CU-1\",\"Name\":\"One\"},"
        + "{\"attributes\":{\"type\":\"Account\"},\"Ext_Id__c\":\"CU-2\",\"Name\":\"Two\"}]}");
    assertEquals(200, first.status(), first.body());
    String one = first.json().get(0).path("id").asText();
    assertEquals("{\"id\":\"" + one + "\",\"success\":true,\"errors\":[],\"created\":true}", first.json().get(0).toString());
    Answer second = rest.patch(C + "/Account/Ext_Id__c", "{\"records\":["
        + "{\"attributes\":{\"type\":\"Account\"},\"Ext_Id__c\":\"CU-1\",\"Name\":\"One again\"},"
        + "{\"attributes\":{\"type\":\"Account\"},\"Ext_Id__c\":\"CU-3\",\"Name\":\"Three\"}]}");
    assertEquals("{\"id\":\"" + one + "\",\"success\":true,\"errors\":[],\"created\":false}", second.json().get(0).toString());
    assertTrue(second.json().get(1).path("created").asBoolean());
    assertEquals("One again", rest.get(V + "/sobjects/Account/" + one).json().path("Name").asText());
    Answer notExternal = rest.patch(C + "/Account/Phone", "{\"records\":[]}");
    assertEquals(400, notExternal.status());
    assertEquals("INVALID_FIELD", notExternal.errorCode());
  }

  @Test
  void deleteByIdsInOrder() {
    String a = rest.create("Account", "{\"Name\":\"D1\"}");
    String b = rest.create("Account", "{\"Name\":\"D2\"}");
    Answer r = rest.delete(C + "?ids=" + a + "," + b + ",001000000000zzzAAA&allOrNone=false");
    assertEquals(200, r.status(), r.body());
    assertEquals("{\"id\":\"" + a + "\",\"success\":true,\"errors\":[]}", r.json().get(0).toString());
    assertEquals(b, r.json().get(1).path("id").asText());
    assertEquals("INVALID_CROSS_REFERENCE_KEY", r.json().get(2).path("errors").get(0).path("statusCode").asText());
    assertEquals(404, rest.get(V + "/sobjects/Account/" + a).status());
  }

  @Test
  void allOrNoneDeleteKeepsEveryRecord() {
    String a = rest.create("Account", "{\"Name\":\"Keep me\"}");
    Answer r = rest.delete(C + "?ids=" + a + ",001000000000zzzAAA&allOrNone=true");
    assertEquals(200, r.status());
    assertEquals("ALL_OR_NONE_OPERATION_ROLLED_BACK", r.json().get(0).path("errors").get(0).path("statusCode").asText());
    assertEquals(200, rest.get(V + "/sobjects/Account/" + a).status());
  }

  @Test
  void retrieveReturnsRequestedFieldsAndNullForMissing() {
    String a = rest.create("Account", "{\"Name\":\"R1\",\"Phone\":\"1\"}");
    Answer r = rest.get(C + "/Account?ids=" + a + ",001000000000zzzAAA&fields=Id,Name");
    assertEquals(200, r.status(), r.body());
    assertEquals("[{\"attributes\":{\"type\":\"Account\",\"url\":\"" + V + "/sobjects/Account/" + a + "\"},"
        + "\"Id\":\"" + a + "\",\"Name\":\"R1\"},null]", r.body());
    Answer byBody = rest.post(C + "/Account", "{\"ids\":[\"" + a + "\"],\"fields\":[\"Phone\"]}");
    assertEquals("1", byBody.json().get(0).path("Phone").asText());
    assertEquals("MISSING_ARGUMENT", rest.get(C + "/Account?ids=" + a).errorCode());
  }

  @Test
  void moreThan200RecordsAnswersExceededIdLimit() {
    StringJoiner records = new StringJoiner(",", "{\"records\":[", "]}");
    for (int i = 0; i < 201; i++) {
      records.add("{\"attributes\":{\"type\":\"Account\"},\"Name\":\"N" + i + "\"}");
    }
    Answer r = rest.post(C, records.toString());
    assertEquals(400, r.status());
    assertEquals("EXCEEDED_ID_LIMIT", r.errorCode());
  }

  @Test
  void malformedJsonAnswersJsonParserError() {
    Answer r = rest.post(C, "{\"records\":[{\"attributes\":");
    assertEquals(400, r.status());
    assertEquals("JSON_PARSER_ERROR", r.errorCode());
  }
}
