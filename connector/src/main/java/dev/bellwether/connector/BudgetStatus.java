package dev.bellwether.connector;

import java.time.Instant;

/**
 * Where the daily API budget stands, as last reported by the CRM and counted by the connector.
 *
 * @param orgLimit the org's daily API request limit, 0 until first learned
 * @param orgUsed the org's requests used in the current window, by everyone
 * @param share the share of the limit Bellwether allows itself (0..1)
 * @param allowance the requests Bellwether may spend per window: share x limit
 * @param spent the requests Bellwether spent in the last 24 hours
 * @param paused whether calls are held back right now
 * @param pauseReason why, in words for status pages; null when not paused
 * @param resumesAt when calls may go again, or null when unknown or not paused
 * @param inFlight calls running now
 * @param concurrencyCap the most calls that may run at once
 */
public record BudgetStatus(long orgLimit, long orgUsed, double share, long allowance, long spent,
    boolean paused, String pauseReason, Instant resumesAt, int inFlight, int concurrencyCap) {

  /** Requests Bellwether may still spend in the current window. */
  public long remaining() {
    return Math.max(0, allowance - spent);
  }
}
