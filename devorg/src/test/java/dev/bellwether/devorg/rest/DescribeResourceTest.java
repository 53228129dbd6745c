package dev.bellwether.devorg.rest;

import static dev.bellwether.devorg.rest.RestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.rest.RestClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DescribeResourceTest {
  private static DevOrg devorg;
  private static RestClient rest;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    rest = new RestClient(devorg);
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void describeGlobalListsObjectsWithUrls() {
    Answer a = rest.get(V + "/sobjects");
    assertEquals(200, a.status());
    JsonNode g = a.json();
    assertEquals("UTF-8", g.path("encoding").asText());
    assertEquals(200, g.path("maxBatchSize").asInt());
    assertEquals(8, g.path("sobjects").size());
    JsonNode account = g.path("sobjects").get(0);
    assertEquals("Account", account.path("name").asText());
    assertEquals("001", account.path("keyPrefix").asText());
    assertTrue(account.path("queryable").asBoolean());
    assertEquals(V + "/sobjects/Account", account.path("urls").path("sobject").asText());
    assertFalse(account.has("fields"), "describeGlobal carries no fields");
  }

  @Test
  void basicInfoHasObjectDescribeAndRecentItems() {
    String id = rest.create("Account", "{\"Name\":\"Recent One\"}");
    Answer a = rest.get(V + "/sobjects/Account");
    assertEquals(200, a.status());
    assertEquals("Account", a.json().path("objectDescribe").path("name").asText());
    JsonNode recent = a.json().path("recentItems");
    assertEquals(id, recent.get(0).path("Id").asText());
    assertEquals("Recent One", recent.get(0).path("Name").asText());
    assertEquals("Account", recent.get(0).path("attributes").path("type").asText());
  }

  @Test
  void describeHasFieldsChildRelationshipsAndRecordTypes() {
    Answer a = rest.get(V + "/sobjects/Account/describe");
    assertEquals(200, a.status());
    JsonNode d = a.json();
    assertEquals("Account", d.path("name").asText());
    JsonNode name = null;
    for (JsonNode f : d.path("fields")) {
      if (f.path("name").asText().equals("Name")) {
        name = f;
      }
    }
    assertEquals("string", name.path("type").asText());
    assertEquals(255, name.path("length").asInt());
    assertTrue(name.path("nameField").asBoolean());
    assertFalse(name.path("nillable").asBoolean());
    assertTrue(name.has("picklistValues") && name.path("picklistValues").isArray());
    boolean contacts = false;
    for (JsonNode r : d.path("childRelationships")) {
      contacts |= r.path("relationshipName").asText().equals("Contacts")
          && r.path("childSObject").asText().equals("Contact") && r.path("field").asText().equals("AccountId");
    }
    assertTrue(contacts);
    assertEquals("012000000000000AAA", d.path("recordTypeInfos").get(0).path("recordTypeId").asText());
    assertEquals(devorg.url() + "/{ID}", d.path("urls").path("uiDetailTemplate").asText());
  }

  @Test
  void describeOfUnknownObjectIsNotFound() {
    for (String path : new String[] {V + "/sobjects/Foo", V + "/sobjects/Foo/describe"}) {
      Answer a = rest.get(path);
      assertEquals(404, a.status(), path);
      assertEquals("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]", a.body());
    }
  }

  @Test
  void objectNamesAreCaseInsensitive() {
    assertEquals("Contact", rest.get(V + "/sobjects/contact/describe").json().path("name").asText());
  }
}
