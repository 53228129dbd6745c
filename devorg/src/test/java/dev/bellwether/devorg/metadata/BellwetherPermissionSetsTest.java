package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three permission sets of manifests/ grant what each role needs and nothing Salesforce
 * would refuse: no field permission on a required field, formula fields never editable.
 */
class BellwetherPermissionSetsTest {
  private static final Path DEFAULT = Manifests.dir().resolve("force-app/main/default");
  /** What a CSM edits: the renewal's forecast and notes, and the churn reasons they record. */
  private static final Set<String> CSM_EDITS = Set.of("CS_Renewal__c.Forecast_Category__c",
      "CS_Renewal__c.Notes__c", "CS_Churn_Reason__c.Account__c", "CS_Churn_Reason__c.Renewal__c",
      "CS_Churn_Reason__c.Secondary_Reason__c", "CS_Churn_Reason__c.Competitor__c",
      "CS_Churn_Reason__c.ARR_Lost__c", "CS_Churn_Reason__c.Churn_Date__c",
      "CS_Churn_Reason__c.Notes__c");
  private static final List<String> OBJECTS = List.of("CS_Churn_Reason__c", "CS_Health__c", "CS_Renewal__c");

  @Test
  void everyPermissionSetGrantsEveryGrantableFieldAndOnlyThose() throws Exception {
    Map<String, Boolean> grantable = grantableFields();
    for (String name : List.of("CS_Admin", "CSM", "CS_Manager")) {
      Map<String, String> fields = fieldPermissions(permissionSet(name));
      assertEquals(grantable.keySet(), fields.keySet(), name);
      grantable.forEach((field, formula) -> {
        if (formula) {
          assertEquals("read", fields.get(field), name + " " + field + " is a formula");
        }
      });
    }
  }

  @Test
  void csmReadsHealthEditsForecastAndRecordsChurnReasons() throws Exception {
    XmlElement csm = permissionSet("CSM");
    Set<String> edits = fieldPermissions(csm).entrySet().stream().filter(e -> e.getValue().equals("edit"))
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(CSM_EDITS), edits);
    assertEquals(Map.of("CS_Churn_Reason__c", "CRU", "CS_Health__c", "R", "CS_Renewal__c", "RU"),
        objectPermissions(csm));
    assertEquals(List.of(), csm.children("customPermissions"));
    assertEquals(List.of(), csm.children("tabSettings"));
  }

  @Test
  void csManagerReadsEverythingOpensTheManagerTabAndHasTheCustomPermission() throws Exception {
    XmlElement manager = permissionSet("CS_Manager");
    assertEquals(Set.of("read"), Set.copyOf(fieldPermissions(manager).values()));
    assertEquals(Map.of("CS_Churn_Reason__c", "RV", "CS_Health__c", "RV", "CS_Renewal__c", "RV"),
        objectPermissions(manager));
    assertManagerViews(manager);
  }

  @Test
  void csAdminHasFullAccessAndTheManagerViews() throws Exception {
    XmlElement admin = permissionSet("CS_Admin");
    Map<String, Boolean> grantable = grantableFields();
    fieldPermissions(admin).forEach((field, access) ->
        assertEquals(grantable.get(field) ? "read" : "edit", access, field));
    Map<String, String> full = OBJECTS.stream().collect(Collectors.toMap(o -> o, o -> "CRUDVM"));
    assertEquals(full, objectPermissions(admin));
    assertManagerViews(admin);
  }

  private static void assertManagerViews(XmlElement permissionSet) throws Exception {
    XmlElement custom = permissionSet.child("customPermissions").orElseThrow();
    assertEquals("Bellwether_CS_Manager", custom.text("name").orElseThrow());
    assertEquals("true", custom.text("enabled").orElseThrow());
    assertTrue(Files.isRegularFile(DEFAULT.resolve("customPermissions/Bellwether_CS_Manager.customPermission-meta.xml")));
    XmlElement tab = permissionSet.child("tabSettings").orElseThrow();
    assertEquals("BellwetherManagerViews", tab.text("tab").orElseThrow());
    assertEquals("Visible", tab.text("visibility").orElseThrow());
    assertTrue(Files.isRegularFile(DEFAULT.resolve("tabs/BellwetherManagerViews.tab-meta.xml")));
  }

  /** Field → "read" or "edit", from a permission set's fieldPermissions. */
  private static Map<String, String> fieldPermissions(XmlElement permissionSet) {
    Map<String, String> out = new TreeMap<>();
    for (XmlElement p : permissionSet.children("fieldPermissions")) {
      assertEquals("true", p.text("readable").orElseThrow(), p.toString());
      out.put(p.text("field").orElseThrow(), p.text("editable").orElseThrow().equals("true") ? "edit" : "read");
    }
    return out;
  }

  /** Object → its granted rights as letters: Create, Read, Update, Delete, View all, Modify all. */
  private static Map<String, String> objectPermissions(XmlElement permissionSet) {
    Map<String, String> out = new TreeMap<>();
    for (XmlElement p : permissionSet.children("objectPermissions")) {
      StringBuilder rights = new StringBuilder();
      String[][] letters = {{"allowCreate", "C"}, {"allowRead", "R"}, {"allowEdit", "U"},
          {"allowDelete", "D"}, {"viewAllRecords", "V"}, {"modifyAllRecords", "M"}};
      for (String[] l : letters) {
        if (p.text(l[0]).orElse("false").equals("true")) {
          rights.append(l[1]);
        }
      }
      out.put(p.text("object").orElseThrow(), rights.toString());
    }
    return out;
  }

  /**
   * Every field a permission set may name, with whether it is a formula: Salesforce refuses
   * permissions on required fields, and lists Activity fields under Task and Event.
   */
  private static Map<String, Boolean> grantableFields() throws IOException, MetadataXml.MalformedXml {
    Map<String, Boolean> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(DEFAULT.resolve("objects"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".field-meta.xml")).toList()) {
        XmlElement field = MetadataXml.parse(Files.readAllBytes(f));
        String object = f.getParent().getParent().getFileName().toString();
        String name = f.getFileName().toString().replace(".field-meta.xml", "");
        boolean required = field.text("type").orElse("").equals("MasterDetail")
            || field.text("required").orElse("false").equals("true");
        if (!required) {
          for (String o : object.equals("Activity") ? List.of("Task", "Event") : List.of(object)) {
            out.put(o + "." + name, field.child("formula").isPresent());
          }
        }
      }
    }
    return out;
  }

  private static XmlElement permissionSet(String name) throws Exception {
    return MetadataXml.parse(Files.readAllBytes(DEFAULT.resolve("permissionsets/" + name + ".permissionset-meta.xml")));
  }
}
