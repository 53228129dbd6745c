package dev.bellwether.service.panels.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.service.admin.AdminFixture;
import dev.bellwether.service.admin.AdminServer;
import dev.bellwether.service.admin.AdminToken;
import dev.bellwether.service.canvas.CanvasOrg;
import dev.bellwether.service.canvas.CanvasSettings;
import dev.bellwether.service.canvas.TestEnvelopes;
import dev.bellwether.service.panels.PanelEndpoints;
import dev.bellwether.store.Store;
import dev.bellwether.store.signals.SurveyType;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The Account panel's content over real HTTP from a real store (H2 and PostgreSQL): a data builder
 * writes an account's snapshots, override, churn risk, renewals, cases, answers and usage, and the
 * rendered page must hold the hand-computed numbers in en and ko, inert CRM text and stay under
 * 100 KB. Today is 2026-03-15 in Seoul; the QBR quarter is Q4 2025.
 */
class AccountPanelContentTest {
  private static final String SECRET = "bw-panel-content-secret";
  private static final String ORG = TestEnvelopes.ORG;
  private static final String ACCOUNT = TestEnvelopes.ACCOUNT;
  private static final String OTHER = "001000000000002AAA";
  private static final Instant NOW = Instant.parse("2026-03-15T03:00:00Z");
  private static final String XSS = "<img src=x onerror=alert(1)>";
  private static final String CRM_URL = "https://acme.my.salesforce.com";
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void panelShowsTheStoredHealthRenewalRiskSentimentCasesAndUsageInEnglish(TestDatabase db) throws Exception {
    fullAccount().writeTo(db.store());
    try (AdminServer server = start(db.store())) {
      HttpResponse<String> r = open(server, "en_US", "en_US");
      assertEquals(200, r.statusCode(), r.body());
      String html = r.body();

      assertEquals("82.5", text(html, "span", "health-score"));
      assertEquals("Green", text(html, "span", "health-band"));
      assertEquals("score from 9 of 13 measures", text(html, "span", "health-coverage"));
      assertEquals("+2.5 in 30 days", text(html, "span", "health-trend"));
      assertTrue(html.contains("Band set to Green by Lee Jiwoo until Apr 30, 2026"), html);
      assertTrue(html.contains("Reason: &lt;img src=x onerror=alert(1)&gt;"), html);
      // The sparkline: Apr 2025 … Mar 2026 at 240×48, first point 60 → y 19.8, Dec–Feb 80 → y 11.4.
      assertTrue(html.contains("<polyline class=\"bw-spark-line\" fill=\"none\" stroke=\"#0b5cab\" stroke-width=\"2\""
          + " points=\"3,19.8 24.3,19.8 45.5,15.6 "), html);
      assertTrue(html.contains(" 173.2,11.4 194.5,11.4 215.7,11.4 237,10.3\"/>")
          || html.contains(" 173.2,11.4 194.5,11.4 215.7,11.4 237,10.4\"/>"), html);
      assertTrue(row(html, "usage").contains("<td class=\"bw-raw\">84%</td><td class=\"bw-weight\">20</td>"
          + "<td class=\"bw-mscore\">92.5</td>"), row(html, "usage"));
      assertTrue(row(html, "nps").contains(">No data<"), row(html, "nps"));
      assertTrue(row(html, "aged_cases").contains(">2 cases<"), row(html, "aged_cases"));
      assertTrue(html.contains("Usage vs expected: 70% → 84% (+3.1 points)"), html);

      assertEquals("May 14, 2026 <span class=\"bw-meta\" id=\"renewal-days\">in 60 days</span>",
          text(html, "dd", "renewal-date"));
      assertEquals("₩120,000", text(html, "dd", "renewal-arr"));
      assertEquals("Best case", text(html, "dd", "renewal-forecast"));
      assertEquals("72%", text(html, "dd", "renewal-likelihood"));
      assertEquals("Medium", text(html, "dd", "renewal-risk"));

      assertEquals("23.7%", text(html, "span", "churn-risk"));
      assertTrue(html.contains("<li>Aged cases (50) raises the risk</li>"), html);
      assertTrue(html.contains("<li>Usage vs expected (92.5) lowers the risk</li>"), html);

      // NPS of the last 180 days: 10, 9, 6 → 2 promoters, 1 detractor of 3 = 33.3; CSAT 5, 3 → 50%.
      assertEquals("33.3 from 3 answers", text(html, "dd", "nps"));
      assertEquals("50% satisfied from 2 answers", text(html, "dd", "csat"));
      assertEquals("2 open, 1 aged (open over 14 days)", text(html, "p", "cases-summary"));
      assertTrue(html.contains("<tr class=\"bw-case bw-case--aged\"><td>00001001</td><td class=\"bw-case__subject\">"
          + "&lt;/td&gt;&lt;script&gt;alert(3)&lt;/script&gt;</td><td>High</td><td>42 days</td></tr>"), html);
      assertFalse(html.contains("00009999"), "another account's case must not show");

      assertTrue(html.contains("<rect class=\"bw-bar\""), html);
      assertTrue(html.contains("<title>Feb: 500</title>"), html);
      assertTrue(html.contains("last month +25% vs the month before"), html);

      assertFalse(html.contains("<script"), html);
      assertFalse(html.contains("<img"), html);
      assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 100 * 1024, "page weight " + html.length());
      assertFalse(html.contains("http://") || html.contains("https://"), "no external reference");
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void koreanUserReadsTheSameNumbersInKoreanFormats(TestDatabase db) throws Exception {
    fullAccount().writeTo(db.store());
    try (AdminServer server = start(db.store())) {
      String html = open(server, "ko", "ko_KR").body();
      assertTrue(html.contains("<html lang=\"ko\">"), html);
      assertEquals("초록", text(html, "span", "health-band"));
      assertEquals("13개 지표 중 9개로 산출", text(html, "span", "health-coverage"));
      assertEquals("2026. 5. 14. <span class=\"bw-meta\" id=\"renewal-days\">60일 남음</span>",
          text(html, "dd", "renewal-date"));
      assertEquals("₩120,000", text(html, "dd", "renewal-arr"));
      assertEquals("최선", text(html, "dd", "renewal-forecast"));
      assertEquals("33.3 (응답 3건)", text(html, "dd", "nps"));
      assertEquals("열림 2건, 장기 미해결 1건(14일 초과)", text(html, "p", "cases-summary"));
      assertTrue(html.contains("<title>2월: 500</title>"), html);
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void qbrSummaryReviewsTheLastQuarterPrintably(TestDatabase db) throws Exception {
    fullAccount().writeTo(db.store());
    try (AdminServer server = start(db.store())) {
      String panel = open(server, "en_US", "en_US").body();
      Matcher link = Pattern.compile("id=\"qbr-link\" href=\"([^\"]+)\"").matcher(panel);
      assertTrue(link.find(), panel);
      HttpResponse<String> r = send(HttpRequest.newBuilder(server.baseUri().resolve(link.group(1).replace("&amp;",
          "&"))).GET());
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
      String html = r.body();
      assertEquals("Q4 2025 (Oct 1, 2025 – Dec 31, 2025)", text(html, "p", "qbr-period"));
      // Q4 events 100 + 200 + 300 (+ a rollup of 0) against Q3's 200: +200%.
      assertEquals("600", text(html, "dd", "qbr-events"));
      assertEquals("+200%", text(html, "dd", "qbr-events-change"));
      assertEquals("3", text(html, "dd", "qbr-features"));
      assertEquals("9 of 10 licensed seats", text(html, "dd", "qbr-active-users"));
      // Two cases opened in Q4, High priority (72 h): one closed in 24 h, one in 19 days.
      assertEquals("2", text(html, "dd", "qbr-cases"));
      assertEquals("50% (1 of 2)", text(html, "dd", "qbr-sla"));
      // Q4 answers: NPS 9 and 6 → 0; CSAT 3 → 0%.
      assertEquals("0 from 2 answers", text(html, "dd", "qbr-nps"));
      assertEquals("0% satisfied from 1 answer", text(html, "dd", "qbr-csat"));
      assertEquals("₩120,000", text(html, "dd", "qbr-renewal-arr"));
      assertTrue(html.contains("<li>Expansion: 90% of licensed seats are active</li>"), html);
      assertTrue(html.contains("<li>Expansion: usage grew by 25% or more over the quarter before</li>"), html);
      assertTrue(html.contains("class=\"slds-card__footer bw-noprint\""), html);
      assertFalse(html.contains("<script"), html);
      String css = send(HttpRequest.newBuilder(server.baseUri().resolve(AccountPage.CSS)).GET()).body();
      assertTrue(css.contains("@media print") && css.contains(".bw-noprint { display: none; }"), css);

      String ko = open(server, "ko", "ko_KR").body();
      Matcher koLink = Pattern.compile("id=\"qbr-link\" href=\"([^\"]+)\"").matcher(ko);
      assertTrue(koLink.find(), ko);
      String koQbr = send(HttpRequest.newBuilder(server.baseUri().resolve(koLink.group(1).replace("&amp;", "&")))
          .GET()).body();
      assertEquals("2025년 4분기 (2025. 10. 1. – 2025. 12. 31.)", text(koQbr, "p", "qbr-period"));
      assertEquals("50% (2건 중 1건)", text(koQbr, "dd", "qbr-sla"));
      String forged = link.group(1).replace("&amp;", "&").replace("record=" + ACCOUNT, "record=" + OTHER);
      assertEquals(401, send(HttpRequest.newBuilder(server.baseUri().resolve(forged)).GET()).statusCode());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void accountWithoutDataShowsNoScoreYetAndAChurnedOneSaysSo(TestDatabase db) throws Exception {
    new AccountDataBuilder(ORG, ACCOUNT).field("Name", "Quiet Co").field("CS_Lifecycle_Stage__c", "Churned")
        .writeTo(db.store());
    try (AdminServer server = start(db.store())) {
      String en = open(server, "en_US", "en_US").body();
      assertTrue(en.contains("id=\"no-score\">No health score yet"), en);
      assertFalse(en.contains("id=\"health-score\""), en);
      assertTrue(en.contains("id=\"churned\">This account has churned"), en);
      assertTrue(en.contains("No renewal scheduled."), en);
      assertTrue(en.contains("id=\"no-usage\""), en);
      assertEquals("0 open, 0 aged (open over 14 days)", text(en, "p", "cases-summary"));
      String ko = open(server, "ko", "ko_KR").body();
      assertTrue(ko.contains("id=\"no-score\">아직 건강도 점수가 없습니다"), ko);
      assertTrue(ko.contains("id=\"churned\">이탈한 거래처입니다"), ko);
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void managerTabGetsTheManagerViewsPage(TestDatabase db) throws Exception {
    try (AdminServer server = start(db.store())) {
      for (String lang : List.of("en_US", "ko")) {
        ObjectNode env = TestEnvelopes.account(ORG, ACCOUNT, lang, lang, NOW, CRM_URL);
        ObjectNode environment = (ObjectNode) env.path("context").path("environment");
        environment.remove("record");
        environment.put("displayLocation", "Navigation").putObject("parameters").put("view", "manager");
        HttpResponse<String> r = post(server, TestEnvelopes.sign(env, SECRET));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("id=\"manager-views\""), r.body());
        assertTrue(r.body().contains(lang.equals("ko") ? "관리자 보기" : "Bellwether manager views"), r.body());
      }
    }
  }

  /** The account of most tests, with a second account's records beside it that must never show. */
  private static AccountDataBuilder fullAccount() {
    return new AccountDataBuilder(ORG, ACCOUNT)
        .field("Name", "Acme \"Korea\" <b>Ltd</b>").field("AnnualRevenue", new BigDecimal("5000000"))
        .field("CS_ARR__c", new BigDecimal("120000")).field("CS_Lifecycle_Stage__c", "Renewal")
        .snapshot("2025-04-10", 60, "Yellow", 8, 13, null)
        .snapshot("2025-06-30", 70, "Yellow", 8, 13, 10.0)
        .snapshot("2025-12-01", 80, "Green", 9, 13, 10.0)
        .snapshot("2026-03-10", 82.5, "Yellow", 9, 13, 2.5)
        .override("Green", XSS, "Lee Jiwoo", "2026-04-30")
        .churnRisk(0.237, "[{\"feature\":\"aged_cases\",\"value\":50.0,\"logOdds\":0.4,\"direction\":\"RAISES\"},"
            + "{\"feature\":\"usage\",\"value\":92.5,\"logOdds\":-0.8,\"direction\":\"LOWERS\"}]")
        .renewal(ACCOUNT, "2026-05-14", "120000", "Best case", 72, "Medium", "Upcoming")
        .renewal(ACCOUNT, "2025-05-14", "100000", "Commit", 90, "Low", "Renewed")
        .renewal(OTHER, "2026-04-01", "999999", "Omitted", 5, "High", "Upcoming")
        .caseOf(ACCOUNT, "00001001", "</td><script>alert(3)</script>", "High", "2026-02-01T09:00:00.000+0000", null)
        .caseOf(ACCOUNT, "00001002", "Login slow", "Low", "2026-03-14T01:00:00.000+0000", null)
        .caseOf(ACCOUNT, "00001003", "Export", "High", "2025-11-03T00:00:00.000+0000", "2025-11-04T00:00:00.000+0000")
        .caseOf(ACCOUNT, "00001004", "Import", "High", "2025-12-01T00:00:00.000+0000", "2025-12-20T00:00:00.000+0000")
        .caseOf(OTHER, "00009999", "Not ours", "High", "2026-01-01T00:00:00.000+0000", null)
        .answer(SurveyType.NPS, 10, "2026-03-01T00:00:00Z", XSS)
        .answer(SurveyType.NPS, 9, "2025-12-10T00:00:00Z", null)
        .answer(SurveyType.NPS, 6, "2025-11-20T00:00:00Z", null)
        .answer(SurveyType.CSAT, 5, "2026-02-02T00:00:00Z", null)
        .answer(SurveyType.CSAT, 3, "2025-10-15T00:00:00Z", null)
        .events("2025-08-10", "feature_a", "u1", 200)
        .events("2025-10-10", "feature_a", "u1", 100)
        .events("2025-11-10", "feature_b", "u2", 200)
        .events("2025-12-10", "feature_a", "u1", 300)
        .weekly("2025-12-01", "feature_c", 0, 9, 10)
        .events("2026-01-10", "feature_a", "u1", 400)
        .events("2026-02-10", "feature_a", "u1", 500)
        .events("2026-03-10", "feature_a", "u1", 50);
  }

  private static AdminServer start(Store store) throws Exception {
    CanvasSettings settings = CanvasSettings.of(List.of(new CanvasOrg(ORG, SecretRef.parse("env:CANVAS_SECRET"),
        List.of())));
    PanelEndpoints panels = PanelEndpoints.create(settings, Map.of("CANVAS_SECRET", SECRET), store,
        Clock.fixed(NOW, ZoneOffset.UTC));
    return AdminServer.start(AdminFixture.context(store), new AdminToken("t", "the test", false),
        AdminServer.DEFAULT_HOST, 0, Optional.of(panels));
  }

  private static HttpResponse<String> open(AdminServer server, String language, String locale) throws Exception {
    return post(server, TestEnvelopes.sign(TestEnvelopes.account(ORG, ACCOUNT, language, locale, NOW, CRM_URL),
        SECRET));
  }

  private static HttpResponse<String> post(AdminServer server, String signedRequest) throws Exception {
    return send(HttpRequest.newBuilder(server.baseUri().resolve("canvas/account"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("signed_request="
            + URLEncoder.encode(signedRequest, StandardCharsets.UTF_8))));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The content of the element with this tag and id (no nested element of the same tag). */
  static String text(String html, String tag, String id) {
    Matcher m = Pattern.compile("<" + tag + "[^>]* id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</" + tag + ">",
        Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), "<" + tag + " id=" + id + "> in " + html);
    return m.group(1).strip();
  }

  /** The measure table's row of a measure key. */
  private static String row(String html, String measure) {
    Matcher m = Pattern.compile("<tr [^>]*data-measure=\"" + measure + "\">(.*?)</tr>").matcher(html);
    assertTrue(m.find(), measure + " row in " + html);
    return m.group(1);
  }
}
