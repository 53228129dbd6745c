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

class SObjectRecordTest {
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
  void createAnswers201WithSaveResult() {
    Answer a = rest.post(V + "/sobjects/Account", "{\"Name\":\"Acme\",\"NumberOfEmployees\":12}");
    assertEquals(201, a.status(), a.body());
    JsonNode r = a.json();
    assertTrue(r.path("id").asText().startsWith("001"));
    assertEquals(18, r.path("id").asText().length());
    assertEquals("{\"id\":\"" + r.path("id").asText() + "\",\"success\":true,\"errors\":[]}", a.body());
  }

  @Test
  void getReturnsAttributesAndEveryFieldIncludingNulls() {
    String id = rest.create("Account", "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"Globex\","
        + "\"AnnualRevenue\":1500000.50,\"NumberOfEmployees\":40,\"Industry\":\"Energy\"}");
    Answer a = rest.get(V + "/sobjects/Account/" + id);
    assertEquals(200, a.status(), a.body());
    JsonNode r = a.json();
    assertEquals("Account", r.path("attributes").path("type").asText());
    assertEquals(V + "/sobjects/Account/" + id, r.path("attributes").path("url").asText());
    assertEquals(id, r.path("Id").asText());
    assertEquals("Globex", r.path("Name").asText());
    assertEquals("1500000.5", r.path("AnnualRevenue").asText());
    assertEquals(40, r.path("NumberOfEmployees").asInt());
    assertTrue(r.has("Phone") && r.get("Phone").isNull(), "unset fields are listed as null");
    assertFalse(r.path("IsDeleted").asBoolean());
    assertEquals("005000000000001AAA", r.path("OwnerId").asText());
    assertTrue(r.path("CreatedDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"),
        r.path("CreatedDate").asText());
    assertEquals("attributes", r.fieldNames().next(), "attributes come first");
  }

  @Test
  void getWithFieldsReturnsOnlyThoseFields() {
    String id = rest.create("Account", "{\"Name\":\"Initech\",\"Phone\":\"555\"}");
    Answer a = rest.get(V + "/sobjects/Account/" + id + "?fields=Name,phone");
    assertEquals(200, a.status());
    assertEquals("{\"attributes\":{\"type\":\"Account\",\"url\":\"" + V + "/sobjects/Account/" + id
        + "\"},\"Name\":\"Initech\",\"Phone\":\"555\"}", a.body());
    Answer bad = rest.get(V + "/sobjects/Account/" + id + "?fields=Name,Nope__c");
    assertEquals(400, bad.status());
    assertEquals("INVALID_FIELD", bad.errorCode());
  }

  @Test
  void patchUpdatesAndNullClearsAField() {
    String id = rest.create("Account", "{\"Name\":\"Umbrella\",\"Phone\":\"555-1\",\"Website\":\"u.example\"}");
    Answer a = rest.patch(V + "/sobjects/Account/" + id, "{\"Name\":\"Umbrella Corp\",\"Phone\":null}");
    assertEquals(204, a.status(), a.body());
    assertEquals("", a.body());
    JsonNode r = rest.get(V + "/sobjects/Account/" + id).json();
    assertEquals("Umbrella Corp", r.path("Name").asText());
    assertTrue(r.get("Phone").isNull());
    assertEquals("u.example", r.path("Website").asText());
  }

  @Test
  void postWithHttpMethodOverrideIsAPatch() {
    String id = rest.create("Account", "{\"Name\":\"Hooli\"}");
    Answer a = rest.post(V + "/sobjects/Account/" + id + "?_HttpMethod=PATCH", "{\"Name\":\"Hooli XYZ\"}");
    assertEquals(204, a.status(), a.body());
    assertEquals("Hooli XYZ", rest.get(V + "/sobjects/Account/" + id).json().path("Name").asText());
    assertEquals(204, rest.post(V + "/sobjects/Account/" + id + "?_HttpMethod=DELETE", null).status());
    assertEquals(404, rest.get(V + "/sobjects/Account/" + id).status());
  }

  @Test
  void deleteAnswers204AndTheRecordIsThenNotFound() {
    String id = rest.create("Account", "{\"Name\":\"Soon Gone\"}");
    assertEquals(204, rest.delete(V + "/sobjects/Account/" + id).status());
    Answer get = rest.get(V + "/sobjects/Account/" + id);
    assertEquals(404, get.status());
    assertEquals("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]", get.body());
    Answer again = rest.delete(V + "/sobjects/Account/" + id);
    assertEquals(404, again.status());
    assertEquals("ENTITY_IS_DELETED", again.errorCode());
    assertEquals(404, rest.patch(V + "/sobjects/Account/" + id, "{\"Name\":\"x\"}").status());
  }

  @Test
  void missingRecordsAndUnknownObjectsAreNotFound() {
    assertEquals("NOT_FOUND", rest.get(V + "/sobjects/Account/001000000000zzzAAA").errorCode());
    Answer wrongType = rest.get(V + "/sobjects/Contact/005000000000001AAA");
    assertEquals(404, wrongType.status());
    Answer notAnId = rest.get(V + "/sobjects/Account/hello");
    assertEquals(404, notAnId.status());
    assertEquals("Provided external ID field does not exist or is not accessible: hello",
        notAnId.json().get(0).path("message").asText());
    Answer unknown = rest.post(V + "/sobjects/Foo__c", "{\"Name\":\"x\"}");
    assertEquals(404, unknown.status());
    assertEquals("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]", unknown.body());
  }

  @Test
  void saveErrorsAnswer400WithCodeAndFields() {
    Answer a = rest.post(V + "/sobjects/Contact", "{\"FirstName\":\"No\"}");
    assertEquals(400, a.status());
    assertEquals("[{\"message\":\"Required fields are missing: [LastName]\",\"errorCode\":\"REQUIRED_FIELD_MISSING\",\"fields\":[\"LastName\"]}]",
        a.body());
    Answer tooLong = rest.post(V + "/sobjects/Account", "{\"Name\":\"" + "x".repeat(256) + "\"}");
    assertEquals(400, tooLong.status());
    assertEquals("STRING_TOO_LONG", tooLong.errorCode());
    Answer badField = rest.post(V + "/sobjects/Account", "{\"Name\":\"A\",\"Nope__c\":1}");
    assertEquals("INVALID_FIELD", badField.errorCode());
    Answer badType = rest.post(V + "/sobjects/Account", "{\"Name\":\"A\",\"NumberOfEmployees\":\"many\"}");
    assertEquals("INVALID_TYPE_ON_FIELD_IN_RECORD", badType.errorCode());
    Answer withId = rest.post(V + "/sobjects/Account", "{\"Name\":\"A\",\"Id\":\"001000000000001AAA\"}");
    assertEquals("INVALID_FIELD", withId.errorCode());
    Answer badRef = rest.post(V + "/sobjects/Contact", "{\"LastName\":\"L\",\"AccountId\":\"001000000000zzzAAA\"}");
    assertEquals("INVALID_CROSS_REFERENCE_KEY", badRef.errorCode());
  }

  @Test
  void malformedJsonAnswersJsonParserError() {
    Answer a = rest.post(V + "/sobjects/Account", "{\"Name\":");
    assertEquals(400, a.status());
    assertEquals("JSON_PARSER_ERROR", a.errorCode());
    Answer array = rest.post(V + "/sobjects/Account", "[{\"Name\":\"x\"}]");
    assertEquals("JSON_PARSER_ERROR", array.errorCode());
    Answer empty = rest.post(V + "/sobjects/Account", "");
    assertEquals(400, empty.status());
    assertEquals("JSON_PARSER_ERROR", empty.errorCode());
  }

  @Test
  void parentCanBeNamedByExternalId() {
    String accountId = rest.create("Account", "{\"Name\":\"Parent\",\"Ext_Id__c\":\"P-1\"}");
    String contactId = rest.create("Contact", "{\"LastName\":\"Child\",\"Account\":{\"Ext_Id__c\":\"P-1\"}}");
    assertEquals(accountId, rest.get(V + "/sobjects/Contact/" + contactId).json().path("AccountId").asText());
    Answer missing = rest.post(V + "/sobjects/Contact", "{\"LastName\":\"Orphan\",\"Account\":{\"Ext_Id__c\":\"P-404\"}}");
    assertEquals(400, missing.status());
    assertEquals("INVALID_FIELD", missing.errorCode());
  }

  @Test
  void userRecordIsReadableAsTheSalesforceCliDoes() {
    Answer a = rest.get("/services/data/v51.0/sobjects/User/005000000000001AAA");
    assertEquals(200, a.status());
    assertEquals("admin@bellwether.devorg", a.json().path("Username").asText());
  }
}
