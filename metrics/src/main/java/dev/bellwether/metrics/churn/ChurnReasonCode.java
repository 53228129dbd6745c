package dev.bellwether.metrics.churn;

import java.util.Arrays;

/**
 * The default churn taxonomy (domain.md, "Churn reasons"), with the picklist API values of
 * CS_Churn_Reason__c.Primary_Reason__c. Only an acquisition, merger or closure and a strategy
 * change at the customer are outside the company's control. Admins may add reasons: see
 * {@link ChurnReasonTaxonomy}.
 */
public enum ChurnReasonCode {
  PRODUCT_GAPS("Product gaps or quality", true),
  POOR_ONBOARDING("Poor onboarding or no adoption", true),
  NO_VALUE("No value realised / ROI not proven", true),
  PRICE("Price or budget", true),
  CHAMPION_LEFT("Champion or sponsor left", true),
  ACQUIRED_OR_CLOSED("Acquired, merged or went out of business", false),
  COMPETITOR("Moved to a competitor", true),
  SERVICE("Service or support experience", true),
  STRATEGY_CHANGE("Strategy change at the customer", false),
  BAD_FIT("Bad fit sold (wrong segment)", true);

  private final ChurnReason reason;

  ChurnReasonCode(String picklistValue, boolean controllable) {
    this.reason = new ChurnReason(picklistValue, controllable);
  }

  /** The picklist API value (also its label). */
  public String picklistValue() {
    return reason.picklistValue();
  }

  public boolean controllable() {
    return reason.controllable();
  }

  /** This reason as a taxonomy entry. */
  public ChurnReason reason() {
    return reason;
  }

  /**
   * The default reason with this picklist value (surrounding spaces and case ignored).
   *
   * @throws IllegalArgumentException naming the value and the defaults; an admin's own reason is
   *     read with {@link ChurnReasonTaxonomy#reason(String)}
   */
  public static ChurnReasonCode fromPicklist(String value) {
    String wanted = value.strip();
    for (ChurnReasonCode code : values()) {
      if (code.picklistValue().equalsIgnoreCase(wanted)) {
        return code;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a default churn reason"
        + " (CS_Churn_Reason__c.Primary_Reason__c); the defaults are " + ChurnReasonTaxonomy.names(
            Arrays.stream(values()).map(ChurnReasonCode::reason).toList())
        + "; reasons an admin added are read through the org's ChurnReasonTaxonomy");
  }
}
