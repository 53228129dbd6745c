package dev.bellwether.devorg.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real headless chromium opens the Account page through frontdoor.jsp; the Canvas app must
 * receive the browser's form POST with a signed request that verifies.
 */
class CanvasBrowserTest {
  private static final String SECRET = "browser-panel-secret";
  static final Path SCREENSHOT = Path.of("/tmp/devorg-account-page.png");

  @Test
  void browserLoadingTheAccountPagePostsAVerifiedSignedRequestToTheCanvasApp() throws Exception {
    Assumptions.assumeTrue(HeadlessChrome.available(),
        "\n\n*** SKIPPED: the Canvas browser test needs Debian's chromium and chromedriver"
            + " (/usr/bin/chromium, /usr/bin/chromedriver).\n*** Install them with:"
            + " apt-get install chromium chromium-driver\n");
    try (DevOrg devorg = DevOrg.start(DevOrgOptions.builder().build());
        CanvasTestApp app = CanvasTestApp.start(SECRET)) {
      TestRecords records = new TestRecords(devorg.org());
      String token = records.token();
      String acme = records.create("Account", "Name", "Acme Corp", "Type", "Customer - Direct",
          "Industry", "Technology", "Phone", "(415) 555-0100", "Website", "www.acme.example",
          "AnnualRevenue", new BigDecimal("1250000"), "NumberOfEmployees", 1200,
          "BillingCity", "San Francisco", "BillingState", "CA", "BillingCountry", "USA",
          "Description", "Strategic customer since 2019. Renewal due in Q1.");
      records.create("Contact", "FirstName", "Ada", "LastName", "Lovelace", "AccountId", acme,
          "Title", "CTO", "Email", "ada@acme.example");
      records.create("Contact", "FirstName", "Grace", "LastName", "Hopper", "AccountId", acme,
          "Title", "VP Engineering", "Email", "grace@acme.example");
      records.create("Opportunity", "Name", "Acme Renewal 2026", "AccountId", acme,
          "StageName", "Negotiation/Review", "CloseDate", LocalDate.of(2026, 3, 31), "Amount", new BigDecimal("98000"));
      records.create("Case", "Subject", "SSO login fails", "AccountId", acme, "Priority", "High");
      HttpResponse<String> reg = new PageClient(devorg.url()).postJson("/devorg/admin/canvas-apps", token,
          "{\"name\":\"Bellwether\",\"clientId\":\"bw-browser\",\"clientSecret\":\"" + SECRET
              + "\",\"canvasUrl\":\"" + app.canvasUrl() + "\"}");
      assertEquals(201, reg.statusCode(), reg.body());

      Path log = Files.createTempFile("chromedriver-", ".log");
      try (HeadlessChrome chrome = HeadlessChrome.start(log)) {
        chrome.windowSize(1400, 1800);
        String ret = "/lightning/r/Account/" + acme + "/view";
        chrome.navigate(devorg.url() + "/secur/frontdoor.jsp?sid=" + PageClient.enc(token)
            + "&retURL=" + PageClient.enc(ret));

        CanvasTestApp.Received got = app.next(30, TimeUnit.SECONDS);
        assertNotNull(got, "the canvas app got no request within 30 s (chromedriver log: " + log + ")");
        assertEquals("POST", got.method());
        assertTrue(got.contentType().startsWith("application/x-www-form-urlencoded"), got.contentType());
        JsonNode env = SignedRequestVerifier.verifyAndDecode(got.signedRequest(), SECRET);
        assertEquals(acme, env.path("context").path("environment").path("record").path("Id").asText());
        assertEquals(devorg.org().adminUserId(), env.path("userId").asText());
        assertEquals("Acme Corp | Account | Salesforce", chrome.title());

        chrome.enterFrame("iframe#canvas-frame-0");
        assertTrue(chrome.waitFor("#panel-ok", Duration.ofSeconds(10)), "the panel rendered its verified page");
        chrome.leaveFrame();
        Files.write(SCREENSHOT, chrome.screenshotPng());
      }
      // Kept only when the test fails, where its path is in the assertion message.
      Files.deleteIfExists(log);
    }
  }
}
