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
 * @param deletionSweepEvery how often each object also reads the CRM's deletion feed (getDeleted):
 *     polls see deletions still in the recycle bin, the feed also those hard deleted or emptied
 *     from it; zero sweeps on every poll
 * @param crmClockEvery how often the CRM's clock is read; in between, its offset to this machine's
 *     monotonic clock stands in (see {@link CrmClock}); zero reads it on every pass
 */
public record InboundSettings(Duration pollInterval, Duration overlap, Duration safetyLag, int deleteBatch,
    Duration deletionSweepEvery, Duration crmClockEvery) {

  /** The default {@link #deletionSweepEvery}: one getDeleted call per object and hour. */
  public static final Duration DEFAULT_DELETION_SWEEP_EVERY = Duration.ofHours(1);
  /** The longest {@link #deletionSweepEvery}: beyond it every sweep would risk a reconciliation by ids. */
  public static final Duration MAX_DELETION_SWEEP_EVERY = Duration.ofDays(7);
  /** The default {@link #crmClockEvery}: clock drift over an hour is far below the overlap. */
  public static final Duration DEFAULT_CRM_CLOCK_EVERY = Duration.ofHours(1);

  public InboundSettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(safetyLag, "safetyLag");
    Objects.requireNonNull(deletionSweepEvery, "deletionSweepEvery");
    Objects.requireNonNull(crmClockEvery, "crmClockEvery");
    if (overlap.isNegative() || safetyLag.isNegative()) {
      throw new IllegalArgumentException("overlap and safetyLag must not be negative");
    }
    if (deletionSweepEvery.isNegative() || crmClockEvery.isNegative()) {
      throw new IllegalArgumentException("deletionSweepEvery and crmClockEvery must not be negative");
    }
    if (deletionSweepEvery.compareTo(MAX_DELETION_SWEEP_EVERY) > 0) {
      throw new IllegalArgumentException("deletionSweepEvery must be at most " + MAX_DELETION_SWEEP_EVERY.toDays()
          + " days, well inside the 30 days the CRM keeps deletions, not " + deletionSweepEvery);
    }
    if (deleteBatch < 1) {
      throw new IllegalArgumentException("deleteBatch must be positive, not " + deleteBatch);
    }
  }

  /** With the default deletion sweep and CRM clock periods. */
  public InboundSettings(Duration pollInterval, Duration overlap, Duration safetyLag, int deleteBatch) {
    this(pollInterval, overlap, safetyLag, deleteBatch, DEFAULT_DELETION_SWEEP_EVERY, DEFAULT_CRM_CLOCK_EVERY);
  }

  /** Every 60 s, 5 min overlap, no lag, 1,000 deletions per transaction, deletion feed and CRM clock hourly. */
  public static InboundSettings defaults() {
    return new InboundSettings(Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ZERO, 1_000);
  }

  /** These settings with another deletion sweep period. */
  public InboundSettings withDeletionSweepEvery(Duration every) {
    return new InboundSettings(pollInterval, overlap, safetyLag, deleteBatch, every, crmClockEvery);
  }

  /** These settings with another CRM clock period. */
  public InboundSettings withCrmClockEvery(Duration every) {
    return new InboundSettings(pollInterval, overlap, safetyLag, deleteBatch, deletionSweepEvery, every);
  }
}
