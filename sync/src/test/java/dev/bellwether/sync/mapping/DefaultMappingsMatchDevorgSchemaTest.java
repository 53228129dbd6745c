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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped mappings against devorg's schema: its standard objects and the custom objects and
 * fields of the repository's manifests/, installed as devorg installs them at start-up.
 */
class DefaultMappingsMatchDevorgSchemaTest {
  private static final List<String> OUR_OBJECTS = List.of("CS_Health__c", "CS_Renewal__c", "CS_Churn_Reason__c");
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
  void everyDefaultObjectAndFieldIsInstalledByTheManifests() {
    List<String> missing = new ArrayList<>();
    for (ObjectMapping o : DEFAULTS.objects()) {
      Optional<ObjectDef> object = installed.object(o.object());
      if (object.isEmpty()) {
        missing.add(o.object());
        continue;
      }
      o.fields().stream().map(FieldMapping::field).filter(f -> object.get().field(f).isEmpty())
          .forEach(f -> missing.add(o.object() + "." + f));
    }
    assertEquals(List.of(), missing, "mapped objects and fields that neither devorg nor manifests/ define");
  }

  @Test
  void everyCustomFieldOfOurObjectsIsMappedExceptTheCrmsOwnFormulas() {
    for (String name : OUR_OBJECTS) {
      ObjectDef object = installed.object(name).orElseThrow();
      ObjectMapping mapping = DEFAULTS.object(name).orElseThrow();

      List<String> customInManifest = object.fields().stream().filter(FieldDef::custom)
          .filter(f -> !f.derived()).map(FieldDef::name).sorted().toList();
      List<String> customMapped = mapping.fields().stream().map(FieldMapping::field)
          .filter(f -> f.endsWith("__c")).sorted().toList();
      assertEquals(customInManifest, customMapped, name + ": every field synced, none invented");
      FieldDef key = object.field(mapping.externalIdField()).orElseThrow();
      assertTrue(key.externalId() && key.unique(), name + ": the upsert key is a unique external id");
    }
  }

  @Test
  void everyAccountFieldOfTheManifestsIsWrittenBackAndNeverRead() {
    List<String> installedCustom = installed.object("Account").orElseThrow().fields().stream()
        .filter(FieldDef::custom).map(FieldDef::name).sorted().toList();
    ObjectMapping account = DEFAULTS.object("Account").orElseThrow();
    List<String> mappedCustom = account.fields().stream().map(FieldMapping::field)
        .filter(f -> f.endsWith("__c")).sorted().toList();
    List<String> writtenCustom = account.outboundFields().stream().filter(f -> f.endsWith("__c"))
        .sorted().toList();

    assertEquals(installedCustom, mappedCustom);
    assertEquals(mappedCustom, writtenCustom);
    assertTrue(account.inboundFields().stream().noneMatch(f -> f.endsWith("__c")));
  }

  @Test
  void everyOutboundDefaultFieldIsWritableByTheApiAndNoneIsComputedByTheCrm() {
    List<String> readOnly = new ArrayList<>();
    for (ObjectMapping o : DEFAULTS.objects()) {
      for (String f : o.outboundFields()) {
        FieldDef def = installed.object(o.object()).flatMap(obj -> obj.field(f)).orElseThrow(
            () -> new AssertionError(o.object() + "." + f + " is not installed"));
        if (def.derived() || (!def.writableOnCreate() && !def.writableOnUpdate())) {
          readOnly.add(o.object() + "." + f);
        }
      }
    }
    assertEquals(List.of(), readOnly);
  }

  @Test
  void everyMappedLookupPointsAtAnObjectThatSyncsNoLaterThanItsChild() {
    List<String> names = DEFAULTS.objects().stream().map(ObjectMapping::object).toList();
    List<String> childrenFirst = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ObjectDef object = installed.object(names.get(i)).orElseThrow();
      for (FieldMapping f : DEFAULTS.objects().get(i).fields()) {
        for (String parent : object.field(f.field()).map(FieldDef::referenceTo).orElse(List.of())) {
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
