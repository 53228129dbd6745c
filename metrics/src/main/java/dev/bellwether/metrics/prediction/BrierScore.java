package dev.bellwether.metrics.prediction;

import dev.bellwether.metrics.result.MetricValue;
import java.util.List;

/**
 * The Brier score: the mean of (predicted probability − outcome)², outcome 1 for churned. 0 is
 * perfect; always predicting the base rate b scores b(1 − b).
 */
public final class BrierScore {

  private BrierScore() {}

  /** The Brier score of probabilities in {@code outcomes}; not defined when there are none. */
  public static MetricValue<Double> of(List<ScoredOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return MetricValue.notDefined("no renewal to score");
    }
    double sum = 0;
    for (ScoredOutcome o : outcomes) {
      Calibration.requireProbability(o.risk());
      double error = o.risk() - (o.churned() ? 1 : 0);
      sum += error * error;
    }
    return MetricValue.of(sum / outcomes.size());
  }
}
