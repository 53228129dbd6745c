package dev.bellwether.metrics.prediction;

/**
 * What a measure's history says about it, from its AUC under "lower score = more churn" (see
 * {@link KpiValidation} for the thresholds).
 */
public enum KpiVerdict {
  /** AUC ≥ 0.65: lower scores clearly went with churn. */
  PREDICTIVE,
  /** 0.55 &lt; AUC &lt; 0.65: some separation, not much. */
  WEAK,
  /** 0.45 ≤ AUC ≤ 0.55, or too few renewals with data to judge. */
  PREDICTS_NOTHING,
  /** AUC &lt; 0.45: higher scores went with churn, so the measure's thresholds point the wrong way. */
  REVERSED
}
