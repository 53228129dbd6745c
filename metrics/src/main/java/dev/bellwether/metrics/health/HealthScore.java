package dev.bellwether.metrics.health;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An account's computed health on one day (domain.md, "Health score"): the composite 0–100, or
 * none when no measure had data (never 0), each measure's raw value and score, the coverage, the
 * band and the scorecard used.
 *
 * @param score Σ weight · measure ÷ Σ weight over the measures with data; empty without data
 * @param measures every measure of the scorecard, in its order, with or without data
 * @param band the band of the score; empty when there is no score
 * @param scorecard the scorecard the account's segment picked
 */
public record HealthScore(OptionalDouble score, List<MeasureScore> measures, Optional<Band> band,
    Scorecard scorecard) {

  public HealthScore {
    Objects.requireNonNull(score, "score");
    measures = List.copyOf(measures);
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(scorecard, "scorecard");
    if (score.isPresent() != band.isPresent()) {
      throw new IllegalArgumentException("a health score and its band come together");
    }
  }

  public boolean hasScore() {
    return score.isPresent();
  }

  /** How many of the scorecard's measures had data. */
  public Coverage coverage() {
    return new Coverage((int) measures.stream().filter(MeasureScore::hasData).count(), measures.size());
  }

  /** The line of {@code measure}, or empty when the scorecard does not weigh it. */
  public Optional<MeasureScore> measure(MeasureKind measure) {
    return measures.stream().filter(m -> m.measure() == measure).findFirst();
  }

  /** The raw value of {@code measure}, or empty when it had no data or is not on the scorecard. */
  public OptionalDouble raw(MeasureKind measure) {
    return measure(measure).map(MeasureScore::raw).orElse(OptionalDouble.empty());
  }
}
