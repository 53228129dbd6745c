package dev.bellwether.devorg.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.store.Ids;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Lightning-like pages and the browser session around them, over real HTTP. */
class RecordPageTest {
  private static DevOrg devorg;
  private static PageClient client;
  private static TestRecords records;
  private static String token;
  private static String acmeId;
  private static String emptyId;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    client = new PageClient(devorg.url());
    records = new TestRecords(devorg.org());
    token = records.token();
    acmeId = records.create("Account", "Name", "Acme Corp", "Type", "Customer - Direct",
        "Industry", "Technology", "Phone", "(415) 555-0100", "Website", "www.acme.example",
        "AnnualRevenue", new BigDecimal("1250000"), "NumberOfEmployees", 1200);
    emptyId = records.create("Account", "Name", "Quiet Ltd");
    records.create("Contact", "FirstName", "Ada", "LastName", "Lovelace", "AccountId", acmeId, "Title", "CTO");
    records.create("Contact", "LastName", "Hopper", "AccountId", acmeId);
    records.create("Opportunity", "Name", "Acme Renewal 2026", "AccountId", acmeId,
        "StageName", "Negotiation/Review", "CloseDate", LocalDate.of(2026, 3, 31), "Amount", new BigDecimal("98000"));
    for (int i = 1; i <= 3; i++) {
      records.create("Case", "Subject", "Login issue " + i, "AccountId", acmeId);
    }
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  private static HttpResponse<String> page(String path) throws Exception {
    return client.get(path + (path.contains("?") ? "&" : "?") + "sid=" + PageClient.enc(token));
  }

  @Test
  void accountPageShowsNameHighlightsAndFormattedDetails() throws Exception {
    HttpResponse<String> r = page("/lightning/r/Account/" + acmeId + "/view");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String html = r.body();
    assertTrue(html.contains("<title>Acme Corp | Account | Salesforce</title>"));
    assertTrue(html.contains("<h1 class=\"record-name\">Acme Corp</h1>"));
    assertTrue(html.contains("<div class=\"field\" data-field=\"Industry\"><div class=\"label\">Industry</div>"
        + "<div class=\"value\">Technology</div></div>"));
    assertTrue(html.contains("$1,250,000.00"), "currency as en_US shows it");
    assertTrue(html.contains(">1,200<"), "employees with grouping");
    assertTrue(html.contains("<div class=\"label\">Account Owner</div><div class=\"value\"><a href=\"/lightning/r/User/"
        + devorg.org().adminUserId() + "/view\">Avery Admin</a>"));
    assertTrue(html.contains("href=\"http://www.acme.example\""), "website becomes a link");
    assertTrue(html.contains("Account Information") && html.contains("System Information"));
  }

  @Test
  void relatedListsCountContactsOpportunitiesAndCasesInThatOrder() throws Exception {
    String html = page("/lightning/r/Account/" + acmeId + "/view").body();
    int contacts = html.indexOf("data-related=\"Contact\" data-lookup=\"AccountId\" data-count=\"2\"");
    int opportunities = html.indexOf("data-related=\"Opportunity\" data-lookup=\"AccountId\" data-count=\"1\"");
    int cases = html.indexOf("data-related=\"Case\" data-lookup=\"AccountId\" data-count=\"3\"");
    assertTrue(contacts > 0 && opportunities > contacts && cases > opportunities, "Contacts, Opportunities, Cases");
    assertTrue(html.contains("<h2>Contacts <span class=\"count\">(2)</span></h2>"));
    assertTrue(html.contains("<h2>Cases <span class=\"count\">(3)</span></h2>"));
    assertTrue(html.contains(">Ada Lovelace</a>") && html.contains("<dd>CTO</dd>"));
    assertTrue(html.contains("<dd>Negotiation/Review</dd>") && html.contains("<dd>$98,000.00</dd>")
        && html.contains("<dd>3/31/2026</dd>"));
  }

  @Test
  void accountWithoutChildrenShowsEmptyRelatedLists() throws Exception {
    String html = page("/lightning/r/Account/" + emptyId + "/view").body();
    assertTrue(html.contains("<h2>Contacts <span class=\"count\">(0)</span></h2></header><p class=\"empty\">No contacts yet.</p>"));
    assertFalse(html.contains("data-related=\"Account\""), "no self-lookup list (Parent Account)");
  }

  @Test
  void everyValueIsHtmlEscaped() throws Exception {
    String id = records.create("Account", "Name", "<script>alert('x')</script> & \"Co\"",
        "Description", "line one\n<b>line two</b>");
    String html = page("/lightning/r/Account/" + id + "/view").body();
    assertFalse(html.contains("<script>alert"), "no script injected");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"));
    assertTrue(html.contains("line one<br>&lt;b&gt;line two&lt;/b&gt;"));
  }

  @Test
  void unknownDeletedOrMistypedRecordIsA404HtmlPage() throws Exception {
    String deleted = records.create("Account", "Name", "Gone Inc");
    records.delete(deleted);
    for (String path : new String[] {
        "/lightning/r/Account/" + deleted + "/view",
        "/lightning/r/Account/" + Ids.of("001", 999_999) + "/view",
        "/lightning/r/Account/not-an-id/view",
        "/lightning/r/Contact/" + acmeId + "/view",
        "/lightning/r/NoSuchObject/" + acmeId + "/view"}) {
      HttpResponse<String> r = page(path);
      assertEquals(404, r.statusCode(), path);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
      assertTrue(r.body().contains("<h1>Record not found</h1>"), path);
      assertFalse(r.body().contains("Exception"), path);
    }
  }

  @Test
  void recordUrlWithoutObjectNameWorksToo() throws Exception {
    HttpResponse<String> r = page("/lightning/r/" + acmeId + "/view");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<h1 class=\"record-name\">Acme Corp</h1>"));
  }

  @Test
  void pageWithoutSessionRedirectsToLoginWithStartUrl() throws Exception {
    HttpResponse<String> r = client.get("/lightning/r/Account/" + acmeId + "/view");
    assertEquals(302, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith(
        "/?startURL=%2Flightning%2Fr%2FAccount%2F" + acmeId + "%2Fview"));
    HttpResponse<String> dead = client.get("/lightning/page/home?sid=00D000000000001!dead");
    assertEquals(302, dead.statusCode());
    assertFalse(dead.headers().firstValue("Location").orElseThrow().contains("dead"), "dead token is not carried on");
  }

  @Test
  void loginFormSetsSidCookieAndReturnsToStartUrl() throws Exception {
    HttpResponse<String> form = client.get("/?startURL=%2Flightning%2Fpage%2Fhome");
    assertEquals(200, form.statusCode());
    assertTrue(form.body().contains("<form class=\"card login-card\" method=\"POST\" action=\"/\""));
    HttpResponse<String> login = client.postForm("/", Map.of("username", "admin@bellwether.devorg",
        "pw", "bellwether", "startURL", "/lightning/r/Account/" + acmeId + "/view"));
    assertEquals(302, login.statusCode());
    assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/lightning/r/Account/" + acmeId + "/view"));
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.startsWith("sid=00D000000000001!") && setCookie.contains("HttpOnly"), setCookie);
    HttpResponse<String> home = client.get("/lightning/page/home", PageClient.sidCookie(login));
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Recent Accounts") && home.body().contains(">Acme Corp</a>"));
    assertEquals(302, client.get("/", PageClient.sidCookie(login)).statusCode(), "logged in: / goes home");
  }

  @Test
  void wrongPasswordShowsTheLoginErrorAndSetsNoCookie() throws Exception {
    HttpResponse<String> r = client.postForm("/", Map.of("username", "admin@bellwether.devorg", "pw", "nope"));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Please check your username and password."));
    assertTrue(r.headers().firstValue("Set-Cookie").isEmpty());
  }

  @Test
  void frontdoorExchangesAnAccessTokenForAUiSessionAndRedirects() throws Exception {
    String ret = "/lightning/r/Account/" + acmeId + "/view";
    HttpResponse<String> r = client.get("/secur/frontdoor.jsp?sid=" + PageClient.enc(token) + "&retURL=" + PageClient.enc(ret));
    assertEquals(302, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith(ret));
    String cookie = PageClient.sidCookie(r);
    assertFalse(cookie.equals("sid=" + token), "a separate UI session, not the API token");
    assertEquals(200, client.get(ret, cookie).statusCode());
  }

  @Test
  void frontdoorNeverRedirectsOffTheOrg() throws Exception {
    for (String ret : new String[] {"https://evil.example/", "//evil.example/x", "javascript:alert(1)"}) {
      HttpResponse<String> r = client.get("/secur/frontdoor.jsp?sid=" + PageClient.enc(token) + "&retURL=" + PageClient.enc(ret));
      assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/lightning/page/home"), ret);
    }
  }

  @Test
  void frontdoorWithAnInvalidTokenSendsToLogin() throws Exception {
    HttpResponse<String> r = client.get("/secur/frontdoor.jsp?sid=bogus&retURL=%2Flightning%2Fpage%2Fhome");
    assertEquals(302, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/?startURL=%2Flightning%2Fpage%2Fhome"));
    assertTrue(r.headers().firstValue("Set-Cookie").isEmpty());
  }

  @Test
  void logoutEndsTheUiSessionButNotTheApiToken() throws Exception {
    String own = records.token();
    String cookie = PageClient.sidCookie(client.get("/secur/frontdoor.jsp?sid=" + PageClient.enc(own)));
    assertEquals(302, client.get("/secur/logout.jsp", cookie).statusCode());
    assertEquals(302, client.get("/lightning/page/home", cookie).statusCode(), "UI session is gone");
    assertTrue(devorg.org().sessions().find(own).isPresent(), "API token still valid");
  }

  @Test
  void listViewShowsRecordsWithLinks() throws Exception {
    HttpResponse<String> r = page("/lightning/o/Contact/list");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Recently Modified Contacts") && r.body().contains(">Ada Lovelace</a>"));
    assertEquals(404, page("/lightning/o/Nope/list").statusCode());
  }
}
