package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The CRM's time without a call per poll: the CRM's clock is read at most once per
 * {@code refreshEvery}, and in between the offset to this machine's clock is applied. A no-change
 * poll then costs one API call per object instead of two. The offset may drift by a few
 * milliseconds between reads; the poll overlap is minutes, so that is harmless.
 */
public final class CrmClock {

  private final CrmConnector crm;
  private final Clock local;
  private final Duration refreshEvery;
  private Duration offset;
  private Instant readAt;

  public CrmClock(CrmConnector crm, Clock local, Duration refreshEvery) {
    this.crm = Objects.requireNonNull(crm, "crm");
    this.local = Objects.requireNonNull(local, "local");
    this.refreshEvery = Objects.requireNonNull(refreshEvery, "refreshEvery");
  }

  /** The CRM's current time, reading the CRM's clock when the last reading is older than the refresh period. */
  public synchronized Instant now() throws CrmException {
    Instant localNow = local.instant();
    if (readAt == null || !localNow.isBefore(readAt.plus(refreshEvery))) {
      Instant before = local.instant();
      Instant crmNow = crm.serverTime();
      Instant after = local.instant();
      // The CRM read its clock somewhere during the call; its middle is the best guess.
      Instant middle = before.plus(Duration.between(before, after).dividedBy(2));
      offset = Duration.between(middle, crmNow);
      readAt = after;
      return crmNow.plus(Duration.between(middle, after));
    }
    return localNow.plus(offset);
  }
}
