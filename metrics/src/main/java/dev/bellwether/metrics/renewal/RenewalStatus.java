package dev.bellwether.metrics.renewal;

/**
 * A renewal's status as CS_Renewal__c.Status__c names it: Upcoming and In progress while open,
 * then how it closed: Renewed (like for like), Downsold, Upsold or Churned.
 */
public enum RenewalStatus {
  UPCOMING("Upcoming", RenewalOutcome.OPEN),
  IN_PROGRESS("In progress", RenewalOutcome.OPEN),
  RENEWED("Renewed", RenewalOutcome.RENEWED),
  DOWNSOLD("Downsold", RenewalOutcome.DOWNSOLD),
  UPSOLD("Upsold", RenewalOutcome.UPSOLD),
  CHURNED("Churned", RenewalOutcome.CHURNED);

  private final String picklistValue;
  private final RenewalOutcome outcome;

  RenewalStatus(String picklistValue, RenewalOutcome outcome) {
    this.picklistValue = picklistValue;
    this.outcome = outcome;
  }

  /** The picklist API value (also its label). */
  public String picklistValue() {
    return picklistValue;
  }

  /** The outcome the renewal metrics count this status as. */
  public RenewalOutcome outcome() {
    return outcome;
  }

  public boolean isClosed() {
    return outcome.isClosed();
  }

  /** The status of a Status__c value (any case). */
  public static RenewalStatus fromPicklist(String value) {
    for (RenewalStatus status : values()) {
      if (status.picklistValue.equalsIgnoreCase(value.strip())) {
        return status;
      }
    }
    throw new IllegalArgumentException("renewal status '" + value
        + "' is none of Upcoming, In progress, Renewed, Downsold, Upsold, Churned"
        + " (CS_Renewal__c.Status__c)");
  }
}
