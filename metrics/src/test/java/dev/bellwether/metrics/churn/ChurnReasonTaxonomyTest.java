package dev.bellwether.metrics.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnReasonTaxonomyTest {

  @Test
  void theDefaultsAreThePrimaryReasonPicklistInItsOrder() {
    assertEquals(List.of("Product gaps or quality", "Poor onboarding or no adoption",
        "No value realised / ROI not proven", "Price or budget", "Champion or sponsor left",
        "Acquired, merged or went out of business", "Moved to a competitor",
        "Service or support experience", "Strategy change at the customer",
        "Bad fit sold (wrong segment)"),
        Arrays.stream(ChurnReasonCode.values()).map(ChurnReasonCode::picklistValue).toList());
  }

  @Test
  void onlyAcquisitionOrClosureAndStrategyChangeAreUncontrollable() {
    assertEquals(List.of(ChurnReasonCode.ACQUIRED_OR_CLOSED, ChurnReasonCode.STRATEGY_CHANGE),
        Arrays.stream(ChurnReasonCode.values()).filter(c -> !c.controllable()).toList());
  }

  @Test
  void picklistValuesAreReadIgnoringCaseAndSpaces() {
    assertEquals(ChurnReasonCode.NO_VALUE, ChurnReasonCode.fromPicklist(" no value realised / roi not proven "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChurnReasonCode.fromPicklist("Too expensive"));
    assertTrue(e.getMessage().startsWith("'Too expensive' is not a default churn reason"
        + " (CS_Churn_Reason__c.Primary_Reason__c); the defaults are 'Product gaps or quality', "),
        e.getMessage());
  }

  @Test
  void adminsExtendTheDefaultsWithTheirOwnReasonsAndFlags() {
    ChurnReason regulation = new ChurnReason("Regulation banned the use case", false);
    ChurnReason migration = new ChurnReason("Failed data migration", true);
    ChurnReasonTaxonomy taxonomy = ChurnReasonTaxonomy.withExtras(List.of(regulation, migration));

    assertEquals(12, taxonomy.reasons().size());
    assertEquals(regulation, taxonomy.reasons().get(10));
    assertEquals(regulation, taxonomy.reason("regulation banned the use case"));
    assertEquals(ChurnReasonCode.PRICE.reason(), taxonomy.reason("Price or budget"));
    assertTrue(taxonomy.contains(migration));
    assertFalse(taxonomy.contains(new ChurnReason("Failed data migration", false)),
        "the same value with the other flag is not this org's reason");
    assertFalse(ChurnReasonTaxonomy.defaults().contains(migration));
  }

  @Test
  void unknownDuplicateAndBlankReasonsAreRefusedByValue() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ChurnReasonTaxonomy.defaults().reason("Weather"));
    assertTrue(unknown.getMessage().startsWith("'Weather' is not a churn reason of this org"), unknown.getMessage());
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> ChurnReasonTaxonomy.withExtras(List.of(new ChurnReason("price OR budget", true))));
    assertEquals("extra churn reason 'price OR budget' repeats 'Price or budget', already in the taxonomy",
        dup.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ChurnReasonTaxonomy.withExtras(
        List.of(new ChurnReason("Reorg", false), new ChurnReason("REORG", false))));
    assertThrows(IllegalArgumentException.class, () -> new ChurnReason("  ", true));
    assertThrows(IllegalArgumentException.class, () -> new ChurnReason("x".repeat(256), true));
  }
}
