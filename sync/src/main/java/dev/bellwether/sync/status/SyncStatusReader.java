package dev.bellwether.sync.status;

import dev.bellwether.store.ObjectStatus;
import dev.bellwether.store.ObjectStatusRepository;
import dev.bellwether.store.RecordRepository;
import dev.bellwether.store.Watermark;
import dev.bellwether.store.WatermarkRepository;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads one org's {@link SyncStatusReport} from the store's status, watermarks and records. */
public final class SyncStatusReader {
  private final ObjectStatusRepository statuses;
  private final WatermarkRepository watermarks;
  private final RecordRepository records;
  private final Clock clock;

  public SyncStatusReader(ObjectStatusRepository statuses, WatermarkRepository watermarks, RecordRepository records,
      Clock clock) {
    this.statuses = Objects.requireNonNull(statuses, "statuses");
    this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
    this.records = Objects.requireNonNull(records, "records");
    this.clock = Objects.requireNonNull(clock, "clock");
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
    // parked and conflicts stay 0 until outbound sync and conflict rules land (issue 4, parts 4 and 5).
    return new ObjectStatusLine(object, records.count(orgId, object), mark == null ? null : mark.modstamp(), lag,
        status.map(ObjectStatus::apiCalls).orElse(0L), status.map(ObjectStatus::errors).orElse(0L), 0, 0,
        status.map(ObjectStatus::missingFields).orElse(List.of()),
        status.map(ObjectStatus::lastRunAt).orElse(null), status.map(ObjectStatus::lastError).orElse(null));
  }
}
