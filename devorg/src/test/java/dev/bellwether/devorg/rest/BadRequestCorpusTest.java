package dev.bellwether.devorg.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.rest.RestClient.Answer;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of src/test/resources/bad-requests/rest/*.json (see the README there). */
class BadRequestCorpusTest {
  private static final String DIR = "/bad-requests/rest/";
  private static final List<String> FILES = List.of("gate.json", "sobjects.json", "composite.json", "query.json");
  private static DevOrg devorg;
  private static RestClient rest;
  private static String accountId;
  private static String deletedAccountId;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    devorg.org().schema().object("Account").get().putField(
        FieldDef.builder("Ext_Id__c", FieldType.STRING).externalId(true).custom(true).build());
    rest = new RestClient(devorg);
    accountId = rest.create("Account", "{\"Name\":\"Corpus\"}");
    deletedAccountId = rest.create("Account", "{\"Name\":\"Corpus deleted\"}");
    rest.delete(RestClient.V + "/sobjects/Account/" + deletedAccountId);
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @TestFactory
  List<DynamicTest> everyBadRequestIsRefusedLikeSalesforce() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : FILES) {
      try (InputStream in = BadRequestCorpusTest.class.getResourceAsStream(DIR + file)) {
        for (JsonNode c : json.readTree(in)) {
          tests.add(DynamicTest.dynamicTest(file + ": " + c.path("name").asText(), () -> run(c)));
        }
      }
    }
    assertTrue(tests.size() >= 50, "corpus has " + tests.size() + " cases");
    return tests;
  }

  private static void run(JsonNode c) {
    String path = c.path("path").asText()
        .replace("{accountId}", accountId).replace("{deletedAccountId}", deletedAccountId);
    String body = c.has("body") ? c.get("body").asText() : null;
    String token = c.path("auth").asBoolean(true) ? rest.token() : null;
    Answer a = rest.send(c.path("method").asText(), path, body, token);
    String what = c.path("method").asText() + " " + path + " → " + a.status() + " " + a.body();
    assertEquals(c.path("status").asInt(), a.status(), what);
    assertTrue(a.header("Content-Type").orElse("").startsWith("application/json"), what);
    JsonNode errors = a.json();
    assertTrue(errors.isArray() && errors.size() >= 1, what);
    assertEquals(c.path("errorCode").asText(), errors.get(0).path("errorCode").asText(), what);
    assertTrue(errors.get(0).path("message").isTextual(), what);
  }
}
