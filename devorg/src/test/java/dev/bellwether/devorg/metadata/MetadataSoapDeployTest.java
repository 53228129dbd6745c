package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.WriteResult;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Metadata SOAP API over real HTTP: deploy a zip, poll checkDeployStatus, and find the
 * result in the org. Each test deploys objects of its own, so they share one org safely.
 */
class MetadataSoapDeployTest {
  private static final Map<String, String> DEFAULTS = Map.of("rollbackOnError", "true",
      "singlePackage", "true");
  private static DevOrg devorg;
  private static Org org;
  private static MetadataSoapClient soap;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    org = devorg.org();
    String token = org.sessions().open(org.id(), org.adminUserId(), "bellwether-cli").token();
    soap = new MetadataSoapClient(devorg.url(), "64.0", token);
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void deployingCsHealthInstallsItAndRecordsCanBeCreated() throws Exception {
    byte[] zip = new DeployZip().object(ObjectFile.csHealth()).bytes();
    XmlElement async = soap.deploy(zip, DEFAULTS);
    assertEquals("false", async.text("done").orElseThrow());
    assertEquals("Queued", async.text("state").orElseThrow());
    String id = async.text("id").orElseThrow();
    assertTrue(id.startsWith("0Af") && id.length() == 18, id);

    XmlElement result = soap.awaitDeploy(id);
    assertEquals("Succeeded", result.text("status").orElseThrow());
    assertEquals("true", result.text("success").orElseThrow());
    // The object and its four fields; package.xml has a line of its own but is not counted.
    assertEquals("5", result.text("numberComponentsDeployed").orElseThrow());
    assertEquals("5", result.text("numberComponentsTotal").orElseThrow());
    assertEquals("0", result.text("numberComponentErrors").orElseThrow());
    XmlElement score = success(result, "CS_Health__c.Score__c");
    assertEquals("CustomField", score.text("componentType").orElseThrow());
    assertEquals("objects/CS_Health__c.object", score.text("fileName").orElseThrow());
    assertEquals("true", score.text("created").orElseThrow());

    ObjectDef cs = org.schema().object("CS_Health__c").orElseThrow();
    String account = TestOrgs.create(org, "Account", Map.of("Name", "Deployed Co")).id();
    WriteResult r = TestOrgs.create(org, "CS_Health__c", Map.of("Name", "snapshot",
        "Account__c", account, "Score__c", "71.5", "Band__c", "Yellow"));
    assertTrue(r.success(), r.errors().toString());
    assertTrue(r.id().startsWith(cs.keyPrefix()));
  }

  @Test
  void deployResultElementsFollowTheMetadataWsdlOrder() throws Exception {
    XmlElement result = soap.deployAndWait(new DeployZip()
        .object(ObjectFile.custom("Order_Probe__c").field("Note__c",
            "<label>Note</label><length>20</length><type>Text</type>")).bytes(), DEFAULTS);
    assertEquals(List.of("checkOnly", "completedDate", "createdBy", "createdByName",
        "createdDate", "details", "done", "id", "ignoreWarnings", "lastModifiedDate",
        "numberComponentErrors", "numberComponentsDeployed", "numberComponentsTotal",
        "numberTestErrors", "numberTestsCompleted", "numberTestsTotal", "rollbackOnError",
        "runTestsEnabled", "startDate", "status", "success"), names(result));
    XmlElement details = result.child("details").orElseThrow();
    assertEquals("componentSuccesses", details.children().get(0).name());
    assertEquals(List.of("changed", "componentType", "created", "createdDate", "deleted",
        "fileName", "fullName", "success"), names(success(result, "Order_Probe__c.Note__c")));
    assertEquals(org.adminUserId(), result.text("createdBy").orElseThrow());
    assertEquals("Avery Admin", result.text("createdByName").orElseThrow());
  }

  @Test
  void checkOnlyValidatesWithoutInstalling() throws Exception {
    XmlElement result = soap.deployAndWait(new DeployZip()
        .object(ObjectFile.custom("Check_Only__c")).bytes(),
        Map.of("checkOnly", "true", "rollbackOnError", "true"));
    assertEquals("Succeeded", result.text("status").orElseThrow());
    assertEquals("true", result.text("checkOnly").orElseThrow());
    assertEquals("1", result.text("numberComponentsDeployed").orElseThrow());
    assertTrue(org.schema().object("Check_Only__c").isEmpty());
  }

  @Test
  void malformedObjectFileFailsNamingTheFileAndLine() throws Exception {
    String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<CustomObject xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + "    <label>Broken</labl>\n"
        + "</CustomObject>\n";
    XmlElement result = soap.deployAndWait(new DeployZip().member("CustomObject", "Broken__c")
        .file("objects/Broken__c.object", broken).bytes(), DEFAULTS);
    assertEquals("Failed", result.text("status").orElseThrow());
    assertEquals("false", result.text("success").orElseThrow());
    assertEquals("1", result.text("numberComponentErrors").orElseThrow());
    XmlElement failure = result.child("details").orElseThrow().child("componentFailures")
        .orElseThrow();
    assertEquals("CustomObject", failure.text("componentType").orElseThrow());
    assertEquals("Broken__c", failure.text("fullName").orElseThrow());
    assertEquals("objects/Broken__c.object", failure.text("fileName").orElseThrow());
    assertEquals("3", failure.text("lineNumber").orElseThrow());
    // Where the parser gave up: just after "</labl" on "    <label>Broken</labl>".
    assertEquals("20", failure.text("columnNumber").orElseThrow());
    assertEquals("Error", failure.text("problemType").orElseThrow());
    String problem = failure.text("problem").orElseThrow();
    assertTrue(problem.startsWith("objects/Broken__c.object: line 3"), problem);
    assertTrue(problem.contains("Error parsing file"), problem);
    assertTrue(org.schema().object("Broken__c").isEmpty());
  }

  @Test
  void rollbackOnErrorInstallsNothingWhenOneComponentFails() throws Exception {
    XmlElement result = soap.deployAndWait(mixedZip("Good_One__c", "Bad_One__c"), DEFAULTS);
    assertEquals("Failed", result.text("status").orElseThrow());
    XmlElement failure = result.child("details").orElseThrow().child("componentFailures")
        .orElseThrow();
    assertEquals("Bad_One__c.Score__c", failure.text("fullName").orElseThrow());
    assertEquals("objects/Bad_One__c.object: line 14: <type> 'Numbr' is not a known field type",
        failure.text("problem").orElseThrow());
    // The column where the element's value starts: after 8 spaces and "<type>".
    assertEquals("15", failure.text("columnNumber").orElseThrow());
    assertTrue(org.schema().object("Good_One__c").isEmpty());
    assertTrue(org.schema().object("Bad_One__c").isEmpty());
  }

  @Test
  void withoutRollbackOnErrorTheValidComponentsAreInstalled() throws Exception {
    XmlElement result = soap.deployAndWait(mixedZip("Good_Two__c", "Bad_Two__c"),
        Map.of("rollbackOnError", "false"));
    assertEquals("SucceededPartial", result.text("status").orElseThrow());
    assertEquals("true", result.text("success").orElseThrow());
    assertTrue(org.schema().object("Good_Two__c").isPresent());
    ObjectDef bad = org.schema().object("Bad_Two__c").orElseThrow();
    assertTrue(bad.field("Score__c").isEmpty(), "the broken field stays out");
  }

  @Test
  void deployedConnectedAppWithCanvasConfigRegistersACanvasApp() throws Exception {
    String app = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + "    <canvasConfig>\n        <accessMethod>Post</accessMethod>\n"
        + "        <canvasUrl>http://127.0.0.1:9000/panel</canvasUrl>\n"
        + "        <locations>PageLayout</locations>\n        <locations>Visualforce</locations>\n"
        + "    </canvasConfig>\n    <contactEmail>cs@example.com</contactEmail>\n"
        + "    <label>Bellwether Health Panel</label>\n"
        + "    <oauthConfig>\n        <callbackUrl>http://127.0.0.1:9000/oauth</callbackUrl>\n"
        + "        <consumerKey>bw-canvas-key</consumerKey>\n"
        + "        <consumerSecret>bw-canvas-secret</consumerSecret>\n"
        + "        <scopes>Api</scopes>\n    </oauthConfig>\n</ConnectedApp>\n";
    XmlElement result = soap.deployAndWait(new DeployZip().member("ConnectedApp", "Bellwether_Panel")
        .file("connectedApps/Bellwether_Panel.connectedApp", app).bytes(), DEFAULTS);
    assertEquals("Succeeded", result.text("status").orElseThrow());
    assertEquals("ConnectedApp", success(result, "Bellwether_Panel").text("componentType").orElseThrow());
    assertEquals(new ConnectedApp("Bellwether Health Panel", "bw-canvas-key", "bw-canvas-secret",
        "http://127.0.0.1:9000/panel", null), org.apps().byClientId("bw-canvas-key").orElseThrow());
    assertTrue(org.apps().canvasApps().stream().anyMatch(a -> a.clientId().equals("bw-canvas-key")));
  }

  @Test
  void typesDevorgDoesNotModelDeployAsUnchanged() throws Exception {
    XmlElement result = soap.deployAndWait(new DeployZip()
        .member("ApexClass", "HealthController").member("PermissionSet", "CS_Admin")
        .file("classes/HealthController.cls", "public class HealthController {}")
        .file("classes/HealthController.cls-meta.xml", "<ApexClass/>")
        .file("permissionsets/CS_Admin.permissionset", "<PermissionSet/>").bytes(),
        DEFAULTS);
    assertEquals("Succeeded", result.text("status").orElseThrow());
    XmlElement apex = success(result, "HealthController");
    assertEquals("ApexClass", apex.text("componentType").orElseThrow());
    assertEquals("classes/HealthController.cls", apex.text("fileName").orElseThrow());
    assertEquals("false", apex.text("created").orElseThrow());
    assertEquals("false", apex.text("changed").orElseThrow());
    assertEquals("permissionsets/CS_Admin.permissionset",
        success(result, "CS_Admin").text("fileName").orElseThrow());
  }

  @Test
  void zipsWithAPackageFolderDeployToo() throws Exception {
    XmlElement result = soap.deployAndWait(new DeployZip().under("unpackaged")
        .object(ObjectFile.custom("Folder_Probe__c")).bytes(), Map.of("singlePackage", "false"));
    assertEquals("Succeeded", result.text("status").orElseThrow());
    assertEquals("unpackaged/objects/Folder_Probe__c.object",
        success(result, "Folder_Probe__c").text("fileName").orElseThrow());
    assertTrue(org.schema().object("Folder_Probe__c").isPresent());
  }

  @Test
  void customFieldNamedOnAccountDeploysOntoTheStandardObject() throws Exception {
    String account = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<CustomObject xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + "    <fields>\n        <fullName>Deploy_Health__c</fullName>\n"
        + "        <label>Deploy Health</label>\n        <precision>5</precision>\n"
        + "        <scale>2</scale>\n        <type>Number</type>\n    </fields>\n"
        + "</CustomObject>\n";
    XmlElement result = soap.deployAndWait(new DeployZip()
        .member("CustomField", "Account.Deploy_Health__c")
        .file("objects/Account.object", account).bytes(), DEFAULTS);
    assertEquals("Succeeded", result.text("status").orElseThrow());
    assertTrue(org.schema().object("Account").orElseThrow().field("Deploy_Health__c").isPresent());
  }

  @Test
  void customFieldNamedOnActivityDeploysOntoTask() throws Exception {
    String activity = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<CustomObject xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + "    <fields>\n        <fullName>Deploy_Key__c</fullName>\n"
        + "        <caseSensitive>false</caseSensitive>\n        <externalId>true</externalId>\n"
        + "        <label>Deploy Key</label>\n        <length>255</length>\n"
        + "        <type>Text</type>\n        <unique>true</unique>\n    </fields>\n"
        + "</CustomObject>\n";
    XmlElement result = soap.deployAndWait(new DeployZip()
        .member("CustomField", "Activity.Deploy_Key__c")
        .file("objects/Activity.object", activity).bytes(), DEFAULTS);
    assertEquals("Succeeded", result.text("status").orElseThrow());
    assertEquals("1", result.text("numberComponentsDeployed").orElseThrow());
    XmlElement key = success(result, "Activity.Deploy_Key__c");
    assertEquals("objects/Activity.object", key.text("fileName").orElseThrow());
    assertEquals("true", key.text("created").orElseThrow());
    var field = org.schema().object("Task").orElseThrow().field("Deploy_Key__c").orElseThrow();
    assertTrue(field.externalId() && field.unique());
    assertTrue(org.schema().object("Activity").isEmpty());
  }

  @Test
  void componentNamedInPackageXmlButMissingFails() throws Exception {
    XmlElement result = soap.deployAndWait(new DeployZip()
        .member("CustomObject", "Missing__c").bytes(), DEFAULTS);
    assertEquals("Failed", result.text("status").orElseThrow());
    assertEquals("package.xml: An object 'Missing__c' of type CustomObject was named in"
        + " package.xml, but was not found in zipped directory", result.child("details")
        .orElseThrow().child("componentFailures").orElseThrow().text("problem").orElseThrow());
  }

  @Test
  void invalidSessionIsASoapFaultWithHttp500() throws Exception {
    HttpResponse<String> r = new MetadataSoapClient(devorg.url(), "64.0", "00D!nope")
        .call("<describeMetadata><asOfVersion>64.0</asOfVersion></describeMetadata>");
    assertEquals(500, r.statusCode());
    assertTrue(r.body().contains("<faultcode>sf:INVALID_SESSION_ID</faultcode>"), r.body());
    assertTrue(r.body().contains("Illegal Session"), r.body());
  }

  @Test
  void unknownDeployIdIsAFault() throws Exception {
    HttpResponse<String> r = soap.call("<checkDeployStatus><asyncProcessId>0Af000000000999AAA"
        + "</asyncProcessId><includeDetails>true</includeDetails></checkDeployStatus>");
    assertEquals(500, r.statusCode());
    assertTrue(r.body().contains("<faultcode>sf:INVALID_CROSS_REFERENCE_KEY</faultcode>"), r.body());
  }

  @Test
  void cancelingAFinishedDeployReportsItDone() throws Exception {
    XmlElement done = soap.deployAndWait(new DeployZip().object(ObjectFile.custom("Cancel_Probe__c"))
        .bytes(), DEFAULTS);
    String id = done.text("id").orElseThrow();
    XmlElement cancel = MetadataSoapClient.result(soap.call("<cancelDeploy><String>" + id
        + "</String></cancelDeploy>"));
    assertEquals("true", cancel.text("done").orElseThrow());
    assertEquals(id, cancel.text("id").orElseThrow());
  }

  @Test
  void gzippedRequestsOnTheOrgIdPathAreUnderstood() throws Exception {
    String token = org.sessions().open(org.id(), org.adminUserId(), "bellwether-cli").token();
    String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope"
        + " xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Header>"
        + "<SessionHeader xmlns=\"http://soap.sforce.com/2006/04/metadata\"><sessionId>" + token
        + "</sessionId></SessionHeader></env:Header><env:Body><m:describeMetadata"
        + " xmlns:m=\"http://soap.sforce.com/2006/04/metadata\"><m:asOfVersion>64.0</m:asOfVersion>"
        + "</m:describeMetadata></env:Body></env:Envelope>";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(envelope.getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
        URI.create(devorg.url() + "/services/Soap/m/64.0/" + org.id()))
        .header("Content-Type", "text/xml; charset=UTF-8").header("Content-Encoding", "gzip")
        .header("SOAPAction", "\"\"")
        .POST(HttpRequest.BodyPublishers.ofByteArray(gz.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
    XmlElement result = MetadataSoapClient.result(r);
    assertTrue(result.children("metadataObjects").stream()
        .anyMatch(o -> o.text("xmlName").orElse("").equals("CustomObject")), r.body());
    assertFalse(result.children("metadataObjects").isEmpty());
  }

  /** A valid object, and one whose Score__c field has the type "Numbr" on line 14. */
  private static byte[] mixedZip(String good, String bad) {
    return new DeployZip().object(ObjectFile.custom(good))
        .object(ObjectFile.custom(bad).field("Score__c", "<label>Score</label>\n"
            + "        <type>Numbr</type>")).bytes();
  }

  private static XmlElement success(XmlElement result, String fullName) {
    return result.child("details").orElseThrow().children("componentSuccesses").stream()
        .filter(m -> m.text("fullName").orElse("").equals(fullName)).findFirst()
        .orElseThrow(() -> new AssertionError("no success for " + fullName + " in " + result));
  }

  private static List<String> names(XmlElement e) {
    return e.children().stream().map(XmlElement::name).distinct().toList();
  }
}
