package dev.bellwether.metrics.renewal;

import java.math.BigDecimal;

/**
 * The CSM's forecast for a renewal, as CS_Renewal__c.Forecast_Category__c names it: Commit (will
 * renew), Best case (could renew with effort), Pipeline (open, no call yet), At risk (likely to
 * churn or downsell), Omitted (left out of the forecast). Bellwether only suggests one for a new
 * renewal; from then on the category is the CSM's.
 */
public enum ForecastCategory {
  COMMIT("Commit"),
  BEST_CASE("Best case"),
  PIPELINE("Pipeline"),
  AT_RISK("At risk"),
  OMITTED("Omitted");

  /** Suggestion thresholds on the system likelihood (percent), the same as the risk levels'. */
  static final BigDecimal COMMIT_FROM = BigDecimal.valueOf(90);
  static final BigDecimal BEST_CASE_FROM = BigDecimal.valueOf(75);
  static final BigDecimal PIPELINE_FROM = BigDecimal.valueOf(50);

  private final String picklistValue;

  ForecastCategory(String picklistValue) {
    this.picklistValue = picklistValue;
  }

  /** The picklist API value (also its label). */
  public String picklistValue() {
    return picklistValue;
  }

  /**
   * The category a new renewal starts with, from its system likelihood in percent: Commit from
   * 90, Best case from 75, Pipeline from 50, At risk below 50. Omitted is never suggested: leaving
   * a renewal out of the forecast is a person's decision.
   */
  public static ForecastCategory suggested(BigDecimal likelihoodPercent) {
    Percent.check(likelihoodPercent, "likelihood");
    if (likelihoodPercent.compareTo(COMMIT_FROM) >= 0) {
      return COMMIT;
    }
    if (likelihoodPercent.compareTo(BEST_CASE_FROM) >= 0) {
      return BEST_CASE;
    }
    return likelihoodPercent.compareTo(PIPELINE_FROM) >= 0 ? PIPELINE : AT_RISK;
  }

  /** The category of a Forecast_Category__c value (any case). */
  public static ForecastCategory fromPicklist(String value) {
    for (ForecastCategory category : values()) {
      if (category.picklistValue.equalsIgnoreCase(value.strip())) {
        return category;
      }
    }
    throw new IllegalArgumentException("forecast category '" + value
        + "' is none of Commit, Best case, Pipeline, At risk, Omitted"
        + " (CS_Renewal__c.Forecast_Category__c)");
  }
}
