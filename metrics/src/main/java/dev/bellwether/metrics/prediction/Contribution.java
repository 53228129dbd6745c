package dev.bellwether.metrics.prediction;

import java.util.OptionalDouble;

/**
 * How much one feature moved an account's churn log-odds away from the average training account.
 *
 * @param feature the feature's name
 * @param value the account's value; empty when it has no data (then the "no data" term speaks)
 * @param contribution the change in log-odds this feature causes (its value and missing terms)
 * @param direction whether it raises or lowers the risk
 */
public record Contribution(String feature, OptionalDouble value, double contribution, Direction direction) {

  /** Which way a contribution pushes the churn risk. */
  public enum Direction {
    RAISES_RISK,
    LOWERS_RISK,
    NEUTRAL;

    static Direction of(double contribution) {
      return contribution > 0 ? RAISES_RISK : contribution < 0 ? LOWERS_RISK : NEUTRAL;
    }
  }
}
