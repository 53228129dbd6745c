package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.canvas.CanvasAppProfile;
import dev.bellwether.devorg.canvas.SignedRequestVerifier;
import dev.bellwether.devorg.org.CanvasTab;
import dev.bellwether.devorg.org.Org;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bellwether's whole package (manifests/: force-app, assignments, canvas-app with the URL and
 * secret scripts/install-package fills in, translations) deployed to a devorg as the sf CLI
 * deploys it: one converted zip over the Metadata SOAP API. Then what devorg models of it: the
 * schema, the Canvas app on the Account page and the manager views tab.
 */
class BellwetherPackageDeployTest {
  private static final String CANVAS_URL = "http://127.0.0.1:9/canvas/account";
  private static final String SECRET = "package-test-secret";
  private static final List<String> PACKAGE_DIRS =
      List.of("force-app", "assignments", "canvas-app", "translations");
  private static final Pattern SIGNED = Pattern.compile("name=\"signed_request\" value=\"([^\"]+)\"");
  private static DevOrg devorg;
  private static Org org;
  private static MetadataSoapClient soap;
  private static String token;
  private static byte[] zip;
  private static XmlElement firstDeploy;

  @BeforeAll
  static void deployThePackage() throws Exception {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    org = devorg.org();
    token = org.sessions().open(org.id(), org.adminUserId(), "bellwether-cli").token();
    soap = new MetadataSoapClient(devorg.url(), "64.0", token);
    // What scripts/install-package --canvas-url URL --consumer-secret S writes into the app.
    zip = SourceToMdapi.zip(Manifests.dir(), PACKAGE_DIRS, Map.of(
        "https://bellwether.invalid/canvas/account", CANVAS_URL,
        "<isAdminApproved>", "<consumerSecret>" + SECRET + "</consumerSecret>\n        <isAdminApproved>"));
    firstDeploy = soap.deployAndWait(zip, Map.of("rollbackOnError", "true", "singlePackage", "true"));
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void everyComponentOfThePackageDeploysAndTheObjectsAreCreated() {
    assertEquals("Succeeded", firstDeploy.text("status").orElseThrow(), firstDeploy.toString());
    assertEquals("0", firstDeploy.text("numberComponentErrors").orElseThrow());
    assertEquals(firstDeploy.text("numberComponentsTotal").orElseThrow(),
        firstDeploy.text("numberComponentsDeployed").orElseThrow());
    Map<String, Set<String>> byType = successesByType(firstDeploy);
    assertEquals(Set.of("CSM", "CS_Admin", "CS_Manager"), byType.get("PermissionSet"));
    assertEquals(Set.of("Bellwether_CS_Manager"), byType.get("CustomPermission"));
    assertEquals(Set.of("BellwetherAccountPanel", "BellwetherManagerViews"), byType.get("AuraDefinitionBundle"));
    assertEquals(Set.of("Bellwether_Account_Record_Page"), byType.get("FlexiPage"));
    assertEquals(Set.of("BellwetherManagerViews"), byType.get("CustomTab"));
    assertEquals(Set.of("Account-Bellwether Account Layout"), byType.get("Layout"));
    assertEquals(Set.of("CS_Accounts", "CS_Churn_Reasons", "CS_Renewals"), byType.get("ReportType"));
    assertEquals(Set.of("Bellwether_Reports/", "Bellwether_Reports/CS_Accounts_By_Health_Band",
        "Bellwether_Reports/CS_Churn_By_Reason", "Bellwether_Reports/CS_Renewal_NRR_By_Quarter",
        "Bellwether_Reports/CS_Renewals_At_Risk_Next_90_Days"), byType.get("Report"));
    assertEquals(Set.of("Bellwether_Dashboards/", "Bellwether_Dashboards/CS_Overview"), byType.get("Dashboard"));
    assertEquals(Set.of("Bellwether_Panel"), byType.get("ConnectedApp"));
    assertEquals(Set.of("ko"), byType.get("Translations"));
    assertTrue(byType.get("CustomObjectTranslation").contains("CS_Renewal__c-ko"));
    // Account itself: the assignments folder's record page override (accepted, not modelled).
    assertTrue(byType.get("CustomObject").containsAll(Set.of("Account", "CS_Health__c",
        "CS_Renewal__c", "CS_Churn_Reason__c")), byType.get("CustomObject").toString());
    for (String object : List.of("CS_Health__c", "CS_Renewal__c", "CS_Churn_Reason__c")) {
      assertTrue(org.schema().object(object).isPresent(), object);
    }
    assertTrue(org.schema().object("Account").orElseThrow().field("CS_Health_Band__c").isPresent());
  }

  @Test
  void theConnectedAppsCanvasSettingsPutThePanelOnTheAccountPageWithASignedRecord() throws Exception {
    ConnectedApp app = org.apps().canvasApps().stream().filter(a -> a.name().equals("Bellwether Panel"))
        .findFirst().orElseThrow(() -> new AssertionError("no Bellwether Panel in " + org.apps().canvasApps()));
    assertEquals(CANVAS_URL, app.canvasUrl());
    assertEquals(SECRET, app.clientSecret());
    // The Aura wrapper finds the app by this name; devorg must sign for the same one.
    assertEquals("Bellwether_Panel", CanvasAppProfile.of(app).developerName());
    String markup = Files.readString(Manifests.dir().resolve(
        "force-app/main/default/aura/BellwetherAccountPanel/BellwetherAccountPanel.cmp"));
    assertTrue(markup.contains("developerName=\"Bellwether_Panel\""));

    String account = TestOrgs.create(org, "Account", Map.of("Name", "Panel Co")).id();
    String page = get("/lightning/r/Account/" + account + "/view");
    assertTrue(page.contains("data-canvas-app=\"Bellwether_Panel\""), page);
    assertTrue(page.contains("action=\"" + CANVAS_URL + "\""));
    JsonNode envelope = SignedRequestVerifier.verifyAndDecode(signedRequest(page), SECRET);
    JsonNode environment = envelope.path("context").path("environment");
    assertEquals(account, environment.path("record").path("Id").asText());
    assertEquals(account, environment.path("parameters").path("recordId").asText());
    assertEquals("Bellwether_Panel", envelope.path("context").path("application").path("developerName").asText());
  }

  @Test
  void theManagerViewsTabShowsTheSameAppAskedForTheManagerViewWithoutARecord() throws Exception {
    CanvasTab tab = org.canvasTabs().byName("BellwetherManagerViews").orElseThrow();
    assertEquals(new CanvasTab("BellwetherManagerViews", "CS Manager Views", "Bellwether_Panel",
        Map.of("view", "manager")), tab);

    String page = get("/lightning/n/BellwetherManagerViews");
    assertTrue(page.contains("<title>CS Manager Views"), page);
    assertTrue(page.contains("action=\"" + CANVAS_URL + "\""));
    JsonNode environment = SignedRequestVerifier.verifyAndDecode(signedRequest(page), SECRET)
        .path("context").path("environment");
    assertEquals("manager", environment.path("parameters").path("view").asText());
    assertTrue(environment.path("record").isMissingNode(), environment.toString());
    assertEquals("Aura", environment.path("displayLocation").asText());
    assertTrue(environment.path("locationUrl").asText().endsWith("/lightning/n/BellwetherManagerViews"));
  }

  @Test
  void deployingThePackageAgainChangesNothing() throws Exception {
    XmlElement again = soap.deployAndWait(zip, Map.of("rollbackOnError", "true", "singlePackage", "true"));
    assertEquals("Succeeded", again.text("status").orElseThrow());
    // package.xml has a line of its own, which Salesforce always marks changed; components don't.
    List<String> touched = again.child("details").orElseThrow().children("componentSuccesses").stream()
        .filter(m -> !m.text("fullName").orElse("").equals("package.xml"))
        .filter(m -> "true".equals(m.text("created").orElse("")) || "true".equals(m.text("changed").orElse("")))
        .map(m -> m.text("componentType").orElse("") + " " + m.text("fullName").orElse(""))
        .toList();
    assertEquals(List.of(), touched);
  }

  @Test
  void aTabWhoseComponentEmbedsNoCanvasAppIsAcceptedWithoutEffect() throws Exception {
    XmlElement result = soap.deployAndWait(new DeployZip()
        .member("CustomTab", "Plain_Tab").member("AuraDefinitionBundle", "PlainCmp")
        .file("tabs/Plain_Tab.tab", "<CustomTab xmlns=\"" + MetadataXml.NAMESPACE + "\">"
            + "<auraComponent>PlainCmp</auraComponent><label>Plain</label><motif>Custom53: Bell</motif></CustomTab>")
        .file("aura/PlainCmp/PlainCmp.cmp", "<aura:component implements=\"force:appHostable\">Hi</aura:component>")
        .bytes(), Map.of("singlePackage", "true"));
    assertEquals("Succeeded", result.text("status").orElseThrow());
    assertFalse(org.canvasTabs().byName("Plain_Tab").isPresent());
  }

  private static Map<String, Set<String>> successesByType(XmlElement result) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (XmlElement m : result.child("details").orElseThrow().children("componentSuccesses")) {
      out.computeIfAbsent(m.text("componentType").orElse(""), k -> new TreeSet<>())
          .add(m.text("fullName").orElseThrow());
    }
    return out;
  }

  private static String get(String path) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        devorg.url() + path + "?sid=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  private static String signedRequest(String page) {
    Matcher m = SIGNED.matcher(page);
    assertTrue(m.find(), "no signed_request in the page");
    return m.group(1);
  }
}
