package dev.bellwether.service.scoring.churn;

import dev.bellwether.metrics.prediction.BacktestReport;
import dev.bellwether.metrics.prediction.KpiValidationReport;
import dev.bellwether.metrics.prediction.RiskExplanation;
import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.metrics.result.MetricValue;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the churn stage produced: the model (trained now, or the stored one reused since its
 * training, {@code reusedFrom}), the backtest and KPI validation of a training (absent when the
 * model was reused: the stored reports stand), and each scored account's risk explanation.
 */
public record ChurnModelOutcome(int labeledRenewals, TrainingResult training, Optional<Instant> reusedFrom,
    Optional<Reports> reports, Map<String, RiskExplanation> risks) {

  /** The reports of a training, over the same labeled renewals. */
  public record Reports(MetricValue<BacktestReport> backtest, KpiValidationReport kpiValidation) {}

  /** The reports, which exist whenever the model was trained in this run. */
  public Reports reportsOrThrow() {
    return reports.orElseThrow(() -> new IllegalStateException("the churn model was reused from "
        + reusedFrom.orElse(null) + "; its reports are the stored ones"));
  }
}
