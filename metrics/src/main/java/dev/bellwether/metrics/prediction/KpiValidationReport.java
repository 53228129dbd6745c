package dev.bellwether.metrics.prediction;

import dev.bellwether.metrics.result.MetricValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well each health measure, and the composite score, separated renewed from churned accounts
 * in an org's history, so an admin sees which KPI predicts nothing and re-weights.
 *
 * @param renewals labeled renewals looked at
 * @param churned of those, the churned ones
 * @param measures one row per single measure: those with enough data first, then best AUC first
 * @param composite the composite score's row
 * @param compositeBeatsEveryMeasure whether the composite's AUC is above that of every measure
 *     with enough data (false when either side has too little data to compare)
 * @param compositeVerdict the plain sentence saying so, and why not when it does not
 * @param suggestedWeights shares summing to 1, proportional to AUC − 0.5 over the predictive and
 *     weak measures; not defined when none separates
 */
public record KpiValidationReport(
    int renewals,
    int churned,
    List<Row> measures,
    Row composite,
    boolean compositeBeatsEveryMeasure,
    String compositeVerdict,
    MetricValue<Map<String, Double>> suggestedWeights) {

  public KpiValidationReport {
    measures = List.copyOf(measures);
    Objects.requireNonNull(composite, "composite");
    Objects.requireNonNull(compositeVerdict, "compositeVerdict");
    Objects.requireNonNull(suggestedWeights, "suggestedWeights");
  }

  /** The row of {@code feature}, a measure or the composite. */
  public Row row(String feature) {
    if (composite.feature().equals(feature)) {
      return composite;
    }
    return measures.stream()
        .filter(r -> r.feature().equals(feature))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no KPI row for feature '" + feature + "'"));
  }

  /** Which way scores and churn went together. */
  public enum Direction {
    /** AUC above 0.5: as a health score should. */
    LOWER_SCORE_CHURNED_MORE,
    /** AUC below 0.5. */
    HIGHER_SCORE_CHURNED_MORE,
    /** AUC exactly 0.5, or no AUC. */
    NONE
  }

  /**
   * One measure over the labeled renewals.
   *
   * @param feature the measure's name
   * @param withData renewals whose account had data for it (its coverage)
   * @param churnedWithData of those, the churned ones
   * @param enoughData whether there were enough renewals with data, of both outcomes, to judge it
   * @param auc the AUC of "lower score = more churn" over the renewals with data
   * @param direction the direction observed
   * @param worstFifthLift churn rate among the worst-scored 20% ÷ churn rate of all with data
   * @param verdict predictive, weak, predicts nothing or reversed
   * @param reason the verdict in a sentence, with the AUC or what data was missing
   */
  public record Row(
      String feature,
      int withData,
      int churnedWithData,
      boolean enoughData,
      MetricValue<Double> auc,
      Direction direction,
      MetricValue<Double> worstFifthLift,
      KpiVerdict verdict,
      String reason) {

    public Row {
      Objects.requireNonNull(feature, "feature");
      Objects.requireNonNull(auc, "auc");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(worstFifthLift, "worstFifthLift");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
