package dev.bellwether.sync.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * This machine's time as wall-clock time at creation plus the elapsed {@link System#nanoTime()}:
 * it does not jump when the system clock is stepped (NTP), and after a suspended VM resumes it runs
 * behind, which only ends windows early until the CRM's clock is read again. {@link CrmClock} adds
 * its offset to the CRM's clock to it; were the wall clock to jump forward between two readings of
 * the CRM's, a poll window would end in the CRM's future and its watermark would skip records
 * changed before that future arrived.
 */
public final class MonotonicClock extends Clock {
  private final Instant base = Instant.now();
  private final long baseNanos = System.nanoTime();

  /** Starts at this machine's wall-clock time now. */
  public MonotonicClock() {
  }

  @Override
  public Instant instant() {
    return base.plus(Duration.ofNanos(System.nanoTime() - baseNanos));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a monotonic clock has no zone other than UTC");
  }
}
