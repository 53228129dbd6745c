package dev.bellwether.devorg.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.canvas.CanvasPageMarkup.CanvasForm;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The signed request a record page carries, checked as a Canvas app would check it. */
class CanvasSignedRequestTest {
  private static final String SECRET = "panel-secret-7f3a";
  private static final String CANVAS_URL = "http://127.0.0.1:9/bellwether/canvas";
  private static DevOrg devorg;
  private static PageClient client;
  private static String token;
  private static String accountId;

  @BeforeAll
  static void start() throws Exception {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    client = new PageClient(devorg.url());
    TestRecords records = new TestRecords(devorg.org());
    token = records.token();
    accountId = records.create("Account", "Name", "Acme Corp", "Type", "Customer - Direct");
    HttpResponse<String> reg = client.postJson("/devorg/admin/canvas-apps", token,
        "{\"name\":\"Bellwether Panel\",\"clientId\":\"bw-panel\",\"clientSecret\":\"" + SECRET
            + "\",\"canvasUrl\":\"" + CANVAS_URL + "#ignored\"}");
    assertEquals(201, reg.statusCode(), reg.body());
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  private static CanvasForm formOnAccountPage() throws Exception {
    HttpResponse<String> page = client.get("/lightning/r/Account/" + accountId + "/view?sid=" + PageClient.enc(token));
    assertEquals(200, page.statusCode());
    return CanvasPageMarkup.form(page.body(), 0);
  }

  @Test
  void recordPageHasAFormPostingIntoTheAppFrameWithoutTheUrlFragment() throws Exception {
    HttpResponse<String> page = client.get("/lightning/r/Account/" + accountId + "/view?sid=" + PageClient.enc(token));
    CanvasForm form = CanvasPageMarkup.form(page.body(), 0);
    assertEquals("POST", form.method());
    assertEquals(CANVAS_URL, form.action());
    assertEquals("application/x-www-form-urlencoded", form.enctype());
    assertTrue(page.body().contains("<iframe name=\"" + form.target() + "\""), "iframe named like the form target");
    assertTrue(page.body().contains("document.getElementById('" + form.id() + "').submit();"), "auto-submit script");
  }

  @Test
  void signedRequestVerifiesAndCarriesTheRecordUserAndOrg() throws Exception {
    JsonNode env = SignedRequestVerifier.verifyAndDecode(formOnAccountPage().signedRequest(), SECRET);
    String adminId = devorg.org().adminUserId();
    assertEquals("HMACSHA256", env.path("algorithm").asText());
    assertEquals(adminId, env.path("userId").asText());
    long now = System.currentTimeMillis() / 1000;
    assertTrue(Math.abs(now - env.path("issuedAt").asLong()) < 60, "issuedAt is epoch seconds");

    JsonNode client = env.path("client");
    assertEquals(devorg.url(), client.path("instanceUrl").asText());
    assertEquals(devorg.url(), client.path("targetOrigin").asText());
    assertTrue(client.path("refreshToken").isNull());
    assertTrue(client.path("oauthToken").asText().startsWith("00D000000000001!"));

    JsonNode ctx = env.path("context");
    JsonNode user = ctx.path("user");
    assertEquals(adminId, user.path("userId").asText());
    assertEquals("admin@bellwether.devorg", user.path("userName").asText());
    assertEquals("Avery", user.path("firstName").asText());
    assertEquals("Admin", user.path("lastName").asText());
    assertEquals("Avery Admin", user.path("fullName").asText());
    assertEquals("America/Los_Angeles", user.path("timeZone").asText());
    assertEquals("STANDARD", user.path("userType").asText());
    assertEquals("USD", user.path("currencyISOCode").asText());

    JsonNode links = ctx.path("links");
    assertEquals("/services/data/v64.0/", links.path("restUrl").asText());
    assertEquals("/services/data/v64.0/sobjects/", links.path("sobjectUrl").asText());
    assertEquals("/services/data/v64.0/query/", links.path("queryUrl").asText());
    assertEquals("/" + adminId, links.path("userUrl").asText());

    JsonNode app = ctx.path("application");
    assertEquals("SIGNED_REQUEST", app.path("authType").asText());
    assertEquals(CANVAS_URL, app.path("canvasUrl").asText());
    assertEquals("Bellwether_Panel", app.path("developerName").asText());
    assertEquals("Bellwether Panel", app.path("name").asText());
    assertEquals("", app.path("namespace").asText());

    JsonNode organization = ctx.path("organization");
    assertEquals("00D000000000001EAA", organization.path("organizationId").asText());
    assertEquals("Bellwether Dev Org", organization.path("name").asText());

    JsonNode environment = ctx.path("environment");
    assertEquals("PageLayout", environment.path("displayLocation").asText());
    assertEquals("Theme4d", environment.path("uiTheme").asText());
    assertEquals(devorg.url() + "/lightning/r/Account/" + accountId + "/view", environment.path("locationUrl").asText());
    assertEquals("100%", environment.path("dimensions").path("width").asText());
    assertEquals("600px", environment.path("dimensions").path("height").asText());
    assertEquals(accountId, environment.path("parameters").path("recordId").asText());
    assertEquals(accountId, environment.path("record").path("Id").asText());
    assertEquals("Account", environment.path("record").path("attributes").path("type").asText());
    assertEquals("/services/data/v64.0/sobjects/Account/" + accountId,
        environment.path("record").path("attributes").path("url").asText());
    assertEquals("64.0", environment.path("version").path("api").asText());
  }

  @Test
  void oauthTokenFromTheSignedRequestWorksAgainstUserinfo() throws Exception {
    JsonNode env = SignedRequestVerifier.verifyAndDecode(formOnAccountPage().signedRequest(), SECRET);
    HttpResponse<String> info = client.getBearer("/services/oauth2/userinfo",
        env.path("client").path("oauthToken").asText());
    assertEquals(200, info.statusCode(), info.body());
    JsonNode body = new ObjectMapper().readTree(info.body());
    assertEquals(devorg.org().adminUserId(), body.path("user_id").asText());
    assertEquals("00D000000000001EAA", body.path("organization_id").asText());
  }

  @Test
  void everyPageViewSignsWithAFreshSession() throws Exception {
    String first = SignedRequestVerifier.verifyAndDecode(formOnAccountPage().signedRequest(), SECRET)
        .path("client").path("oauthToken").asText();
    String second = SignedRequestVerifier.verifyAndDecode(formOnAccountPage().signedRequest(), SECRET)
        .path("client").path("oauthToken").asText();
    assertNotEquals(first, second);
  }

  @Test
  void signedRequestDoesNotVerifyWithAnotherAppsSecret() throws Exception {
    String signed = formOnAccountPage().signedRequest();
    assertThrows(SecurityException.class, () -> SignedRequestVerifier.verifyAndDecode(signed, "bellwether-secret"));
  }
}
