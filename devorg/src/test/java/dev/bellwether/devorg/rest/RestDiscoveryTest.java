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

class RestDiscoveryTest {
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
  void versionsListNeedsNoTokenAndEndsWithWinter26() {
    Answer a = rest.send("GET", "/services/data", null, null);
    assertEquals(200, a.status());
    assertEquals("application/json;charset=UTF-8", a.header("Content-Type").orElse(""));
    JsonNode list = a.json();
    assertEquals(35, list.size(), "31.0 to 65.0");
    assertEquals("{\"label\":\"Summer '14\",\"url\":\"/services/data/v31.0\",\"version\":\"31.0\"}",
        list.get(0).toString());
    assertEquals("Winter '15", list.get(1).path("label").asText());
    assertEquals("Spring '15", list.get(2).path("label").asText());
    assertEquals("Summer '25", list.get(33).path("label").asText());
    assertEquals("64.0", list.get(33).path("version").asText());
    assertEquals("Winter '26", list.get(34).path("label").asText());
    assertEquals("/services/data/v65.0", list.get(34).path("url").asText());
  }

  @Test
  void versionsListHasNoLimitInfoHeaderWithTrailingOrDoubleSlash() {
    for (String path : new String[] {"/services/data", "/services/data/", "//services/data"}) {
      Answer a = rest.send("GET", path, null, null);
      assertEquals(200, a.status(), path);
      assertEquals(35, a.json().size(), path);
      assertTrue(a.header("Sforce-Limit-Info").isEmpty(), path);
    }
  }

  @Test
  void resourceMapListsResourcesAndTheIdentityUrl() {
    Answer a = rest.get(V);
    assertEquals(200, a.status());
    JsonNode map = a.json();
    assertEquals(V + "/sobjects", map.path("sobjects").asText());
    assertEquals(V + "/query", map.path("query").asText());
    assertEquals(V + "/queryAll", map.path("queryAll").asText());
    assertEquals(V + "/limits", map.path("limits").asText());
    assertEquals(V + "/composite", map.path("composite").asText());
    assertEquals(V + "/jobs/ingest", map.path("jobs/ingest").asText());
    assertEquals(V + "/jobs/query", map.path("jobs/query").asText());
    assertEquals(V + "/tooling", map.path("tooling").asText());
    assertEquals(V + "/search", map.path("search").asText());
    assertEquals(devorg.url() + "/id/00D000000000001EAA/005000000000001AAA", map.path("identity").asText());
  }

  @Test
  void versionedCallsCarryLimitInfoHeader() {
    Answer a = rest.get(V + "/limits");
    assertEquals(200, a.status());
    String header = a.header("Sforce-Limit-Info").orElse("");
    assertTrue(header.matches("api-usage=\\d+/1000000"), header);
  }

  @Test
  void doubleSlashBeforeServicesWorksForVersionedCalls() {
    Answer a = rest.get("/" + V + "/sobjects/Account/describe");
    assertEquals(200, a.status(), a.body());
    assertEquals("Account", a.json().path("name").asText());
  }

  @Test
  void unsupportedVersionsAnswerNotFound() {
    for (String v : new String[] {"v30.0", "v66.0", "v64.5", "vX"}) {
      Answer a = rest.get("/services/data/" + v + "/sobjects");
      assertEquals(404, a.status(), v);
      assertEquals("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]", a.body(), v);
    }
  }

  @Test
  void latestAliasResolvesToVersion65() {
    Answer a = rest.get("/services/data/latest");
    assertEquals(200, a.status(), a.body());
    assertEquals("/services/data/v65.0/sobjects", a.json().path("sobjects").asText());
    assertTrue(a.header("Sforce-Limit-Info").isPresent());
  }

  @Test
  void missingTokenAnswers401WithJsonArray() {
    Answer a = rest.send("GET", V + "/sobjects", null, null);
    assertEquals(401, a.status());
    assertEquals("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]", a.body());
    Answer bogus = rest.send("GET", V + "/query?q=SELECT+Id+FROM+Account", null, "00D000000000001!bogus");
    assertEquals(401, bogus.status());
    assertEquals("INVALID_SESSION_ID", bogus.errorCode());
  }

  @Test
  void unknownResourceUnderAVersionIsNotFound() {
    Answer a = rest.get(V + "/no-such-resource");
    assertEquals(404, a.status());
    assertEquals("NOT_FOUND", a.errorCode());
  }

  @Test
  void wrongMethodAnswers405() {
    Answer a = rest.send("PUT", V + "/sobjects/Account", "{}", rest.token());
    assertEquals(405, a.status());
    assertEquals("METHOD_NOT_ALLOWED", a.errorCode());
    assertFalse(a.body().contains("<html"));
  }
}
