package dev.bellwether.connector.salesforce.bulk;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before each poll of a Bulk job: short at first so small jobs finish fast,
 * doubling up to a cap so long jobs spend few API calls on polling.
 *
 * @param first the wait before the first poll
 * @param max the longest wait between two polls
 */
public record PollSchedule(Duration first, Duration max) {

  public PollSchedule {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    if (first.isNegative() || first.isZero()) {
      throw new IllegalArgumentException("the first poll wait must be positive, not " + first);
    }
    if (max.compareTo(first) < 0) {
      throw new IllegalArgumentException("the longest poll wait " + max + " is shorter than the first " + first);
    }
  }

  /** 100 ms, doubling to 5 s: a job of a few seconds costs about six polls, a long one one per 5 s. */
  public static PollSchedule standard() {
    return new PollSchedule(Duration.ofMillis(100), Duration.ofSeconds(5));
  }

  /** The wait before poll number {@code attempt} (from 0): first x 2^attempt, at most max. */
  public Duration delay(int attempt) {
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt " + attempt);
    }
    Duration d = first;
    for (int i = 0; i < attempt && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) > 0 ? max : d;
  }
}
