package dev.bellwether.service.reliability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock plus an offset the harness moves: devorg seeds its book an hour in the past, so
 * the incremental polls' overlap window does not re-read the whole seed, and before the final sync
 * the org's time jumps ahead as if the last poll ran a while later (getDeleted only covers whole
 * minutes). The offset only ever moves forward.
 */
final class ShiftedClock extends Clock {
  private volatile Duration offset;

  ShiftedClock(Duration offset) {
    this.offset = offset;
  }

  /** Moves the clock forward by {@code d}. */
  void advance(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("the org's clock never goes back (asked to move by " + d + ")");
    }
    offset = offset.plus(d);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
