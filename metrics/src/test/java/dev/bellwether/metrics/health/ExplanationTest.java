package dev.bellwether.metrics.health;

import static dev.bellwether.metrics.health.HealthScorerTest.CARD;
import static dev.bellwether.metrics.health.HealthScorerTest.raw;
import static dev.bellwether.metrics.health.MeasureKind.ENGAGEMENT_RECENCY;
import static dev.bellwether.metrics.health.MeasureKind.NPS;
import static dev.bellwether.metrics.health.MeasureKind.USAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.metrics.health.Explanation.Basis;
import dev.bellwether.metrics.health.Explanation.Direction;
import dev.bellwether.metrics.health.Explanation.Mover;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What moved a score since the previous snapshot, biggest first; what pulls a first one down. */
class ExplanationTest {
  // Weights 3, 1, 2 (sum 6). Before: usage 85 → 75, recency 25 days → 25, NPS 10 → 50.
  private static final HealthScore BEFORE = HealthScorer.score(raw(USAGE, 85, ENGAGEMENT_RECENCY, 25, NPS, 10), CARD);

  @Test
  void moversAreOrderedByTheChangeOfTheirWeightedContribution() {
    // Now: usage 70 → 50, recency 15 days → 75, NPS unchanged. Contributions 3·(50 − 75)/6 = −12.5 and
    // 1·(75 − 25)/6 = +8.33; NPS did not move and is not listed.
    HealthScore now = HealthScorer.score(raw(USAGE, 70, ENGAGEMENT_RECENCY, 15, NPS, 10), CARD);

    Explanation e = Explanation.of(Optional.of(BEFORE), now);

    assertEquals(Basis.SINCE_PREVIOUS, e.basis());
    assertEquals(List.of(USAGE, ENGAGEMENT_RECENCY), e.movers().stream().map(Mover::measure).toList());
    Mover usage = e.movers().get(0);
    assertEquals(Direction.DOWN, usage.direction());
    assertEquals(-12.5, usage.contributionDelta(), 1e-9);
    assertEquals(OptionalDouble.of(85), usage.rawBefore());
    assertEquals(OptionalDouble.of(70), usage.rawNow());
    Mover recency = e.movers().get(1);
    assertEquals(Direction.UP, recency.direction());
    assertEquals(50.0 / 6, recency.contributionDelta(), 1e-9);
    assertEquals(now.score().getAsDouble() - BEFORE.score().getAsDouble(),
        e.movers().stream().mapToDouble(Mover::contributionDelta).sum(), 1e-9, "the moves add up to the change");
  }

  @Test
  void aMeasureThatLostItsDataMovesTheScoreByItsWholeContribution() {
    // NPS has no answers now: usage 70 → 50 and recency 15 → 75 renormalise over weights 4:
    // usage 37.5 (unchanged), recency 18.75 (+14.58), NPS 0 (−16.67).
    HealthScore now = HealthScorer.score(raw(USAGE, 70, ENGAGEMENT_RECENCY, 15), CARD);

    List<Mover> movers = Explanation.of(Optional.of(BEFORE), now).movers();

    assertMovers(List.of(new Mover(NPS, Direction.DOWN, -100.0 / 6, OptionalDouble.of(10), OptionalDouble.empty()),
        new Mover(ENGAGEMENT_RECENCY, Direction.UP, 18.75 - 25.0 / 6, OptionalDouble.of(25), OptionalDouble.of(15))),
        movers);
  }

  @Test
  void theFirstSnapshotListsWhatPullsTheScoreDownMostAndTiesKeepTheMeasureOrder() {
    // Costs against full marks: NPS 2·50/6 = 16.67, usage 3·25/6 = 12.5, recency 1·75/6 = 12.5.
    Explanation e = Explanation.of(Optional.empty(), BEFORE, 2);

    assertEquals(Basis.FIRST_SNAPSHOT, e.basis());
    assertMovers(List.of(new Mover(NPS, Direction.DOWN, -100.0 / 6, OptionalDouble.empty(), OptionalDouble.of(10)),
        new Mover(USAGE, Direction.DOWN, -12.5, OptionalDouble.empty(), OptionalDouble.of(85))),
        e.movers());
    assertEquals(3, Explanation.of(Optional.empty(), BEFORE).movers().size());
  }

  @Test
  void nothingMovedOrNothingCostsMeansNoMovers() {
    assertEquals(List.of(), Explanation.of(Optional.of(BEFORE), BEFORE).movers());
    HealthScore perfect = HealthScorer.score(raw(USAGE, 100, NPS, 40), CARD);
    assertEquals(List.of(), Explanation.of(Optional.empty(), perfect).movers());
    assertEquals(List.of(), Explanation.of(Optional.empty(), HealthScorer.score(RawMeasures.none(), CARD))
        .movers());
    assertThrows(IllegalArgumentException.class, () -> Explanation.of(Optional.empty(), BEFORE, 0));
  }

  /** Equal movers, their deltas compared to 9 decimal places (binary fractions of 1/6 differ in the last bit). */
  private static void assertMovers(List<Mover> expected, List<Mover> actual) {
    assertEquals(expected.stream().map(ExplanationTest::rounded).toList(),
        actual.stream().map(ExplanationTest::rounded).toList());
  }

  /** The mover with its delta rounded to 9 places, so records compare despite binary fractions. */
  private static Mover rounded(Mover m) {
    return new Mover(m.measure(), m.direction(), Math.round(m.contributionDelta() * 1e9) / 1e9, m.rawBefore(),
        m.rawNow());
  }
}
