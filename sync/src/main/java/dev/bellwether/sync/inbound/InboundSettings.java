package dev.bellwether.sync.inbound;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of inbound sync.
 *
 * @param pollInterval how often a scheduler should poll each object (the engine itself does not wait)
 * @param overlap how far before the watermark each poll starts again: SystemModstamp is set when a
 *     CRM transaction starts, so a record can become visible after later-stamped ones were read
 * @param safetyLag how far behind the CRM's clock a poll window ends
 * @param deleteBatch how many ids are marked deleted per transaction
 */
public record InboundSettings(Duration pollInterval, Duration overlap, Duration safetyLag, int deleteBatch) {

  public InboundSettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(safetyLag, "safetyLag");
    if (overlap.isNegative() || safetyLag.isNegative()) {
      throw new IllegalArgumentException("overlap and safetyLag must not be negative");
    }
    if (deleteBatch < 1) {
      throw new IllegalArgumentException("deleteBatch must be positive, not " + deleteBatch);
    }
  }

  /** Every 60 s, 5 min overlap, no lag, 1,000 deletions per transaction. */
  public static InboundSettings defaults() {
    return new InboundSettings(Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ZERO, 1_000);
  }
}
