package dev.bellwether.service.schedule;

import dev.bellwether.store.Store;
import dev.bellwether.sync.status.SyncedOrgs;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the sync tables from growing forever: deletes applied-page log rows and sent outbox rows
 * past their retention, and decided conflicts only after their much longer one. Pending and parked
 * outbox rows are never touched. One run covers every org with a sync status in the store, so it
 * does not matter which instance runs it.
 */
public final class Housekeeping {
  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

  /**
   * What one run deleted.
   *
   * @param pages page log rows
   * @param outboxRows sent outbox rows
   * @param conflicts conflict log rows
   */
  public record Purged(int pages, int outboxRows, int conflicts) {

    public int total() {
      return pages + outboxRows + conflicts;
    }
  }

  private final Store store;
  private final ScheduleSettings.Retention retention;
  private final Clock clock;

  public Housekeeping(Store store, ScheduleSettings.Retention retention, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.retention = Objects.requireNonNull(retention, "retention");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Purges what is past its retention now. */
  public Purged run() throws SQLException {
    Instant now = clock.instant();
    int pages = store.pageLog().purgeBefore(now.minus(retention.pageLog()));
    int outboxRows = 0;
    for (String orgId : new SyncedOrgs(store.dataSource()).list()) {
      outboxRows += store.outbox().purgeDone(orgId, now.minus(retention.outboxDone()));
    }
    int conflicts = store.conflicts().purgeBefore(now.minus(retention.conflicts()));
    Purged purged = new Purged(pages, outboxRows, conflicts);
    if (purged.total() > 0) {
      LOG.info("Housekeeping purged {} page log rows, {} sent outbox rows, {} conflicts", pages, outboxRows,
          conflicts);
    }
    return purged;
  }
}
