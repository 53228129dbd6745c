package dev.bellwether.connector.salesforce.bulk;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before each poll of a Bulk job: short at first so small jobs finish fast,
 * growing by half each time up to a cap so long jobs spend few API calls on polling. Growing by
 * half rather than doubling keeps the time a finished job waits unnoticed under half its run
 * time, for about two more polls per job.
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

  /** 100 ms, growing by half to 5 s: a 3 s job costs about eight polls, a long one one per 5 s. */
  public static PollSchedule standard() {
    return new PollSchedule(Duration.ofMillis(100), Duration.ofSeconds(5));
  }

  /** The wait before poll number {@code attempt} (from 0): first x 1.5^attempt, at most max. */
  public Duration delay(int attempt) {
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt " + attempt);
    }
    long ms = first.toMillis();
    for (int i = 0; i < attempt && ms < max.toMillis(); i++) {
      ms += ms / 2;
    }
    return ms > max.toMillis() ? max : Duration.ofMillis(ms);
  }
}
