package dev.bellwether.sync.status;

import dev.bellwether.store.ObjectStatus;
import dev.bellwether.store.ObjectStatusRepository;
import dev.bellwether.store.RecordRepository;
import dev.bellwether.store.Store;
import dev.bellwether.store.Watermark;
import dev.bellwether.store.WatermarkRepository;
import dev.bellwether.store.conflicts.ConflictLog;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.outbox.OutboxRepository;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one org's {@link SyncStatusReport} from the store's status, watermarks, records, outbox and
 * conflict log.
 */
public final class SyncStatusReader {
  private final ObjectStatusRepository statuses;
  private final WatermarkRepository watermarks;
  private final RecordRepository records;
  private final OutboxRepository outbox;
  private final ConflictLog conflicts;
  private final Clock clock;

  public SyncStatusReader(ObjectStatusRepository statuses, WatermarkRepository watermarks, RecordRepository records,
      OutboxRepository outbox, ConflictLog conflicts, Clock clock) {
    this.statuses = Objects.requireNonNull(statuses, "statuses");
    this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
    this.records = Objects.requireNonNull(records, "records");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A reader over an open store's repositories. */
  public static SyncStatusReader of(Store store, Clock clock) {
    return new SyncStatusReader(store.objectStatus(), store.watermarks(), store.records(), store.outbox(),
        store.conflicts(), clock);
  }

  /**
   * The report for the mapped objects, in their order, then any other object with a stored status
   * (one mapped earlier), so nothing that was synced disappears from view.
   */
  public SyncStatusReport read(String orgId, List<String> mappedObjects) throws SQLException {
    Instant now = clock.instant();
    Set<String> names = new LinkedHashSet<>(mappedObjects);
    for (ObjectStatus s : statuses.list(orgId)) {
      if (names.stream().noneMatch(n -> n.equalsIgnoreCase(s.object()))) {
        names.add(s.object());
      }
    }
    List<ObjectStatusLine> lines = new ArrayList<>();
    for (String object : names) {
      lines.add(line(orgId, object, now));
    }
    return new SyncStatusReport(orgId, now, lines);
  }

  private ObjectStatusLine line(String orgId, String object, Instant now) throws SQLException {
    Optional<ObjectStatus> status = statuses.find(orgId, object);
    Watermark mark = watermarks.find(orgId, object).orElse(null);
    // Lag is measured now, not when the run ended: a sync that stopped running shows a growing lag.
    Long lag = ObjectStatusWriter.lagSeconds(mark, now);
    OutboxCounts box = outbox.counts(orgId, object);
    return new ObjectStatusLine(object, records.count(orgId, object), mark == null ? null : mark.modstamp(), lag,
        status.map(ObjectStatus::apiCalls).orElse(0L), status.map(ObjectStatus::errors).orElse(0L),
        box.pending(), box.parked(), conflicts.count(orgId, object),
        status.map(ObjectStatus::missingFields).orElse(List.of()),
        status.map(ObjectStatus::lastRunAt).orElse(null), status.map(ObjectStatus::lastError).orElse(null));
  }
}
