package dev.bellwether.metrics.prediction;

/**
 * One renewal as the statistics see it: a risk score (higher = expected to churn more) and what
 * happened.
 *
 * @param risk any finite score; for a probability it lies in [0, 1]
 * @param churned whether the renewal churned
 */
public record ScoredOutcome(double risk, boolean churned) {

  public ScoredOutcome {
    if (!Double.isFinite(risk)) {
      throw new IllegalArgumentException("a risk score must be a finite number, was " + risk);
    }
  }
}
