package dev.bellwether.metrics.health;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One measure of a computed score: its raw value and 0–100 score when it had data, and the
 * points it contributed to the composite.
 *
 * @param measure the measure
 * @param weight its weight on the scorecard
 * @param raw the raw value; empty when the measure had no data
 * @param score the raw value mapped to 0–100; empty when it had no data
 * @param contribution weight × score ÷ the weights of the measures with data, so the contributions
 *     add up to the composite score; 0 without data
 */
public record MeasureScore(MeasureKind measure, double weight, OptionalDouble raw, OptionalDouble score,
    double contribution) {

  public MeasureScore {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(score, "score");
    if (raw.isPresent() != score.isPresent()) {
      throw new IllegalArgumentException(measure.key() + ": a raw value and its score come together");
    }
  }

  public boolean hasData() {
    return score.isPresent();
  }
}
