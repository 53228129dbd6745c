package dev.bellwether.metrics.renewal;

/**
 * How much a renewal is at risk, as CS_Renewal__c.Risk_Level__c (and Account.CS_Renewal_Risk__c)
 * name it: Low, Medium or High. High-risk renewals fill the manager's "renewals at risk" view.
 */
public enum RiskLevel {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High");

  private final String picklistValue;

  RiskLevel(String picklistValue) {
    this.picklistValue = picklistValue;
  }

  /** The picklist API value (also its label). */
  public String picklistValue() {
    return picklistValue;
  }

  /** The higher of the two levels. */
  public RiskLevel atLeast(RiskLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The level of a Risk_Level__c value (any case). */
  public static RiskLevel fromPicklist(String value) {
    for (RiskLevel level : values()) {
      if (level.picklistValue.equalsIgnoreCase(value.strip())) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "risk level '" + value + "' is none of Low, Medium, High (CS_Renewal__c.Risk_Level__c)");
  }
}
