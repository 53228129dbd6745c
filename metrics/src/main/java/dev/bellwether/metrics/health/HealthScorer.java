package dev.bellwether.metrics.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores an account's raw measures on a scorecard: each measure with data is mapped to 0–100 by
 * its thresholds, and the composite is their weighted mean over the measures with data, so a
 * missing measure leaves the score and the other weights renormalise (domain.md, "Health score").
 */
public final class HealthScorer {
  private HealthScorer() {
  }

  /** The raw measures of one account scored on {@code scorecard}. */
  public static HealthScore score(RawMeasures raw, Scorecard scorecard) {
    double weights = 0;
    double weighted = 0;
    for (MeasureRule rule : scorecard.measures()) {
      OptionalDouble value = raw.get(rule.measure());
      if (value.isPresent()) {
        weights += rule.weight();
        weighted += rule.weight() * rule.score(value.getAsDouble());
      }
    }
    List<MeasureScore> lines = new ArrayList<>(scorecard.measures().size());
    for (MeasureRule rule : scorecard.measures()) {
      OptionalDouble value = raw.get(rule.measure());
      if (value.isEmpty()) {
        lines.add(new MeasureScore(rule.measure(), rule.weight(), value, OptionalDouble.empty(), 0));
      } else {
        double score = rule.score(value.getAsDouble());
        lines.add(new MeasureScore(rule.measure(), rule.weight(), value, OptionalDouble.of(score),
            rule.weight() * score / weights));
      }
    }
    if (weights == 0) {
      return new HealthScore(OptionalDouble.empty(), lines, Optional.empty(), scorecard);
    }
    // A weighted mean of values in [0, 100] is in [0, 100]; clamp away the last bit of rounding.
    double score = Math.max(0, Math.min(100, weighted / weights));
    return new HealthScore(OptionalDouble.of(score), lines, Optional.of(scorecard.bands().of(score)), scorecard);
  }

  /**
   * Scores an account of {@code segment} with the org's scorecards: the raw measures from its
   * signals (whose key features the caller fills from {@link ScorecardSet#keyFeatures()}), on the
   * scorecard its segment picks.
   */
  public static HealthScore score(AccountSignals signals, String segment, ScorecardSet scorecards) {
    return score(scorecards.measureCalculator().calculate(signals), scorecards.forSegment(segment));
  }
}
