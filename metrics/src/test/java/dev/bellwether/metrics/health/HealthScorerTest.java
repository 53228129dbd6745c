package dev.bellwether.metrics.health;

import static dev.bellwether.metrics.health.MeasureKind.CSAT;
import static dev.bellwether.metrics.health.MeasureKind.ENGAGEMENT_RECENCY;
import static dev.bellwether.metrics.health.MeasureKind.NPS;
import static dev.bellwether.metrics.health.MeasureKind.USAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The composite score on hand-computed cases: weights, renormalisation, clamping, directions, bands. */
class HealthScorerTest {
  /** usage: 40% scores 0, 100% scores 100; recency: 30 days 0, 10 days 100; NPS: −20 is 0, 40 is 100. */
  static final Scorecard CARD = new Scorecard("Standard", List.of("SMB"), true, List.of(
      new MeasureRule(USAGE, 3, 40, 100),
      new MeasureRule(ENGAGEMENT_RECENCY, 1, 30, 10),
      new MeasureRule(NPS, 2, -20, 40)), Bands.DEFAULT);

  @Test
  void theScoreIsTheWeightedMeanOfTheMeasureScores() {
    // usage 85 → 75; recency 25 days → 25; NPS 10 → 50: (3·75 + 1·25 + 2·50) / 6 = 350 / 6.
    HealthScore s = HealthScorer.score(raw(USAGE, 85, ENGAGEMENT_RECENCY, 25, NPS, 10), CARD);

    assertEquals(350.0 / 6, s.score().getAsDouble(), 1e-9);
    assertEquals(Optional.of(Band.YELLOW), s.band());
    assertEquals("scored 3 of 3 measures", s.coverage().toString());
    assertEquals(OptionalDouble.of(75), s.measure(USAGE).orElseThrow().score());
    assertEquals(OptionalDouble.of(25), s.measure(ENGAGEMENT_RECENCY).orElseThrow().score());
    assertEquals(OptionalDouble.of(85), s.raw(USAGE));
    assertEquals(225.0 / 6, s.measure(USAGE).orElseThrow().contribution(), 1e-9);
    assertEquals(s.score().getAsDouble(), s.measures().stream().mapToDouble(MeasureScore::contribution).sum(), 1e-9);
    assertEquals(CARD, s.scorecard());
  }

  @Test
  void aMeasureWithoutDataIsLeftOutAndTheWeightsRenormalise() {
    // No NPS: (3·75 + 1·25) / 4 = 62.5, from 2 of 3 measures; NPS contributes nothing.
    HealthScore s = HealthScorer.score(raw(USAGE, 85, ENGAGEMENT_RECENCY, 25), CARD);

    assertEquals(62.5, s.score().getAsDouble(), 1e-9);
    assertEquals(new Coverage(2, 3), s.coverage());
    assertEquals(56.25, s.measure(USAGE).orElseThrow().contribution(), 1e-9);
    MeasureScore nps = s.measure(NPS).orElseThrow();
    assertFalse(nps.hasData());
    assertEquals(0, nps.contribution());
    assertEquals(OptionalDouble.empty(), s.raw(NPS));
  }

  @Test
  void noDataAtAllGivesNoScoreAndNoBandNeverZero() {
    HealthScore s = HealthScorer.score(RawMeasures.none(), CARD);

    assertEquals(OptionalDouble.empty(), s.score());
    assertEquals(Optional.empty(), s.band());
    assertFalse(s.hasScore());
    assertEquals("scored 0 of 3 measures", s.coverage().toString());
    // A measure that is not on the scorecard does not count either.
    assertFalse(HealthScorer.score(raw(CSAT, 90), CARD).hasScore());
  }

  @Test
  void rawValuesBeyondTheThresholdsAreClampedInBothDirections() {
    // Higher is better: 150% of plan is 100, 10% is 0.
    assertEquals(100, HealthScorer.score(raw(USAGE, 150), CARD).score().getAsDouble());
    assertEquals(0, HealthScorer.score(raw(USAGE, 10), CARD).score().getAsDouble());
    // Fewer days are better: 3 days is past green (10) so 100; 60 days is past red (30) so 0; 15 days is 75.
    assertEquals(100, HealthScorer.score(raw(ENGAGEMENT_RECENCY, 3), CARD).score().getAsDouble());
    assertEquals(0, HealthScorer.score(raw(ENGAGEMENT_RECENCY, 60), CARD).score().getAsDouble());
    assertEquals(75, HealthScorer.score(raw(ENGAGEMENT_RECENCY, 15), CARD).score().getAsDouble(), 1e-9);
    // Red 30 days / green 7 days: 18.5 days is half-way, 50.
    assertEquals(50, new MeasureRule(ENGAGEMENT_RECENCY, 1, 30, 7).score(18.5), 1e-9);
  }

  @Test
  void bandsChangeExactlyAtFiftyAndSeventyFive() {
    Scorecard plain = new Scorecard("Plain", List.of(), true, List.of(new MeasureRule(USAGE, 1, 0, 100)),
        Bands.DEFAULT);
    assertEquals(Band.RED, band(plain, 49.999));
    assertEquals(Band.YELLOW, band(plain, 50));
    assertEquals(Band.YELLOW, band(plain, 74.999));
    assertEquals(Band.GREEN, band(plain, 75));
    assertEquals(Band.RED, band(plain, 0));
    assertEquals(Band.GREEN, band(plain, 100));
    Scorecard strict = new Scorecard("Strict", List.of(), true, plain.measures(), new Bands(60, 85));
    assertEquals(Band.RED, band(strict, 59));
    assertEquals(Band.YELLOW, band(strict, 84));
    assertEquals(Band.GREEN, band(strict, 85));
  }

  @Test
  void anAccountIsScoredOnItsSegmentsScorecardFromItsSignals() {
    Scorecard enterprise = new Scorecard("Enterprise", List.of("Enterprise"), false,
        List.of(new MeasureRule(NPS, 1, 0, 50)), Bands.DEFAULT);
    ScorecardSet set = new ScorecardSet(List.of(enterprise, CARD), List.of(), 90);
    AccountSignals signals = Signals.none().nps(10, 9, 7, 6).build(); // (2 − 1) / 4 = 25

    HealthScore asEnterprise = HealthScorer.score(signals, "Enterprise", set);
    HealthScore asSmb = HealthScorer.score(signals, "SMB", set);

    assertEquals("Enterprise", asEnterprise.scorecard().name());
    assertEquals(50, asEnterprise.score().getAsDouble(), 1e-9); // 25 on the 0..50 scale
    assertEquals("Standard", asSmb.scorecard().name());
    assertEquals(75, asSmb.score().getAsDouble(), 1e-9); // (25 + 20) / 60 on the −20..40 scale
    assertEquals(new Coverage(1, 3), asSmb.coverage());
  }

  @Test
  void rawMeasuresRefuseNonFiniteValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RawMeasures.of(Map.of(USAGE, Double.NaN)));
    assertTrue(e.getMessage().contains("usage"), e.getMessage());
    assertEquals(raw(USAGE, 1), raw(USAGE, 1, NPS, 3).without(NPS));
  }

  private static Band band(Scorecard card, double usage) {
    return HealthScorer.score(raw(USAGE, usage), card).band().orElseThrow();
  }

  static RawMeasures raw(Object... kindsAndValues) {
    RawMeasures out = RawMeasures.none();
    for (int i = 0; i < kindsAndValues.length; i += 2) {
      out = out.with((MeasureKind) kindsAndValues[i], ((Number) kindsAndValues[i + 1]).doubleValue());
    }
    return out;
  }
}
