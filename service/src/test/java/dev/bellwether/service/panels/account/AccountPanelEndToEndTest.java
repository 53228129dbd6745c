package dev.bellwether.service.panels.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.connector.salesforce.auth.AccessToken;
import dev.bellwether.connector.testing.PasswordGrantTokens;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.service.admin.AdminFixture;
import dev.bellwether.service.admin.AdminServer;
import dev.bellwether.service.admin.AdminToken;
import dev.bellwether.service.canvas.CanvasOrg;
import dev.bellwether.service.canvas.CanvasSettings;
import dev.bellwether.service.canvas.TestEnvelopes;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.service.panels.PanelEndpoints;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The Account panel over real HTTP: devorg's Account page signs a request for the service's canvas
 * URL, the browser's POST of it is replayed to the service, which answers with the panel page, its
 * CSP and a session link; forged, stale and unknown-org requests get a bare 401 and a log line.
 */
class AccountPanelEndToEndTest {
  private static final String SECRET = "bw-panel-consumer-secret";
  private static final String CRM_NAME = "<script>alert(1)</script>\" onmouseover=\"alert(2)";
  private static final Pattern SIGNED = Pattern.compile("name=\"signed_request\" value=\"([^\"]+)\"");
  private static final Pattern ACTION = Pattern.compile("class=\"canvas-form\" method=\"POST\" action=\"([^\"]+)\"");
  private static final Pattern REFRESH = Pattern.compile("class=\"bw-link\" href=\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static TestDevOrg devorg;
  private static AccessToken crm;
  private static String accountId;

  @BeforeAll
  static void startDevorg() throws Exception {
    devorg = TestDevOrg.start();
    crm = new PasswordGrantTokens(devorg.url()).fetch();
    HttpResponse<String> created = send(HttpRequest.newBuilder(devorg.url().resolve("/services/data/v64.0/sobjects/Account"))
        .header("Authorization", "Bearer " + crm.value()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().createObjectNode().put("Name", CRM_NAME)
            .toString())));
    assertEquals(201, created.statusCode(), created.body());
    accountId = new ObjectMapper().readTree(created.body()).get("id").asText();
  }

  @AfterAll
  static void stopDevorg() {
    devorg.close();
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void devorgsSignedRequestOpensThePanelWithTheStoredAccountInert(TestDatabase db) throws Exception {
    seedAccount(db.store());
    try (AdminServer server = start(db.store())) {
      URI canvasUrl = server.baseUri().resolve("canvas/account");
      registerCanvasApp(canvasUrl);
      String accountPage = send(HttpRequest.newBuilder(devorg.url().resolve("/lightning/r/Account/" + accountId
          + "/view?sid=" + enc(crm.value()))).GET()).body();
      assertEquals(canvasUrl.toString(), unescape(match(ACTION, accountPage)));
      String signedRequest = unescape(match(SIGNED, accountPage));

      HttpResponse<String> panel = post(canvasUrl, signedRequest);

      assertEquals(200, panel.statusCode(), panel.body());
      assertEquals("text/html;charset=utf-8", panel.headers().firstValue("Content-Type").orElse("")
          .replace(" ", "").toLowerCase(java.util.Locale.ROOT));
      String origin = "http://127.0.0.1:" + devorg.url().getPort();
      assertEquals("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none';"
          + " frame-ancestors " + origin, panel.headers().firstValue("Content-Security-Policy").orElse(""));
      assertEquals("no-referrer", panel.headers().firstValue("Referrer-Policy").orElse(""));
      String html = panel.body();
      assertTrue(html.contains("data-field=\"account-name\">&lt;script&gt;alert(1)&lt;/script&gt;&quot;"
          + " onmouseover=&quot;alert(2)</h1>"), html);
      assertFalse(html.contains("<script"), "no script element at all: " + html);
      assertFalse(html.contains("\" onmouseover"), html);
      assertTrue(html.contains("<html lang=\"en\">"), html);
      assertTrue(html.contains("Annual revenue"), html);
      assertTrue(html.contains(">$1,234,568<") || html.contains(">$1,234,567.50<"), html);

      String refresh = unescape(match(REFRESH, html));
      HttpResponse<String> again = send(HttpRequest.newBuilder(server.baseUri().resolve(refresh)).GET());
      assertEquals(200, again.statusCode(), again.body());
      assertTrue(again.body().contains("&lt;script&gt;alert(1)"), again.body());
      String otherRecord = refresh.replace("record=" + accountId, "record=001000000000999AAA");
      assertEquals(401, send(HttpRequest.newBuilder(server.baseUri().resolve(otherRecord)).GET()).statusCode());

      HttpResponse<String> css = send(HttpRequest.newBuilder(server.baseUri().resolve(AccountPage.CSS)).GET());
      assertEquals(200, css.statusCode());
      assertTrue(css.body().contains(".slds-card"), css.body());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void koreanUserGetsKoreanTextsAndWon(TestDatabase db) throws Exception {
    seedAccount(db.store());
    try (AdminServer server = start(db.store())) {
      ObjectNode env = TestEnvelopes.account(crm.orgId(), accountId, "ko", "ko_KR", Instant.now(),
          devorg.url().toString());
      HttpResponse<String> panel = post(server.baseUri().resolve("canvas/account"), TestEnvelopes.sign(env, SECRET));
      assertEquals(200, panel.statusCode(), panel.body());
      assertTrue(panel.body().contains("<html lang=\"ko\">"), panel.body());
      assertTrue(panel.body().contains("연간 매출"), panel.body());
      assertTrue(panel.body().contains(">₩1,234,568<"), panel.body());
      assertTrue(panel.body().contains("Kim Minji(으)로 보는 중"), panel.body());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void forgedStaleAndUnknownOrgRequestsGetABare401AndALogLineWithoutSecrets(TestDatabase db) throws Exception {
    seedAccount(db.store());
    String url = devorg.url().toString();
    String good = TestEnvelopes.sign(TestEnvelopes.account(crm.orgId(), accountId, "en_US", "en_US", Instant.now(),
        url), SECRET);
    String envelope = good.substring(good.indexOf('.') + 1);
    Map<String, String> cases = Map.of(
        "BAD_SIGNATURE", "AAAA" + good.substring(4),
        "EXPIRED", TestEnvelopes.sign(TestEnvelopes.account(crm.orgId(), accountId, "en_US", "en_US",
            Instant.now().minusSeconds(3600), url), SECRET),
        "UNKNOWN_ORG", TestEnvelopes.sign(TestEnvelopes.account("00D000000000777EAA", accountId, "en_US", "en_US",
            Instant.now(), url), SECRET),
        "MALFORMED", "garbage");
    try (AdminServer server = start(db.store())) {
      for (Map.Entry<String, String> c : cases.entrySet()) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        HttpResponse<String> r;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
          r = post(server.baseUri().resolve("canvas/account"), c.getValue());
        } finally {
          System.setErr(err);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertEquals(401, r.statusCode(), c.getKey());
        assertEquals("", r.body(), c.getKey() + ": no page");
        assertTrue(logged.contains("Canvas signed request refused") && logged.contains(c.getKey()),
            c.getKey() + ": " + logged);
        assertFalse(logged.contains(SECRET) || logged.contains(envelope.substring(0, 24)), logged);
      }
      assertEquals(401, post(server.baseUri().resolve("canvas/account"), null).statusCode());
      for (String sneak : List.of("canvas/../admin/sync/status", "canvas/%2e%2e/admin/sync/status")) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUri() + sneak)).GET());
        assertTrue(r.statusCode() == 401 || r.statusCode() == 404, sneak + " reached the admin API: " + r.statusCode());
      }
    }
  }

  private static AdminServer start(Store store) throws Exception {
    CanvasSettings settings = CanvasSettings.of(List.of(new CanvasOrg(crm.orgId(), SecretRef.parse("env:CANVAS_SECRET"),
        List.of())));
    PanelEndpoints panels = PanelEndpoints.create(settings, Map.of("CANVAS_SECRET", SECRET), store,
        Clock.systemUTC());
    return AdminServer.start(AdminFixture.context(store), new AdminToken("t", "the test", false),
        AdminServer.DEFAULT_HOST, 0, Optional.of(panels));
  }

  private static void seedAccount(Store store) throws Exception {
    StoredRecord account = new StoredRecord(crm.orgId(), "Account", accountId,
        Map.of("Name", CRM_NAME, "AnnualRevenue", new BigDecimal("1234567.5")), Instant.parse("2026-03-01T20:00:00Z"),
        false);
    store.transactions().inTransaction(tx -> store.records().upsert(tx, List.of(account)));
  }

  private static void registerCanvasApp(URI canvasUrl) throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(devorg.url().resolve("/devorg/admin/canvas-apps"))
        .header("Authorization", "Bearer " + crm.value()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bellwether Panel\",\"clientId\":\"bw-panel\","
            + "\"clientSecret\":\"" + SECRET + "\",\"canvasUrl\":\"" + canvasUrl + "\"}")));
    assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
  }

  /** What the devorg page's auto-submitting form sends: application/x-www-form-urlencoded. */
  private static HttpResponse<String> post(URI url, String signedRequest) throws Exception {
    String body = signedRequest == null ? "" : "signed_request=" + enc(signedRequest);
    return send(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String match(Pattern p, String html) {
    Matcher m = p.matcher(html);
    assertTrue(m.find(), p + " in " + html);
    return m.group(1);
  }

  private static String unescape(String attribute) {
    return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
