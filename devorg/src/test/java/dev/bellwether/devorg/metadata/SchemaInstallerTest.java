package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.metadata.ComponentOutcome.Kind;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.schema.StandardObjects;
import dev.bellwether.devorg.schema.SystemFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SchemaInstaller's checks: what may be installed on a schema, and what each install does. */
class SchemaInstallerTest {
  private final Schema schema = StandardObjects.newSchema();
  private final SchemaInstaller installer = new SchemaInstaller(schema);

  @Test
  void checkingChangesNothing() {
    List<ComponentOutcome> outcomes = installer.check(List.of(object("Probe__c", false)));
    assertEquals(List.of(Kind.CREATED), kinds(outcomes));
    assertTrue(schema.object("Probe__c").isEmpty());
  }

  @Test
  void newObjectGetsACustomKeyPrefixSystemFieldsOwnerAndName() {
    installer.install(List.of(object("Probe__c", false)));
    var probe = schema.object("Probe__c").orElseThrow();
    assertEquals("a00", probe.keyPrefix());
    assertEquals(List.of("Id", "OwnerId", "IsDeleted", "CreatedDate", "CreatedById",
        "LastModifiedDate", "LastModifiedById", "SystemModstamp", "Name"),
        probe.fields().stream().map(FieldDef::name).toList());
  }

  @Test
  void fieldReferringToAnUnknownObjectFails() {
    FieldChange lookup = field("Probe__c", FieldDef.builder("Ghost__c", FieldType.REFERENCE)
        .referenceTo(List.of("Ghost__c")).relationshipName("Ghost__r").custom(true).build());
    List<ComponentOutcome> outcomes = installer.install(List.of(
        new ObjectChange("Probe__c", spec("Probe__c", false), List.of(lookup))));
    assertEquals(List.of(Kind.CREATED, Kind.FAILED), kinds(outcomes));
    assertEquals("<referenceTo> 'Ghost__c' of Probe__c.Ghost__c is neither an object in the org"
        + " nor one created by this deploy", outcomes.get(1).problem().message());
    assertTrue(schema.object("Probe__c").orElseThrow().field("Ghost__c").isEmpty());
  }

  @Test
  void lookupToAnObjectCreatedInTheSameDeployIsAccepted() {
    FieldChange lookup = field("Child__c", FieldDef.builder("Parent__c", FieldType.REFERENCE)
        .referenceTo(List.of("Parent__c")).relationshipName("Parent__r").custom(true).build());
    List<ComponentOutcome> outcomes = installer.install(List.of(
        new ObjectChange("Child__c", spec("Child__c", false), List.of(lookup)),
        object("Parent__c", false)));
    assertEquals(List.of(Kind.CREATED, Kind.CREATED, Kind.CREATED), kinds(outcomes));
  }

  @Test
  void redeployingTheSameFieldIsUnchangedAndAChangedOneIsChanged() {
    FieldDef text = FieldDef.builder("Note__c", FieldType.STRING).length(20).custom(true).build();
    installer.install(List.of(new ObjectChange("Account", null, List.of(field("Account", text)))));
    assertEquals(List.of(Kind.UNCHANGED), kinds(installer.install(
        List.of(new ObjectChange("Account", null, List.of(field("Account", text)))))));
    FieldDef longer = FieldDef.builder("Note__c", FieldType.STRING).length(40).custom(true).build();
    assertEquals(List.of(Kind.CHANGED), kinds(installer.install(
        List.of(new ObjectChange("Account", null, List.of(field("Account", longer)))))));
    assertEquals(40, schema.object("Account").orElseThrow().field("Note__c").orElseThrow().length());
  }

  @Test
  void changingAFieldsTypeIsRefused() {
    FieldDef text = FieldDef.builder("Level__c", FieldType.STRING).length(20).custom(true).build();
    installer.install(List.of(new ObjectChange("Account", null, List.of(field("Account", text)))));
    FieldDef number = FieldDef.builder("Level__c", FieldType.DOUBLE).custom(true).build();
    List<ComponentOutcome> outcomes = installer.install(
        List.of(new ObjectChange("Account", null, List.of(field("Account", number)))));
    assertEquals("cannot change the type of Account.Level__c from string to double: stored"
        + " values would no longer fit", outcomes.get(0).problem().message());
  }

  @Test
  void controlledByParentWithoutAMasterDetailIsRefused() {
    List<ComponentOutcome> outcomes = installer.check(List.of(object("Probe__c", true)));
    assertEquals("sharingModel ControlledByParent needs a MasterDetail field on Probe__c",
        outcomes.get(0).problem().message());
  }

  @Test
  void fieldsForAnObjectNobodyDefinesFail() {
    FieldDef text = FieldDef.builder("Note__c", FieldType.STRING).custom(true).build();
    List<ComponentOutcome> outcomes = installer.check(
        List.of(new ObjectChange("Nowhere__c", null, List.of(field("Nowhere__c", text)))));
    assertEquals("object 'Nowhere__c' is neither in the org nor in this deploy",
        outcomes.get(0).problem().message());
  }

  @Test
  void anActivityFieldLandsOnTaskAsOneComponentAndNoActivityObjectAppears() {
    FieldDef key = FieldDef.builder("Bellwether_Key__c", FieldType.STRING).length(255)
        .externalId(true).unique(true).custom(true).build();
    List<ComponentOutcome> outcomes = installer.install(
        List.of(new ObjectChange("Activity", null, List.of(field("Activity", key)))));
    assertEquals(List.of(Kind.CREATED), kinds(outcomes));
    assertEquals("Activity.Bellwether_Key__c", outcomes.get(0).component().fullName());
    assertEquals(key, schema.object("Task").orElseThrow().field("Bellwether_Key__c").orElseThrow());
    assertTrue(schema.object("Activity").isEmpty());
    assertEquals(List.of(Kind.UNCHANGED), kinds(installer.install(
        List.of(new ObjectChange("Activity", null, List.of(field("Activity", key)))))));
  }

  @Test
  void anOrgWithEventsGetsTheActivityFieldOnTaskAndEventAlike() {
    ObjectDef event = new ObjectDef("Event", "Event", "Events", "00U", false);
    SystemFields.addTo(event, true);
    schema.add(event);
    FieldDef key = FieldDef.builder("Bellwether_Key__c", FieldType.STRING).length(255)
        .externalId(true).unique(true).custom(true).build();
    List<ComponentOutcome> outcomes = installer.install(
        List.of(new ObjectChange("Activity", null, List.of(field("Activity", key)))));
    assertEquals(List.of(Kind.CREATED), kinds(outcomes));
    assertTrue(schema.object("Task").orElseThrow().field("Bellwether_Key__c").isPresent());
    assertTrue(schema.object("Event").orElseThrow().field("Bellwether_Key__c").isPresent());
  }

  @Test
  void anActivityFieldIsCheckedAgainstTheTaskFieldItWouldReplace() {
    FieldDef text = FieldDef.builder("Outcome__c", FieldType.STRING).length(20).custom(true).build();
    installer.install(List.of(new ObjectChange("Activity", null, List.of(field("Activity", text)))));
    FieldDef number = FieldDef.builder("Outcome__c", FieldType.DOUBLE).custom(true).build();
    List<ComponentOutcome> outcomes = installer.check(
        List.of(new ObjectChange("Activity", null, List.of(field("Activity", number)))));
    assertEquals("cannot change the type of Activity.Outcome__c from string to double: stored"
        + " values would no longer fit", outcomes.get(0).problem().message());
  }

  @Test
  void anOrgWithNeitherTaskNorEventRefusesActivityFields() {
    Schema bare = new Schema();
    FieldDef text = FieldDef.builder("Note__c", FieldType.STRING).length(20).custom(true).build();
    List<ComponentOutcome> outcomes = new SchemaInstaller(bare).check(
        List.of(new ObjectChange("Activity", null, List.of(field("Activity", text)))));
    assertEquals("Activity fields go on Task and Event, and this org has neither",
        outcomes.get(0).problem().message());
  }

  private static ObjectChange object(String name, boolean controlledByParent) {
    return new ObjectChange(name, spec(name, controlledByParent), List.of());
  }

  private static ObjectSpec spec(String name, boolean controlledByParent) {
    return new ObjectSpec(new ComponentRef("CustomObject", name, "objects/" + name + ".object"),
        name, name, name + "s", FieldDef.builder("Name", FieldType.STRING).length(80)
            .required(true).build(), controlledByParent);
  }

  private static FieldChange field(String object, FieldDef def) {
    return new FieldChange(new ComponentRef("CustomField", object + "." + def.name(),
        "objects/" + object + ".object"), object, def, false, null);
  }

  private static List<Kind> kinds(List<ComponentOutcome> outcomes) {
    return outcomes.stream().map(ComponentOutcome::kind).toList();
  }
}
