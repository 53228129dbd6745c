package dev.bellwether.sync.mapping;

import static dev.bellwether.sync.mapping.ManifestFiles.children;
import static dev.bellwether.sync.mapping.ManifestFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bellwether.sync.mapping.ManifestFiles.FieldFile;
import dev.bellwether.sync.mapping.ManifestFiles.ObjectFile;
import dev.bellwether.sync.mapping.ManifestFiles.PicklistValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What managers meet in the report builder and what admins install: every field and object of
 * manifests/ explained in English, translated into Korean, and granted by the permission set.
 */
class ManifestsDocumentedTest {
  /** Salesforce's limits: descriptions 1,000 characters, help text 510, field labels 40. */
  private static final int MAX_DESCRIPTION = 1000;
  private static final int MAX_HELP = 510;
  private static final int MAX_LABEL = 40;

  @Test
  void theManifestsDefineOurThreeObjectsAndTheTenAccountFields() {
    assertEquals(List.of("CS_Churn_Reason__c", "CS_Health__c", "CS_Renewal__c"),
        ManifestFiles.customObjects().stream().map(ObjectFile::name).toList());
    assertEquals(List.of("CS_ARR__c", "CS_Churn_Risk__c", "CS_Health_Band__c", "CS_Health_Score__c",
        "CS_Health_Trend__c", "CS_Last_Scored__c", "CS_Lifecycle_Stage__c", "CS_NPS__c",
        "CS_Next_Renewal_Date__c", "CS_Renewal_Risk__c"), ManifestFiles.fields().stream()
        .filter(f -> f.object().equals("Account")).map(FieldFile::name).sorted().toList());
  }

  @Test
  void everyFieldHasALabelADescriptionAndHelpTextWithinSalesforceLimits() {
    List<String> problems = new ArrayList<>();
    for (FieldFile f : ManifestFiles.fields()) {
      check(problems, f.fullName(), "label", text(f.xml(), "label").orElse(""), MAX_LABEL);
      check(problems, f.fullName(), "description", text(f.xml(), "description").orElse(""), MAX_DESCRIPTION);
      check(problems, f.fullName(), "inlineHelpText", text(f.xml(), "inlineHelpText").orElse(""), MAX_HELP);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyObjectHasADescription() {
    // CustomObject has no inlineHelpText in the Metadata API: its description is what admins read.
    List<String> problems = new ArrayList<>();
    for (ObjectFile o : ManifestFiles.customObjects()) {
      check(problems, o.name(), "description", text(o.xml(), "description").orElse(""), MAX_DESCRIPTION);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void picklistValuesAreTheirOwnLabelsSoReportsAndTheApiShowTheSameWords() {
    List<String> differing = new ArrayList<>();
    for (FieldFile f : ManifestFiles.fields()) {
      for (PicklistValue v : f.picklistValues()) {
        if (!v.apiName().equals(v.label())) {
          differing.add(f.fullName() + ": " + v.apiName() + " / " + v.label());
        }
      }
    }
    assertEquals(List.of(), differing);
  }

  @Test
  void everyFieldHasAKoreanLabelAndHelpTextAndEveryPicklistValueAKoreanName() {
    List<String> problems = new ArrayList<>();
    for (FieldFile f : ManifestFiles.fields()) {
      Path file = ManifestFiles.KOREAN.resolve(f.object() + "-ko").resolve(f.name() + ".fieldTranslation-meta.xml");
      if (!Files.isRegularFile(file)) {
        problems.add(f.fullName() + ": no Korean translation at " + file);
        continue;
      }
      Element ko = ManifestFiles.parse(file);
      if (!text(ko, "name").orElse("").equals(f.name())) {
        problems.add(f.fullName() + ": the translation names " + text(ko, "name").orElse("nothing"));
      }
      check(problems, f.fullName() + " (ko)", "label", text(ko, "label").orElse(""), MAX_LABEL);
      check(problems, f.fullName() + " (ko)", "help", text(ko, "help").orElse(""), MAX_HELP);
      List<String> translated = children(ko, "picklistValues").stream()
          .filter(v -> text(v, "translation").isPresent())
          .map(v -> text(v, "masterLabel").orElse("")).toList();
      List<String> values = f.picklistValues().stream().map(PicklistValue::label).toList();
      if (!translated.equals(values)) {
        problems.add(f.fullName() + ": Korean picklist values " + translated + ", expected " + values);
      }
      boolean lookup = f.type().equals("Lookup") || f.type().equals("MasterDetail");
      if (lookup && text(ko, "relationshipLabel").isEmpty()) {
        problems.add(f.fullName() + ": no Korean relationshipLabel");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyObjectHasAKoreanNameInTheSingularAndPluralAndForItsNameField() {
    for (ObjectFile o : ManifestFiles.customObjects()) {
      Element ko = ManifestFiles.parse(ManifestFiles.KOREAN.resolve(o.name() + "-ko")
          .resolve(o.name() + "-ko.objectTranslation-meta.xml"));
      Map<String, String> names = children(ko, "caseValues").stream().collect(Collectors.toMap(
          c -> text(c, "plural").orElseThrow(), c -> text(c, "value").orElseThrow()));
      assertEquals(List.of("false", "true"), List.copyOf(new TreeMap<>(names).keySet()), o.name());
      assertFalse(text(ko, "nameFieldLabel").isEmpty(), o.name() + " name field");
    }
  }

  @Test
  void thePermissionSetGrantsEveryObjectAndEveryFieldSalesforceLetsItGrant() {
    Element permissions = ManifestFiles.parse(ManifestFiles.PERMISSION_SET);
    Map<String, String> granted = new TreeMap<>();
    for (Element p : children(permissions, "fieldPermissions")) {
      granted.put(text(p, "field").orElseThrow(), text(p, "readable").orElseThrow() + "/"
          + text(p, "editable").orElseThrow());
    }
    Map<String, String> expected = new TreeMap<>();
    for (FieldFile f : ManifestFiles.fields()) {
      // Salesforce refuses field permissions on required fields (master-detail ones included).
      if (!f.required()) {
        // A field defined on Activity is granted on Task and on Event, the objects that show it.
        List<String> objects = f.object().equals("Activity") ? List.of("Task", "Event") : List.of(f.object());
        objects.forEach(o -> expected.put(o + "." + f.name(), "true/" + !f.formula()));
      }
    }
    assertEquals(expected, granted);

    List<String> objects = children(permissions, "objectPermissions").stream()
        .filter(p -> children(p, "allowCreate").stream().allMatch(e -> e.getTextContent().equals("true")))
        .map(p -> text(p, "object").orElseThrow()).sorted().toList();
    assertEquals(ManifestFiles.customObjects().stream().map(ObjectFile::name).sorted().toList(), objects);
  }

  private static void check(List<String> problems, String where, String element, String value, int max) {
    if (value.isBlank()) {
      problems.add(where + ": no <" + element + ">");
    } else if (value.length() > max) {
      problems.add(where + ": <" + element + "> has " + value.length() + " characters, Salesforce allows " + max);
    }
  }
}
