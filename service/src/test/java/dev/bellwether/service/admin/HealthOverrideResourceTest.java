package dev.bellwether.service.admin;

import static dev.bellwether.service.admin.AdminFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.scoring.HealthOverrideRow;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** {@code /admin/health/{account}/override} over real HTTP, on H2 and PostgreSQL. */
class HealthOverrideResourceTest {
  private static final AdminToken TOKEN = new AdminToken("s3cret-admin-token", "the test", false);
  private static final String PATH = "admin/health/001A/override";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anOverrideIsSetReadAndRemovedAndBadOnesAreRefusedNamingTheField(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    store.transactions().inTransaction(tx -> store.records().upsert(tx, List.of(new StoredRecord(ORG, "Account",
        "001A", Map.of("Name", "Acme"), AdminFixture.CLOCK.instant(), false))));
    LocalDate today = LocalDate.ofInstant(AdminFixture.CLOCK.instant(), java.time.ZoneOffset.UTC);
    String body = "{\"band\":\"green\",\"reason\":\"signed a 3-year expansion\",\"author\":\"kim@example.com\","
        + "\"expiresOn\":\"" + today.plusDays(30) + "\"}";
    try (AdminServer server = AdminServer.start(AdminFixture.context(store), TOKEN, AdminServer.DEFAULT_HOST, 0)) {
      assertEquals(401, send(server, "PUT", PATH, body, null).statusCode(), "the token is required");
      assertEquals(404, send(server, "GET", PATH, null, TOKEN.value()).statusCode());

      HttpResponse<String> put = send(server, "PUT", PATH, body, TOKEN.value());
      assertEquals(200, put.statusCode(), put.body());
      assertEquals("Green", json(put).get("band").asText());
      HealthOverrideRow stored = store.scoring().overrides().all(ORG).get("001A");
      assertEquals("signed a 3-year expansion", stored.reason());
      assertEquals(today.plusDays(30), stored.expiresOn());
      assertEquals("kim@example.com", json(send(server, "GET", PATH, null, TOKEN.value())).get("author").asText());

      HttpResponse<String> pastExpiry = send(server, "PUT", PATH, body.replace(today.plusDays(30).toString(),
          today.toString()), TOKEN.value());
      assertEquals(400, pastExpiry.statusCode());
      assertTrue(pastExpiry.body().contains("expiresOn"), pastExpiry.body());
      HttpResponse<String> badBand = send(server, "PUT", PATH, body.replace("green", "purple"), TOKEN.value());
      assertEquals(400, badBand.statusCode());
      assertTrue(badBand.body().contains("band") && badBand.body().contains("purple"), badBand.body());
      HttpResponse<String> noReason = send(server, "PUT", PATH, body.replace("\"reason\":\"signed a 3-year expansion\",",
          ""), TOKEN.value());
      assertEquals(400, noReason.statusCode());
      assertTrue(noReason.body().contains("reason"), noReason.body());
      assertEquals(404, send(server, "PUT", "admin/health/001NOPE/override", body, TOKEN.value()).statusCode());

      assertEquals(200, send(server, "DELETE", PATH, null, TOKEN.value()).statusCode());
      assertTrue(store.scoring().overrides().all(ORG).isEmpty());
      assertEquals(404, send(server, "DELETE", PATH, null, TOKEN.value()).statusCode());
    }
  }

  private HttpResponse<String> send(AdminServer server, String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
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
