package dev.bellwether.sync.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.metadata.ComponentOutcome;
import dev.bellwether.devorg.metadata.MetadataPackage;
import dev.bellwether.devorg.metadata.SchemaInstaller;
import dev.bellwether.devorg.metadata.SourceFormatReader;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.schema.StandardObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped mappings against devorg's schema: its standard objects and the custom objects and
 * fields of the repository's manifests/, installed as devorg installs them at start-up.
 */
class DefaultMappingsMatchDevorgSchemaTest {
  /** Arrive with issue 5 (manifests for renewals, churn reasons and the Account CS_* fields). */
  private static final Set<String> PENDING_OBJECTS = Set.of("CS_Renewal__c", "CS_Churn_Reason__c");
  private static final Set<String> PENDING_ACCOUNT_FIELDS = Set.of("CS_Health_Score__c", "CS_Health_Band__c",
      "CS_Health_Trend__c", "CS_ARR__c", "CS_Next_Renewal_Date__c", "CS_Renewal_Risk__c", "CS_Churn_Risk__c",
      "CS_NPS__c", "CS_Lifecycle_Stage__c", "CS_Last_Scored__c");

  private static final Mappings DEFAULTS = MappingsLoader.defaults();
  private static Schema standard;
  private static Schema installed;

  @BeforeAll
  static void loadDevorgSchema() throws Exception {
    standard = StandardObjects.newSchema();
    installed = StandardObjects.newSchema();
    // Surefire runs in the module's folder; manifests/ sits beside it at the repository root.
    Path manifests = Path.of("..", "manifests");
    assertTrue(Files.isRegularFile(manifests.resolve("sfdx-project.json")), "manifests/ found at " + manifests);
    MetadataPackage pkg = SourceFormatReader.read(manifests);
    assertEquals(List.of(), pkg.problems());
    List<ComponentOutcome> failed = new SchemaInstaller(installed).install(pkg.objects()).stream()
        .filter(o -> !o.succeeded()).toList();
    assertEquals(List.of(), failed);
  }

  @Test
  void everyDefaultStandardFieldOfAStandardObjectExistsInDevorgsStandardSchema() {
    List<String> missing = new ArrayList<>();
    for (ObjectMapping o : DEFAULTS.objects()) {
      if (o.object().endsWith("__c")) {
        continue; // our own objects come from manifests/, checked below
      }
      Optional<ObjectDef> object = standard.object(o.object());
      assertTrue(object.isPresent(), o.object() + " is a devorg standard object");
      o.fields().stream().map(FieldMapping::field).filter(f -> !f.endsWith("__c"))
          .filter(f -> object.get().field(f).isEmpty())
          .forEach(f -> missing.add(o.object() + "." + f));
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyDefaultFieldNotYetInstalledIsOneThatIssue5Brings() {
    List<String> missing = new ArrayList<>();
    for (ObjectMapping o : DEFAULTS.objects()) {
      Optional<ObjectDef> object = installed.object(o.object());
      if (object.isEmpty()) {
        assertTrue(PENDING_OBJECTS.contains(o.object()), o.object() + " is neither in devorg nor pending");
        continue;
      }
      for (FieldMapping f : o.fields()) {
        if (object.get().field(f.field()).isEmpty()) {
          missing.add(o.object() + "." + f.field());
        }
      }
    }
    List<String> unexplained = missing.stream()
        .filter(m -> !m.startsWith("Account.") || !PENDING_ACCOUNT_FIELDS.contains(m.substring(8)))
        .toList();
    assertEquals(List.of(), unexplained, "mapped fields that neither devorg nor issue 5 define");
  }

  @Test
  void theHealthSnapshotMappingMatchesItsManifestFieldForField() {
    ObjectDef health = installed.object("CS_Health__c").orElseThrow();
    ObjectMapping mapping = DEFAULTS.object("CS_Health__c").orElseThrow();

    List<String> customInManifest = health.fields().stream().filter(FieldDef::custom).map(FieldDef::name)
        .sorted().toList();
    List<String> customMapped = mapping.fields().stream().map(FieldMapping::field)
        .filter(f -> f.endsWith("__c")).sorted().toList();
    assertEquals(customInManifest, customMapped, "every snapshot field is written, none invented");
    assertTrue(health.field(mapping.externalIdField()).orElseThrow().externalId(),
        "the upsert key is an external id in the manifest");
  }

  @Test
  void everyOutboundDefaultFieldThatExistsIsWritableByTheApi() {
    List<String> readOnly = new ArrayList<>();
    for (ObjectMapping o : DEFAULTS.objects()) {
      for (String f : o.outboundFields()) {
        installed.object(o.object()).flatMap(obj -> obj.field(f))
            .filter(def -> !def.writableOnCreate() && !def.writableOnUpdate())
            .ifPresent(def -> readOnly.add(o.object() + "." + f));
      }
    }
    assertEquals(List.of(), readOnly);
  }

  @Test
  void everyMappedLookupPointsAtAnObjectThatSyncsNoLaterThanItsChild() {
    List<String> names = DEFAULTS.objects().stream().map(ObjectMapping::object).toList();
    List<String> childrenFirst = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Optional<ObjectDef> object = installed.object(names.get(i));
      if (object.isEmpty()) {
        continue;
      }
      for (FieldMapping f : DEFAULTS.objects().get(i).fields()) {
        for (String parent : object.get().field(f.field()).map(FieldDef::referenceTo).orElse(List.of())) {
          if (names.indexOf(parent) > i) {
            childrenFirst.add(names.get(i) + "." + f.field() + " -> " + parent);
          }
        }
      }
    }
    assertEquals(List.of(), childrenFirst);
    assertTrue(names.indexOf("User") < names.indexOf("Account"), "owners first");
  }
}
