package dev.bellwether.service.admin;

import static dev.bellwether.service.admin.AdminFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** {@code POST /admin/ingest/{kind}} over real HTTP, on H2 and PostgreSQL. */
class IngestResourceTest {
  private static final AdminToken TOKEN = new AdminToken("ingest-test-token", "the test", false);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String USAGE = "{\"event_id\":\"e1\",\"account_id\":\"A\",\"feature\":\"reports\","
      + "\"occurred_at\":\"2024-03-05T10:00:00Z\"}\n"
      + "{\"event_id\":\"e2\",\"account_id\":\"A\",\"feature\":\"reports\",\"occurred_at\":\"soon\"}\n"
      + "{\"event_id\":\"e3\",\"account_id\":\"B\",\"feature\":\"exports\",\"occurred_on\":\"2024-03-06\"}\n";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void ingestNeedsTheBearerTokenAndStoresNothingWithout(TestDatabase db) throws Exception {
    try (AdminServer server = start(db.store())) {
      HttpResponse<String> none = post(server, "admin/ingest/usage?org=" + ORG, "application/x-ndjson", null,
          text(USAGE));
      HttpResponse<String> wrong = post(server, "admin/ingest/usage?org=" + ORG, "application/x-ndjson", "nope",
          text(USAGE));

      assertEquals(401, none.statusCode());
      assertEquals("unauthorized", MAPPER.readTree(none.body()).get("error").asText());
      assertEquals(401, wrong.statusCode());
      assertEquals("invalid_token", MAPPER.readTree(wrong.body()).get("error").asText());
      assertEquals(0, rows(db.store(), "signal_usage"));
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void eachContentTypeIsIngestedAndTheAnswerListsTheRejects(TestDatabase db) throws Exception {
    try (AdminServer server = start(db.store())) {
      HttpResponse<String> usage = post(server, "admin/ingest/usage?org=" + ORG, "application/x-ndjson",
          TOKEN.value(), text(USAGE));
      HttpResponse<String> surveys = post(server, "admin/ingest/surveys?org=" + ORG, "text/csv; charset=utf-8",
          TOKEN.value(), text("account_id,contact_id,survey,score,answered_at,comment\n"
              + "A,003A,NPS,10,2024-03-01T10:00:00Z,\"Love it, really\"\n"));
      HttpResponse<String> invoices = post(server, "admin/ingest/invoices?org=" + ORG, "application/json",
          TOKEN.value(), text("[{\"invoice_number\":\"I1\",\"account_id\":\"A\",\"issued_on\":\"2024-01-01\","
              + "\"due_on\":\"2024-01-31\",\"amount\":99.5,\"currency\":\"usd\",\"paid_on\":null}]"));

      assertEquals(200, usage.statusCode(), usage.body());
      JsonNode answer = MAPPER.readTree(usage.body());
      assertEquals("usage", answer.get("kind").asText());
      assertEquals(ORG, answer.get("org").asText());
      assertEquals("ndjson", answer.get("format").asText());
      assertEquals(3, answer.get("read").asLong());
      assertEquals(2, answer.get("accepted").asLong());
      assertEquals(1, answer.get("rejected").asLong());
      assertEquals(0, answer.get("moreRejects").asLong());
      JsonNode reject = answer.get("rejects").get(0);
      assertEquals(2, reject.get("line").asLong());
      assertEquals("occurred_at", reject.get("field").asText());
      assertEquals("'soon' is not an instant such as 2024-03-01T10:15:30Z", reject.get("reason").asText());
      assertTrue(reject.get("raw").asText().contains("\"event_id\":\"e2\""), reject.toString());
      assertEquals(1, MAPPER.readTree(surveys.body()).get("accepted").asLong(), surveys.body());
      assertEquals(1, MAPPER.readTree(invoices.body()).get("accepted").asLong(), invoices.body());
      assertEquals(2, rows(db.store(), "signal_usage"));
      assertEquals(1, rows(db.store(), "signal_survey"));
      assertEquals(1, rows(db.store(), "signal_invoice"));
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aLongBodyIsStreamedThroughInBatches(TestDatabase db) throws Exception {
    int lines = 20_000;
    try (AdminServer server = start(db.store())) {
      // Generated as it is sent: the request body never exists whole on either side.
      InputStream body = new SequenceInputStream(new Enumeration<>() {
        private int next;

        @Override
        public boolean hasMoreElements() {
          return next < lines;
        }

        @Override
        public InputStream nextElement() {
          if (next >= lines) {
            throw new NoSuchElementException();
          }
          int i = next++;
          return text("{\"event_id\":\"e" + i + "\",\"account_id\":\"A" + (i % 50) + "\",\"feature\":\"f" + (i % 7)
              + "\",\"occurred_at\":\"2024-03-05T10:00:00Z\"}\n").get();
        }
      });

      HttpResponse<String> answer = post(server, "admin/ingest/usage?org=" + ORG, "application/x-ndjson",
          TOKEN.value(), () -> body);

      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(lines, MAPPER.readTree(answer.body()).get("accepted").asLong());
      assertEquals(lines, rows(db.store(), "signal_usage"));
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void unknownKindsTypesAndOrgsAreRefusedWithJsonErrors(TestDatabase db) throws Exception {
    try (AdminServer server = start(db.store())) {
      HttpResponse<String> kind = post(server, "admin/ingest/tickets?org=" + ORG, "text/csv", TOKEN.value(),
          text("a\n1\n"));
      HttpResponse<String> type = post(server, "admin/ingest/usage?org=" + ORG, "application/xml", TOKEN.value(),
          text("<x/>"));
      HttpResponse<String> noOrg = post(server, "admin/ingest/usage", "application/x-ndjson", TOKEN.value(),
          text(USAGE));
      AdminFixture.synced(db.store(), ORG, "Account");
      HttpResponse<String> onlyOrg = post(server, "admin/ingest/usage", "application/x-ndjson", TOKEN.value(),
          text(USAGE));

      assertEquals(404, kind.statusCode());
      assertEquals("unknown_kind", MAPPER.readTree(kind.body()).get("error").asText());
      assertEquals("no signal 'tickets' to ingest (known: usage, surveys, invoices)",
          MAPPER.readTree(kind.body()).get("message").asText());
      assertEquals(415, type.statusCode());
      assertEquals("unsupported_media_type", MAPPER.readTree(type.body()).get("error").asText());
      assertEquals(400, noOrg.statusCode());
      assertEquals("org_required", MAPPER.readTree(noOrg.body()).get("error").asText());
      assertTrue(MAPPER.readTree(noOrg.body()).get("message").asText().endsWith("with org=ID"), noOrg.body());
      assertEquals(200, onlyOrg.statusCode(), onlyOrg.body());
      assertEquals(ORG, MAPPER.readTree(onlyOrg.body()).get("org").asText());
    }
  }

  private static AdminServer start(Store store) throws Exception {
    return AdminServer.start(AdminFixture.context(store), TOKEN, AdminServer.DEFAULT_HOST, 0);
  }

  private HttpResponse<String> post(AdminServer server, String path, String contentType, String token,
      java.util.function.Supplier<InputStream> body) throws IOException, InterruptedException {
    BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(body);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType).POST(publisher);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static java.util.function.Supplier<InputStream> text(String body) {
    return () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }

  private static long rows(Store store, String table) throws Exception {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE org_id = ?")) {
      ps.setString(1, ORG);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
