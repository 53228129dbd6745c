package dev.bellwether.connector.salesforce.config;

import java.time.Duration;

/**
 * Backoff for retryable failures: exponential from {@code initialBackoff}, doubled each try,
 * with {@code jitter} (0..1) and capped at {@code maxBackoff}.
 *
 * @param maxAttempts tries per call, including the first
 * @param initialBackoff the first wait
 * @param maxBackoff the longest wait
 * @param jitter the random share added or removed from each wait
 * @param limitBackoff the wait after REQUEST_LIMIT_EXCEEDED, when the org's window is spent
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
    Duration limitBackoff) {

  public static final RetrySettings DEFAULT = new RetrySettings(8, Duration.ofMillis(500),
      Duration.ofSeconds(60), 0.25, Duration.ofMinutes(5));
}
