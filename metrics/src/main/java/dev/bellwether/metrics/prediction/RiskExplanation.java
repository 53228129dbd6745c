package dev.bellwether.metrics.prediction;

import java.util.List;

/**
 * Why the model gives an account its churn risk: the intercept (the log-odds of an average
 * training account) plus each feature's contribution makes the log-odds.
 *
 * @param probability the predicted churn probability
 * @param logOdds the predicted log-odds, {@code intercept + Σ contributions}
 * @param intercept the model's intercept
 * @param contributions one per model feature, largest absolute contribution first (ties by name)
 */
public record RiskExplanation(double probability, double logOdds, double intercept, List<Contribution> contributions) {

  public RiskExplanation {
    contributions = List.copyOf(contributions);
  }

  /** The {@code n} largest contributions. */
  public List<Contribution> top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("top needs a count of at least 0, was " + n);
    }
    return contributions.subList(0, Math.min(n, contributions.size()));
  }
}
