package dev.bellwether.service.admin;

import static dev.bellwether.service.admin.AdminFixture.ORG;
import static dev.bellwether.service.admin.AdminFixture.OTHER_ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.service.scorecards.ScorecardSource;
import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** {@code /admin/scorecards} over real HTTP, on H2 and PostgreSQL. */
class ScorecardAdminResourceTest {
  private static final AdminToken TOKEN = new AdminToken("s3cret-admin-token", "the test", false);
  private static final String VALID = """
      # 모든 고객에게 하나의 스코어카드.
      keyFeatures: [dashboards]
      scorecards:
        - name: Everyone
          default: true
          measures:
            usage: {weight: 3, red: 40, green: 100}
            feature_adoption: {weight: 1, red: 25, green: 75}
      """;
  private static final String INVALID = """
      scorecards:
        - name: Enterprise
          segments: [Enterprise]
          measures:
            nps: {weight: -2, red: -20, green: 40}
            nsp: {weight: 1, red: 0, green: 10}
      """;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void getAnswersTheDefaultsUntilAValidPutStoresTheOrgsOwnDocument(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    try (AdminServer server = start(store)) {
      HttpResponse<String> defaults = send(server, "GET", "admin/scorecards", null, TOKEN.value());
      assertEquals(200, defaults.statusCode());
      assertEquals(ScorecardSource.defaultYaml(), defaults.body());
      assertEquals("defaults", defaults.headers().firstValue("Bellwether-Scorecards-Source").orElse(""));
      assertTrue(defaults.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));

      HttpResponse<String> put = send(server, "PUT", "admin/scorecards?by=jane.doe", VALID, TOKEN.value());

      assertEquals(200, put.statusCode(), put.body());
      JsonNode saved = json(put);
      assertEquals(ORG, saved.get("orgId").asText());
      assertEquals("jane.doe", saved.get("updatedBy").asText());
      assertEquals("Everyone", saved.get("scorecards").get(0).get("name").asText());
      assertEquals(3, saved.get("scorecards").get(0).get("measures").get("usage").get("weight").asDouble());
      HttpResponse<String> own = send(server, "GET", "admin/scorecards", null, TOKEN.value());
      assertEquals(VALID, own.body(), "the document comes back as written, comments and all");
      assertEquals("org", own.headers().firstValue("Bellwether-Scorecards-Source").orElse(""));
      assertEquals("jane.doe", own.headers().firstValue("Bellwether-Updated-By").orElse(""));
      assertEquals(VALID, store.scorecards().find(ORG).orElseThrow().yaml());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anInvalidPutAnswers422WithEveryProblemAndItsLineAndStoresNothing(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    try (AdminServer server = start(store)) {
      HttpResponse<String> put = send(server, "PUT", "admin/scorecards", INVALID, TOKEN.value());

      assertEquals(422, put.statusCode(), put.body());
      JsonNode body = json(put);
      assertEquals("invalid_scorecards", body.get("error").asText());
      assertFalse(body.get("valid").asBoolean());
      assertEquals("3 problems in scorecards.yaml; nothing was stored", body.get("message").asText());
      JsonNode problems = body.get("problems");
      assertEquals(1, problems.get(0).get("line").asInt());
      assertEquals("scorecards", problems.get(0).get("path").asText());
      assertEquals(5, problems.get(1).get("line").asInt());
      assertEquals("scorecards[0].measures.nps.weight", problems.get(1).get("path").asText());
      assertEquals("must be > 0, was -2", problems.get(1).get("message").asText());
      assertEquals("scorecards.yaml:5: scorecards[0].measures.nps.weight: must be > 0, was -2",
          problems.get(1).get("text").asText());
      assertEquals("scorecards.yaml:6: scorecards[0].measures.nsp: unknown measure; did you mean 'nps'?",
          problems.get(2).get("text").asText());
      assertTrue(store.scorecards().find(ORG).isEmpty(), "nothing stored");
      HttpResponse<String> syntax = send(server, "PUT", "admin/scorecards", "scorecards: [\n", TOKEN.value());
      assertEquals(422, syntax.statusCode());
      assertTrue(json(syntax).get("problems").get(0).get("message").asText().startsWith("invalid YAML"),
          syntax.body());
      assertEquals(422, send(server, "PUT", "admin/scorecards", "", TOKEN.value()).statusCode());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void validateChecksWithoutStoring(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    try (AdminServer server = start(store)) {
      HttpResponse<String> good = send(server, "POST", "admin/scorecards/validate", VALID, TOKEN.value());
      HttpResponse<String> bad = send(server, "POST", "admin/scorecards/validate", INVALID, TOKEN.value());

      assertEquals(200, good.statusCode(), good.body());
      assertTrue(json(good).get("valid").asBoolean());
      assertEquals("dashboards", json(good).get("keyFeatures").get(0).asText());
      assertEquals(422, bad.statusCode());
      assertEquals("3 problems in scorecards.yaml; the document is not valid", json(bad).get("message").asText());
      assertTrue(store.scorecards().find(ORG).isEmpty(), "validate stores nothing");
      // curl --data-binary @scorecards.yaml sends a form content type; the body is still the YAML.
      HttpResponse<String> curlish = http.send(HttpRequest.newBuilder(URI.create(server.baseUri()
          + "admin/scorecards/validate")).header("Authorization", "Bearer " + TOKEN.value())
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(VALID, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, curlish.statusCode(), curlish.body());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void scorecardsNeedTheTokenAndAKnownOrg(TestDatabase db) throws Exception {
    Store store = db.store();
    try (AdminServer server = start(store)) {
      assertEquals(401, send(server, "GET", "admin/scorecards", null, null).statusCode());
      assertEquals(401, send(server, "PUT", "admin/scorecards", VALID, "wrong").statusCode());
      assertEquals(401, send(server, "POST", "admin/scorecards/validate", VALID, null).statusCode());
      // No org has synced: the defaults can be read, but there is no org to store a document for.
      assertEquals(200, send(server, "GET", "admin/scorecards", null, TOKEN.value()).statusCode());
      HttpResponse<String> noOrg = send(server, "PUT", "admin/scorecards", VALID, TOKEN.value());
      assertEquals(400, noOrg.statusCode());
      assertEquals("no_org", json(noOrg).get("error").asText());

      AdminFixture.synced(store, ORG, "Account");
      AdminFixture.synced(store, OTHER_ORG, "Account");
      HttpResponse<String> which = send(server, "PUT", "admin/scorecards", VALID, TOKEN.value());
      assertEquals(400, which.statusCode());
      assertEquals("org_required", json(which).get("error").asText());
      assertEquals(404, send(server, "GET", "admin/scorecards?org=00D000000000009EAA", null, TOKEN.value())
          .statusCode());
      assertEquals(200, send(server, "PUT", "admin/scorecards?org=" + OTHER_ORG, VALID, TOKEN.value()).statusCode());
      assertTrue(store.scorecards().find(ORG).isEmpty());
      assertEquals(VALID, store.scorecards().find(OTHER_ORG).orElseThrow().yaml());
      assertEquals(405, send(server, "DELETE", "admin/scorecards", null, TOKEN.value()).statusCode());
    }
  }

  private static AdminServer start(Store store) throws Exception {
    return AdminServer.start(AdminFixture.context(store), TOKEN, AdminServer.DEFAULT_HOST, 0);
  }

  private HttpResponse<String> send(AdminServer server, String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/yaml; charset=UTF-8");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return new ObjectMapper().readTree(response.body());
  }
}
