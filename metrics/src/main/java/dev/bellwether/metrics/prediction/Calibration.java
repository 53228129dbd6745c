package dev.bellwether.metrics.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Predicted against observed churn, in equal-width probability bins (five: 0–20%, 20–40%, ...).
 * A calibrated model's bins have a mean prediction close to their observed churn rate. A
 * probability on a bin edge goes to the upper bin; 1 goes to the last.
 *
 * @param bins every bin in probability order, empty ones included (count 0)
 */
public record Calibration(List<Bin> bins) {

  /** The number of bins the backtest shows. */
  public static final int DEFAULT_BINS = 5;

  public Calibration {
    bins = List.copyOf(bins);
  }

  /**
   * One probability bin.
   *
   * @param lower the bin's lowest probability (inclusive)
   * @param upper the bin's highest probability (exclusive, except 1 for the last bin)
   * @param count renewals whose prediction fell in the bin
   * @param churned of those, the ones that churned
   * @param meanPredicted the mean predicted probability; empty for an empty bin
   * @param observedRate {@code churned ÷ count}; empty for an empty bin
   */
  public record Bin(
      double lower, double upper, int count, int churned, OptionalDouble meanPredicted, OptionalDouble observedRate) {}

  /** The calibration of the probabilities in {@code outcomes} over {@code binCount} bins. */
  public static Calibration of(List<ScoredOutcome> outcomes, int binCount) {
    if (binCount < 1) {
      throw new IllegalArgumentException("calibration needs at least one bin, was " + binCount);
    }
    int[] counts = new int[binCount];
    int[] churned = new int[binCount];
    double[] predicted = new double[binCount];
    for (ScoredOutcome o : outcomes) {
      requireProbability(o.risk());
      int bin = Math.min(binCount - 1, (int) Math.floor(o.risk() * binCount));
      counts[bin]++;
      churned[bin] += o.churned() ? 1 : 0;
      predicted[bin] += o.risk();
    }
    List<Bin> bins = new ArrayList<>();
    for (int b = 0; b < binCount; b++) {
      int n = counts[b];
      bins.add(
          new Bin(
              b / (double) binCount,
              (b + 1) / (double) binCount,
              n,
              churned[b],
              n == 0 ? OptionalDouble.empty() : OptionalDouble.of(predicted[b] / n),
              n == 0 ? OptionalDouble.empty() : OptionalDouble.of(churned[b] / (double) n)));
    }
    return new Calibration(bins);
  }

  static void requireProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a predicted probability must lie in [0, 1], was " + p);
    }
  }
}
