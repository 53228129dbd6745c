package dev.bellwether.metrics.churn;

import java.util.Objects;

/**
 * One reason in the churn taxonomy: its picklist API value (CS_Churn_Reason__c.Primary_Reason__c
 * and Secondary_Reason__c) and whether churn for it was within the company's control.
 */
public record ChurnReason(String picklistValue, boolean controllable) {

  /** Salesforce's limit for a picklist value. */
  static final int MAX_VALUE_LENGTH = 255;

  public ChurnReason {
    Objects.requireNonNull(picklistValue, "picklistValue");
    picklistValue = picklistValue.strip();
    if (picklistValue.isEmpty()) {
      throw new IllegalArgumentException("a churn reason needs a picklist value, which is blank");
    }
    if (picklistValue.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException("churn reason '" + picklistValue + "' is longer than the "
          + MAX_VALUE_LENGTH + " characters a picklist value may have");
    }
  }

  @Override
  public String toString() {
    return picklistValue + (controllable ? " (controllable)" : " (uncontrollable)");
  }
}
