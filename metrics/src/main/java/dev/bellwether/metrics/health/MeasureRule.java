package dev.bellwether.metrics.health;

import java.util.Objects;

/**
 * One measure of a scorecard: its weight and the raw values that score 0 ({@code red}) and 100
 * ({@code green}). Between them the score is linear; beyond them it is clamped. Green lies on the
 * measure's healthy side of red: above it when a higher raw value is healthier (usage), below it
 * otherwise (red 30 / green 7 days for engagement recency scores fewer days higher).
 *
 * @param measure the measure
 * @param weight its weight, &gt; 0; only relative weights matter
 * @param red the raw value scoring 0 (and anything further from green)
 * @param green the raw value scoring 100 (and anything beyond it), on the healthy side of {@code red}
 */
public record MeasureRule(MeasureKind measure, double weight, double red, double green) {

  public MeasureRule {
    Objects.requireNonNull(measure, "measure");
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException(measure.key() + ": the weight must be > 0, was " + weight);
    }
    if (!Double.isFinite(red) || !Double.isFinite(green) || red == green) {
      throw new IllegalArgumentException(measure.key() + ": red and green must be different numbers, were "
          + red + " and " + green);
    }
    if (green > red != measure.higherIsBetter()) {
      throw new IllegalArgumentException(measure.key() + ": green (" + green + ") must be "
          + (measure.higherIsBetter() ? "above" : "below") + " red (" + red + ") since a "
          + (measure.higherIsBetter() ? "higher" : "lower") + " value is healthier");
    }
  }

  /** The raw value mapped to 0–100: linear from red (0) to green (100), clamped. */
  public double score(double raw) {
    double share = (raw - red) / (green - red);
    return Math.max(0, Math.min(100, 100 * share));
  }

}
