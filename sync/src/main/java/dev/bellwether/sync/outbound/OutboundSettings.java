package dev.bellwether.sync.outbound;

import java.time.Duration;

/**
 * How the outbox is drained.
 *
 * @param batchSize entries claimed and written per connector batch
 * @param maxAttempts failed attempts after which a record still refused for a passing reason is parked
 * @param maxBatches batches one drain writes at most, so a drain always ends
 * @param initialBackoff the wait after the first failure, doubled after each further one
 * @param maxBackoff the longest wait between attempts
 */
public record OutboundSettings(int batchSize, int maxAttempts, int maxBatches, Duration initialBackoff,
    Duration maxBackoff) {

  public OutboundSettings {
    if (batchSize < 1 || maxAttempts < 1 || maxBatches < 1) {
      throw new IllegalArgumentException("outbound batch size, attempts and batches must be at least 1");
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("outbound backoff must be 0 <= initial <= max");
    }
  }

  /** 2,000 a batch, parked after 8 failed attempts, waits from 30 s doubling up to 1 h. */
  public static OutboundSettings defaults() {
    return new OutboundSettings(2_000, 8, 100, Duration.ofSeconds(30), Duration.ofHours(1));
  }

  /** A copy with another batch size. */
  public OutboundSettings withBatchSize(int size) {
    return new OutboundSettings(size, maxAttempts, maxBatches, initialBackoff, maxBackoff);
  }

  /** The wait before the next attempt of an entry that has now failed {@code failedAttempts} times. */
  public Duration backoff(int failedAttempts) {
    int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
    Duration wait = initialBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
