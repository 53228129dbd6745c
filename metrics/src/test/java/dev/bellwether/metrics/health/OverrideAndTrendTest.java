package dev.bellwether.metrics.health;

import static dev.bellwether.metrics.health.HealthScorerTest.CARD;
import static dev.bellwether.metrics.health.HealthScorerTest.raw;
import static dev.bellwether.metrics.health.MeasureKind.USAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A CSM's band override while it lasts, beside the computed score; the 30-day trend. */
class OverrideAndTrendTest {
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
  private static final HealthOverride RED_UNTIL_MARCH_10 = new HealthOverride(Band.RED,
      "Sponsor resigned; renewal at risk despite usage", "jane.doe@example.com", LocalDate.of(2026, 3, 10));

  @Test
  void anOverrideSetsTheBandInForceUntilItsExpiryDayAndTheComputedScoreIsKept() {
    HealthScore green = HealthScorer.score(raw(USAGE, 100), CARD);

    AccountHealth before = new AccountHealth(MARCH_2, green, Optional.of(RED_UNTIL_MARCH_10));
    AccountHealth lastDay = new AccountHealth(LocalDate.of(2026, 3, 9), green, Optional.of(RED_UNTIL_MARCH_10));
    AccountHealth expired = new AccountHealth(LocalDate.of(2026, 3, 10), green, Optional.of(RED_UNTIL_MARCH_10));

    assertEquals(Optional.of(Band.RED), before.effectiveBand());
    assertTrue(before.isOverridden());
    assertEquals(Optional.of(Band.GREEN), before.computed().band(), "the computed band is kept beside it");
    assertEquals(OptionalDouble.of(100), before.computed().score());
    assertEquals(Optional.of(Band.RED), lastDay.effectiveBand());
    assertEquals(Optional.of(Band.GREEN), expired.effectiveBand());
    assertFalse(expired.isOverridden());
    assertEquals(Optional.of(RED_UNTIL_MARCH_10), expired.override(), "an expired override stays on record");
  }

  @Test
  void anOverrideGivesABandEvenWithoutAScoreAndWithoutOneThereIsNone() {
    HealthScore none = HealthScorer.score(RawMeasures.none(), CARD);

    assertEquals(Optional.of(Band.RED), new AccountHealth(MARCH_2, none, Optional.of(RED_UNTIL_MARCH_10))
        .effectiveBand());
    assertEquals(Optional.empty(), new AccountHealth(MARCH_2, none, Optional.empty()).effectiveBand());
  }

  @Test
  void anOverrideNeedsAReasonAndAnAuthor() {
    assertThrows(IllegalArgumentException.class, () -> new HealthOverride(Band.RED, " ", "jane", MARCH_2));
    assertThrows(IllegalArgumentException.class, () -> new HealthOverride(Band.RED, "why", "", MARCH_2));
    assertEquals(Band.YELLOW, Band.fromLabel(" yellow "));
    assertThrows(IllegalArgumentException.class, () -> Band.fromLabel("Amber"));
  }

  @Test
  void theTrendIsTheScoreNowMinusThirtyDaysAgoAndAbsentWhenEitherIsMissing() {
    HealthScore now = HealthScorer.score(raw(USAGE, 85), CARD); // 75
    HealthScore then = HealthScorer.score(raw(USAGE, 97), CARD); // 95
    HealthScore none = HealthScorer.score(RawMeasures.none(), CARD);

    assertEquals(-20, HealthTrend.of(now, then).getAsDouble(), 1e-9);
    assertEquals(20, HealthTrend.of(then, now).getAsDouble(), 1e-9);
    assertEquals(OptionalDouble.empty(), HealthTrend.of(now, none));
    assertEquals(OptionalDouble.empty(), HealthTrend.of(none, then));
    assertEquals(OptionalDouble.empty(), HealthTrend.of(OptionalDouble.of(40), OptionalDouble.empty()));
    assertEquals(LocalDate.of(2026, 1, 31), HealthTrend.comparedWith(MARCH_2));
  }
}
