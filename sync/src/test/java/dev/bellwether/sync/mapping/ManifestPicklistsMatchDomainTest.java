package dev.bellwether.sync.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.sync.mapping.ManifestFiles.FieldFile;
import dev.bellwether.sync.mapping.ManifestFiles.PicklistValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every picklist of manifests/ holds exactly the terms of the CS domain (../shared/domain.md, the
 * definitions every engineer computes from), so the CRM, the store and the metrics speak alike.
 */
class ManifestPicklistsMatchDomainTest {
  /** domain.md, Health score: "Red < 50 ≤ Yellow < 75 ≤ Green", listed best first. */
  private static final List<String> BANDS = List.of("Green", "Yellow", "Red");
  /** domain.md, Renewals: "a forecast category (Commit, Best case, Pipeline, At risk, Omitted)". */
  private static final List<String> FORECAST_CATEGORIES = List.of("Commit", "Best case", "Pipeline", "At risk",
      "Omitted");
  /** domain.md, Renewals: "a status (Upcoming, In progress, Renewed, Downsold, Upsold, Churned)". */
  private static final List<String> RENEWAL_STATUSES = List.of("Upcoming", "In progress", "Renewed", "Downsold",
      "Upsold", "Churned");
  /** domain.md, Churn reasons: the default taxonomy, in its order, first letter capitalised. */
  private static final List<String> CHURN_REASONS = List.of("Product gaps or quality",
      "Poor onboarding or no adoption", "No value realised / ROI not proven", "Price or budget",
      "Champion or sponsor left", "Acquired, merged or went out of business", "Moved to a competitor",
      "Service or support experience", "Strategy change at the customer", "Bad fit sold (wrong segment)");
  /** domain.md marks these two "(uncontrollable)"; every other reason is controllable. */
  private static final Set<String> UNCONTROLLABLE = Set.of("Acquired, merged or went out of business",
      "Strategy change at the customer");
  /**
   * domain.md names no risk levels or lifecycle stages; these are defined in manifests/README.md
   * and pinned here so that a change is made on purpose, in both places.
   */
  private static final List<String> RISK_LEVELS = List.of("Low", "Medium", "High");
  private static final List<String> LIFECYCLE_STAGES = List.of("Onboarding", "Adoption", "Renewal", "Churned");

  /** Every picklist field of the manifests and the list it must hold. */
  private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
      Map.entry("CS_Health__c.Band__c", BANDS),
      Map.entry("CS_Health__c.Override_Band__c", BANDS),
      Map.entry("Account.CS_Health_Band__c", BANDS),
      Map.entry("CS_Renewal__c.Forecast_Category__c", FORECAST_CATEGORIES),
      Map.entry("CS_Renewal__c.Status__c", RENEWAL_STATUSES),
      Map.entry("CS_Renewal__c.Risk_Level__c", RISK_LEVELS),
      Map.entry("Account.CS_Renewal_Risk__c", RISK_LEVELS),
      Map.entry("CS_Churn_Reason__c.Primary_Reason__c", CHURN_REASONS),
      Map.entry("CS_Churn_Reason__c.Secondary_Reason__c", CHURN_REASONS),
      Map.entry("Account.CS_Lifecycle_Stage__c", LIFECYCLE_STAGES));

  @Test
  void everyPicklistHoldsExactlyItsDomainTermsInOrder() {
    Map<String, List<String>> actual = new TreeMap<>();
    for (FieldFile f : ManifestFiles.fields()) {
      if (f.type().equals("Picklist") || f.type().equals("MultiselectPicklist")) {
        actual.put(f.fullName(), f.picklistValues().stream().map(PicklistValue::label).toList());
      }
    }
    assertEquals(new TreeMap<>(EXPECTED), actual);
  }

  @Test
  void everyPicklistIsRestrictedSoTheApiCannotWriteAnOffListValue() {
    List<String> open = new ArrayList<>();
    for (FieldFile f : ManifestFiles.fields()) {
      if (f.type().equals("Picklist")) {
        String restricted = ManifestFiles.children(f.xml(), "valueSet").stream()
            .map(v -> ManifestFiles.text(v, "restricted").orElse("false")).findFirst().orElse("false");
        if (!restricted.equals("true")) {
          open.add(f.fullName());
        }
      }
    }
    assertEquals(List.of(), open);
  }

  @Test
  void eachChurnReasonSaysWhetherItIsControllableAsDomainMdMarksIt() {
    for (String field : List.of("Primary_Reason__c", "Secondary_Reason__c")) {
      Set<String> uncontrollable = new TreeSet<>();
      for (PicklistValue v : ManifestFiles.field("CS_Churn_Reason__c", field).picklistValues()) {
        String description = v.description() == null ? "" : v.description();
        if (description.startsWith("Uncontrollable.")) {
          uncontrollable.add(v.label());
        } else {
          assertTrue(description.startsWith("Controllable."), field + " " + v.label()
              + ": its description must start with 'Controllable.' or 'Uncontrollable.'");
        }
      }
      assertEquals(new TreeSet<>(UNCONTROLLABLE), uncontrollable, field);
    }
  }

  @Test
  void theChurnReasonIsRequiredAndTheSecondaryOneOptional() {
    assertTrue(ManifestFiles.field("CS_Churn_Reason__c", "Primary_Reason__c").required());
    assertFalse(ManifestFiles.field("CS_Churn_Reason__c", "Secondary_Reason__c").required());
  }
}
