package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.WriteResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ManifestLoader.loadInto: what start-up installs from an SFDX project, and how it fails. */
class ManifestLoaderTest {
  @TempDir
  Path project;

  @Test
  void loadingManifestsInstallsCsHealthSoRecordsCanBeWritten() throws MetadataException {
    Org org = TestOrgs.fresh();
    ManifestLoader.Loaded loaded = ManifestLoader.loadInto(org, Manifests.dir());
    // CS_Health__c, CS_Renewal__c, CS_Churn_Reason__c; 46 fields on them, 10 on Account and
    // Bellwether_Key__c on Activity (one component, installed on Task).
    assertEquals(new ManifestLoader.Loaded(3, 57, 0, 1), loaded);

    ObjectDef cs = org.schema().object("CS_Health__c").orElseThrow();
    assertTrue(cs.custom());
    assertTrue(cs.keyPrefix().startsWith("a"), cs.keyPrefix());
    assertFalse(cs.field("OwnerId").isPresent(), "a master-detail child has no owner");
    assertTrue(cs.relationship("Account__r").isPresent());

    String account = TestOrgs.create(org, "Account", Map.of("Name", "Acme")).id();
    WriteResult ok = TestOrgs.create(org, "CS_Health__c", Map.of("Name", "Acme 2025-01-02",
        "Account__c", account, "External_Id__c", "acme-2025-01-02", "Score__c", "87.456",
        "Band__c", "Green"));
    assertTrue(ok.success(), ok.errors().toString());
    assertTrue(ok.id().startsWith(cs.keyPrefix()));
    // Number(5,2): 87.456 is stored rounded to two places.
    assertEquals(new BigDecimal("87.46"), org.store().find(ok.id()).orElseThrow().get("Score__c"));

    WriteResult noAccount = TestOrgs.create(org, "CS_Health__c", Map.of("Name", "orphan"));
    assertEquals("REQUIRED_FIELD_MISSING", noAccount.errors().get(0).statusCode());
    WriteResult badBand = TestOrgs.create(org, "CS_Health__c",
        Map.of("Name", "x", "Account__c", account, "Band__c", "Purple"));
    assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", badBand.errors().get(0).statusCode());
    WriteResult duplicate = TestOrgs.create(org, "CS_Health__c", Map.of("Name", "again",
        "Account__c", account, "External_Id__c", "ACME-2025-01-02"));
    assertEquals("DUPLICATE_VALUE", duplicate.errors().get(0).statusCode());
  }

  @Test
  void loadingTwiceRedefinesInPlaceWithoutANewObject() throws MetadataException {
    Org org = TestOrgs.fresh();
    ManifestLoader.loadInto(org, Manifests.dir());
    ObjectDef first = org.schema().object("CS_Health__c").orElseThrow();
    int fieldCount = first.fields().size();
    assertEquals(new ManifestLoader.Loaded(0, 0, 0, 1), ManifestLoader.loadInto(org, Manifests.dir()));
    assertEquals(first.keyPrefix(), org.schema().object("CS_Health__c").orElseThrow().keyPrefix());
    assertEquals(fieldCount, org.schema().object("CS_Health__c").orElseThrow().fields().size());
  }

  @Test
  void unknownFieldTypeNamesFileLineAndElement() throws URISyntaxException {
    Path broken = Path.of(getClass().getResource("/metadata/unknown-field-type").toURI());
    MetadataException e = assertThrows(MetadataException.class,
        () -> ManifestLoader.loadInto(TestOrgs.fresh(), broken));
    assertEquals("force-app/main/default/objects/CS_Health__c/fields/Score__c.field-meta.xml:"
        + " line 4: <type> 'Numbr' is not a known field type", e.getMessage());
  }

  @Test
  void oneBadFileInstallsNothingAndEveryProblemIsListed() throws Exception {
    writeProject();
    write("objects/Probe__c/Probe__c.object-meta.xml", objectXml("Probe"));
    write("objects/Probe__c/fields/Good__c.field-meta.xml", field("<label>Good</label>"
        + "<length>10</length><type>Text</type>"));
    write("objects/Probe__c/fields/Broken__c.field-meta.xml", "<?xml version=\"1.0\"?>\n"
        + "<CustomField xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + "    <label>Broken</labl>\n</CustomField>\n");
    write("objects/Probe__c/fields/NoLength__c.field-meta.xml", field("<label>No length</label>"
        + "<type>Text</type>"));
    Org org = TestOrgs.fresh();
    MetadataException e = assertThrows(MetadataException.class,
        () -> ManifestLoader.loadInto(org, project));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("force-app/objects/Probe__c/fields/Broken__c.field-meta.xml:"
        + " line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("Error parsing file"), e.getMessage());
    assertTrue(e.getMessage().contains("NoLength__c.field-meta.xml: line 2: <length> is missing"),
        e.getMessage());
    assertTrue(org.schema().object("Probe__c").isEmpty());
  }

  @Test
  void requiredLookupNeedsARestrictDeleteConstraint() throws Exception {
    writeProject();
    write("objects/Probe__c/Probe__c.object-meta.xml", objectXml("Probe"));
    write("objects/Probe__c/fields/Account__c.field-meta.xml", field("<label>Account</label>"
        + "<referenceTo>Account</referenceTo><relationshipName>Probes</relationshipName>"
        + "<required>true</required><type>Lookup</type>"));
    MetadataException e = assertThrows(MetadataException.class,
        () -> ManifestLoader.loadInto(TestOrgs.fresh(), project));
    assertTrue(e.getMessage().endsWith("a required Lookup needs <deleteConstraint> Restrict or"
        + " Cascade, not SetNull"), e.getMessage());
  }

  @Test
  void customFieldOnAccountIsAddedToTheStandardObject() throws Exception {
    writeProject();
    write("objects/Account/fields/CS_Health_Score__c.field-meta.xml", field(
        "<label>CS Health Score</label><precision>5</precision><scale>2</scale><type>Number</type>"));
    Org org = TestOrgs.fresh();
    int before = org.schema().object("Account").orElseThrow().fields().size();
    ManifestLoader.loadInto(org, project);
    ObjectDef account = org.schema().object("Account").orElseThrow();
    assertEquals(before + 1, account.fields().size());
    FieldDef score = account.field("CS_Health_Score__c").orElseThrow();
    assertTrue(score.custom());
    WriteResult r = TestOrgs.create(org, "Account", Map.of("Name", "Scored", "CS_Health_Score__c", 42));
    assertTrue(r.success(), r.errors().toString());
  }

  @Test
  void anActivityFieldOfTheManifestsIsOnTaskSoTasksCanBeKeyedByIt() throws MetadataException {
    Org org = TestOrgs.fresh();
    ManifestLoader.loadInto(org, Manifests.dir());
    assertTrue(org.schema().object("Task").orElseThrow().field("Bellwether_Key__c").isPresent());
    assertTrue(org.schema().object("Activity").isEmpty(), "Activity is not an object of its own");
    WriteResult first = TestOrgs.create(org, "Task", Map.of("Subject", "Renewal in 60 days",
        "Bellwether_Key__c", "renewal-1:60"));
    assertTrue(first.success(), first.errors().toString());
    WriteResult again = TestOrgs.create(org, "Task", Map.of("Subject", "Renewal in 60 days",
        "Bellwether_Key__c", "RENEWAL-1:60"));
    assertEquals("DUPLICATE_VALUE", again.errors().get(0).statusCode());
  }

  @Test
  void forceIgnoredFilesAreNotLoaded() throws Exception {
    writeProject();
    Files.writeString(project.resolve(".forceignore"), "# local experiments\n**/Scratch__c/**\n");
    write("objects/Scratch__c/Scratch__c.object-meta.xml", objectXml("Scratch"));
    write("objects/Kept__c/Kept__c.object-meta.xml", objectXml("Kept"));
    Org org = TestOrgs.fresh();
    ManifestLoader.loadInto(org, project);
    assertTrue(org.schema().object("Kept__c").isPresent());
    assertTrue(org.schema().object("Scratch__c").isEmpty());
  }

  @Test
  void connectedAppWithCanvasConfigIsRegisteredAsACanvasApp() throws Exception {
    writeProject();
    write("connectedApps/Bellwether_Panel.connectedApp-meta.xml", "<?xml version=\"1.0\"?>\n"
        + "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + "    <canvasConfig><accessMethod>Post</accessMethod>"
        + "<canvasUrl>http://127.0.0.1:8080/canvas</canvasUrl><locations>Visualforce</locations>"
        + "</canvasConfig>\n    <contactEmail>cs@example.com</contactEmail>\n"
        + "    <label>Bellwether Panel</label>\n"
        + "    <oauthConfig><callbackUrl>http://127.0.0.1:8080/cb</callbackUrl>"
        + "<consumerKey>panel-key</consumerKey><consumerSecret>panel-secret</consumerSecret>"
        + "<scopes>Api</scopes></oauthConfig>\n</ConnectedApp>\n");
    Org org = TestOrgs.fresh();
    assertEquals(1, ManifestLoader.loadInto(org, project).apps());
    assertEquals(new ConnectedApp("Bellwether Panel", "panel-key", "panel-secret",
        "http://127.0.0.1:8080/canvas", null), org.apps().byClientId("panel-key").orElseThrow());
    assertTrue(org.apps().canvasApps().stream().anyMatch(a -> a.clientId().equals("panel-key")));
  }

  @Test
  void aProjectWithoutSfdxProjectJsonIsRefusedByName() {
    MetadataException e = assertThrows(MetadataException.class,
        () -> ManifestLoader.loadInto(TestOrgs.fresh(), project));
    assertTrue(e.getMessage().startsWith("sfdx-project.json: not found in "), e.getMessage());
  }

  private void writeProject() throws IOException {
    Files.writeString(project.resolve("sfdx-project.json"),
        "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],"
            + "\"sourceApiVersion\":\"64.0\"}");
  }

  private void write(String pathInPackage, String content) throws IOException {
    Path file = project.resolve("force-app").resolve(pathInPackage);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static String objectXml(String label) {
    return "<?xml version=\"1.0\"?>\n<CustomObject xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + "    <label>" + label + "</label>\n    <nameField><label>Name</label><type>Text</type>"
        + "</nameField>\n    <pluralLabel>" + label + "s</pluralLabel>\n"
        + "    <sharingModel>ReadWrite</sharingModel>\n</CustomObject>\n";
  }

  /** A field file whose elements all sit on line 2. */
  private static String field(String elements) {
    return "<?xml version=\"1.0\"?>\n<CustomField xmlns=\"http://soap.sforce.com/2006/04/metadata\">"
        + elements + "</CustomField>\n";
  }
}
