package dev.bellwether.connector.salesforce.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Counts events over a rolling window in one-minute buckets, so a day costs 1,441 pairs of longs
 * however many calls it holds. A bucket stays counted until its whole minute has left the
 * window: a call may be counted up to a minute longer than the window, never shorter, which keeps
 * the budget on the safe side.
 *
 * <p>Not thread-safe; {@link ApiBudget} guards it with its lock.
 */
final class MinuteBuckets {
  private static final long MINUTE_MILLIS = 60_000L;
  private final long windowMinutes;
  private final long[] minutes;
  private final long[] counts;

  MinuteBuckets(Duration window) {
    if (window.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("window must be at least one minute, was " + window);
    }
    this.windowMinutes = window.toMinutes();
    int slots = Math.toIntExact(windowMinutes + 1);
    this.minutes = new long[slots];
    this.counts = new long[slots];
    Arrays.fill(minutes, Long.MIN_VALUE);
  }

  /** Adds {@code n} events at {@code at}. */
  void add(Instant at, long n) {
    long minute = minuteOf(at);
    int slot = slot(minute);
    if (minutes[slot] != minute) {
      minutes[slot] = minute;
      counts[slot] = 0;
    }
    counts[slot] += n;
  }

  /** The events still inside the window at {@code now}. */
  long total(Instant now) {
    long oldest = minuteOf(now) - windowMinutes;
    long sum = 0;
    for (int i = 0; i < minutes.length; i++) {
      // buckets "in the future" (the clock was set back) still count: they were real calls
      if (minutes[i] != Long.MIN_VALUE && minutes[i] >= oldest) {
        sum += counts[i];
      }
    }
    return sum;
  }

  /**
   * When the total will have dropped below {@code target} if nothing more is added: {@code now}
   * when it already has, null when it never can (a target of zero or less).
   */
  Instant whenBelow(Instant now, long target) {
    long total = total(now);
    if (total < target) {
      return now;
    }
    if (target <= 0) {
      return null;
    }
    long mustExpire = total - target + 1;
    long oldest = minuteOf(now) - windowMinutes;
    long[] live = Arrays.stream(minutes).filter(m -> m != Long.MIN_VALUE && m >= oldest).sorted().toArray();
    long expired = 0;
    for (long minute : live) {
      expired += counts[slot(minute)];
      if (expired >= mustExpire) {
        return Instant.ofEpochMilli((minute + windowMinutes + 1) * MINUTE_MILLIS);
      }
    }
    return null; // unreachable: the live buckets sum to the total
  }

  private int slot(long minute) {
    return (int) Math.floorMod(minute, (long) minutes.length);
  }

  private static long minuteOf(Instant at) {
    return Math.floorDiv(at.toEpochMilli(), MINUTE_MILLIS);
  }
}
