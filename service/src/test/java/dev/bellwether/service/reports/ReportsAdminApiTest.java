package dev.bellwether.service.reports;

import static dev.bellwether.service.reports.SampleBook.A6;
import static dev.bellwether.service.reports.SampleBook.ORG;
import static dev.bellwether.service.reports.SampleBook.SAM_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.service.admin.AdminFixture;
import dev.bellwether.service.admin.AdminFixture.CliResult;
import dev.bellwether.service.admin.AdminServer;
import dev.bellwether.service.admin.AdminToken;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** {@code GET /admin/metrics} and {@code GET /admin/churn} over real HTTP, on H2 and PostgreSQL. */
class ReportsAdminApiTest {
  private static final AdminToken TOKEN = new AdminToken("reports-test-token", "the test", false);

  @TempDir
  Path workDir;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> get(AdminServer server, String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path))
        .timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return new ObjectMapper().readTree(response.body());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void metricsNeedTheTokenAndAnswerTheClisJson(TestDatabase db) throws Exception {
    ReportsCliTest.sampleStore(db.store(), ORG);
    try (AdminServer server = AdminServer.start(AdminFixture.context(db.store()), TOKEN, "127.0.0.1", 0)) {
      HttpResponse<String> none = get(server, "admin/metrics?period=2025-Q3", null);
      HttpResponse<String> wrong = get(server, "admin/metrics?period=2025-Q3", "not-the-token");
      HttpResponse<String> ok = get(server, "admin/metrics?period=2025-Q3&by=segment&asOf=2025-10-15", TOKEN.value());
      CliResult cli = AdminFixture.cli(db, workDir, Map.of(), "metrics", "--period", "2025-Q3", "--by", "segment",
          "--as-of", "2025-10-15", "--format", "json");

      assertEquals(401, none.statusCode());
      assertEquals("unauthorized", json(none).get("error").asText());
      assertEquals(401, wrong.statusCode());
      assertEquals(200, ok.statusCode(), ok.body());
      assertEquals("application/json", ok.headers().firstValue("Content-Type").orElse(""));
      assertEquals(cli.out().strip(), ok.body(), "one writer for the CLI and the API");
      JsonNode body = json(ok);
      assertEquals("80.95", body.get("book").get("values").get("grr").asText());
      assertEquals("segment", body.get("by").asText());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aBadPeriodIsA400NamingTheFormsExpected(TestDatabase db) throws Exception {
    ReportsCliTest.sampleStore(db.store(), ORG);
    try (AdminServer server = AdminServer.start(AdminFixture.context(db.store()), TOKEN, "127.0.0.1", 0)) {
      HttpResponse<String> bad = get(server, "admin/metrics?period=Q3-2025", TOKEN.value());
      HttpResponse<String> missing = get(server, "admin/metrics", TOKEN.value());
      HttpResponse<String> badDate = get(server, "admin/churn?from=yesterday", TOKEN.value());

      assertEquals(400, bad.statusCode());
      assertEquals("bad_period", json(bad).get("error").asText());
      assertEquals("period: period 'Q3-2025' is not a year (2025), a quarter (2025-Q3) or a month (2025-07)",
          json(bad).get("message").asText());
      assertEquals(400, missing.statusCode());
      assertEquals("bad_period", json(missing).get("error").asText());
      assertEquals(400, badDate.statusCode());
      assertEquals("from: 'yesterday' is not a date such as 2025-10-15", json(badDate).get("message").asText());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void churnNeedsTheTokenAndListsTheMissingReasonsByOwner(TestDatabase db) throws Exception {
    ReportsCliTest.sampleStore(db.store(), ORG);
    try (AdminServer server = AdminServer.start(AdminFixture.context(db.store()), TOKEN, "127.0.0.1", 0)) {
      HttpResponse<String> none = get(server, "admin/churn?from=2025-01-01&to=2025-12-31", null);
      HttpResponse<String> ok = get(server, "admin/churn?from=2025-01-01&to=2025-12-31&asOf=2025-10-15",
          TOKEN.value());
      CliResult cli = AdminFixture.cli(db, workDir, Map.of(), "churn", "--from", "2025-01-01", "--to", "2025-12-31",
          "--as-of", "2025-10-15", "--format", "json");

      assertEquals(401, none.statusCode());
      assertEquals(200, ok.statusCode(), ok.body());
      assertEquals(cli.out().strip(), ok.body());
      JsonNode body = json(ok);
      assertEquals(2, body.get("total").get("count").asInt());
      assertTrue(ok.body().contains("\"shareOfArrPercent\" : 60.00"), ok.body());
      assertEquals(A6, body.get("missingReasons").get("byOwner").get(SAM_NAME).get(0).get("accountId").asText());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anUnknownOrgIs404AndSeveralOrgsNeedOne(TestDatabase db) throws Exception {
    ReportsCliTest.sampleStore(db.store(), ORG);
    SampleBook.write(db.store(), ReportsCliTest.OTHER_ORG);
    try (AdminServer server = AdminServer.start(AdminFixture.context(db.store()), TOKEN, "127.0.0.1", 0)) {
      HttpResponse<String> unknown = get(server, "admin/metrics?period=2025&org=00D000000000009EAA", TOKEN.value());
      HttpResponse<String> several = get(server, "admin/churn", TOKEN.value());
      HttpResponse<String> chosen = get(server, "admin/metrics?period=2025&org=" + ORG, TOKEN.value());

      assertEquals(404, unknown.statusCode());
      assertEquals("unknown_org", json(unknown).get("error").asText());
      assertEquals(400, several.statusCode());
      assertEquals("org_required", json(several).get("error").asText());
      assertEquals(200, chosen.statusCode(), chosen.body());
      assertTrue(json(chosen).get("period").asText().equals("2025"));
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void recordsTheMetricsRefuseAreA422NamingTheRecord(TestDatabase db) throws Exception {
    ReportsCliTest.sampleStore(db.store(), ORG);
    db.store().transactions().inTransaction(tx -> db.store().records().upsert(tx, List.of(new StoredRecord(ORG,
        "Opportunity", "006000000000099AAA", Map.of("AccountId", SampleBook.A1, "ContractId", "800000000000001AAA",
            "Type", "Existing Business", "Amount", new BigDecimal("-500000"), "IsClosed", true, "IsWon", true),
        Instant.parse("2025-10-01T00:00:00Z"), false))));
    try (AdminServer server = AdminServer.start(AdminFixture.context(db.store()), TOKEN, "127.0.0.1", 0)) {
      HttpResponse<String> refused = get(server, "admin/metrics?period=2025-Q3&asOf=2025-10-15", TOKEN.value());

      assertEquals(422, refused.statusCode(), refused.body());
      assertEquals("unusable_records", json(refused).get("error").asText());
      assertTrue(json(refused).get("message").asText().contains("REN-" + SampleBook.A1 + "-2025-09-30"),
          refused.body());
    }
  }
}
