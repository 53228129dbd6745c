package dev.bellwether.metrics.renewal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the forecast of one open renewal reads.
 *
 * @param healthScore the account's health score (0–100); empty when it has none
 * @param churnRiskPercent the churn model's probability (0–100 %) that the account churns at this
 *     renewal; empty when the model has not scored it
 * @param priorRenewed the account's earlier renewals that renewed (like-for-like, up or down)
 * @param priorChurned the account's earlier renewals that churned
 */
public record ForecastInputs(
    Optional<BigDecimal> healthScore,
    Optional<BigDecimal> churnRiskPercent,
    int priorRenewed,
    int priorChurned) {

  public ForecastInputs {
    Objects.requireNonNull(healthScore, "healthScore");
    Objects.requireNonNull(churnRiskPercent, "churnRiskPercent");
    healthScore.ifPresent(h -> Percent.check(h, "health score"));
    churnRiskPercent.ifPresent(r -> Percent.check(r, "churn risk"));
    if (priorRenewed < 0 || priorChurned < 0) {
      throw new IllegalArgumentException("prior renewal counts must not be negative, were "
          + priorRenewed + " renewed and " + priorChurned + " churned");
    }
  }

  /** An account with no score, no churn prediction and no renewal history. */
  public static ForecastInputs none() {
    return new ForecastInputs(Optional.empty(), Optional.empty(), 0, 0);
  }

  public ForecastInputs withHealthScore(BigDecimal score) {
    return new ForecastInputs(Optional.of(score), churnRiskPercent, priorRenewed, priorChurned);
  }

  public ForecastInputs withChurnRisk(BigDecimal percent) {
    return new ForecastInputs(healthScore, Optional.of(percent), priorRenewed, priorChurned);
  }

  public ForecastInputs withHistory(int renewed, int churned) {
    return new ForecastInputs(healthScore, churnRiskPercent, renewed, churned);
  }
}
