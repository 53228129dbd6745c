package dev.bellwether.metrics.health;

import java.time.LocalDate;
import java.util.OptionalDouble;

/** The trend of a health score (domain.md, "Health score"): the score now minus the score 30 days ago. */
public final class HealthTrend {
  /** How far back the trend looks. */
  public static final int DAYS = 30;

  private HealthTrend() {
  }

  /** The day whose score the trend of {@code asOf} compares with. */
  public static LocalDate comparedWith(LocalDate asOf) {
    return asOf.minusDays(DAYS);
  }

  /** {@code now − thirtyDaysAgo}; empty when either score is missing (never a trend from or to 0). */
  public static OptionalDouble of(OptionalDouble now, OptionalDouble thirtyDaysAgo) {
    if (now.isEmpty() || thirtyDaysAgo.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(now.getAsDouble() - thirtyDaysAgo.getAsDouble());
  }

  /** The trend between two computed scores; empty when either has no score. */
  public static OptionalDouble of(HealthScore now, HealthScore thirtyDaysAgo) {
    return of(now.score(), thirtyDaysAgo.score());
  }
}
