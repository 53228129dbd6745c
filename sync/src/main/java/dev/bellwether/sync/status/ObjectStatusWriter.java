package dev.bellwether.sync.status;

import dev.bellwether.store.ObjectStatus;
import dev.bellwether.store.ObjectStatusRepository;
import dev.bellwether.store.Transactions;
import dev.bellwether.store.Watermark;
import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.inbound.ObjectFailure;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Records how each object's inbound run went into the store's per-object status. */
public final class ObjectStatusWriter {
  /** Longest error message kept: enough to act on, short enough for a status table. */
  static final int MAX_ERROR_LENGTH = 500;

  private final ObjectStatusRepository statuses;
  private final Transactions transactions;
  private final Clock clock;

  public ObjectStatusWriter(ObjectStatusRepository statuses, Transactions transactions, Clock clock) {
    this.statuses = Objects.requireNonNull(statuses, "statuses");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records a run that finished: no errors, success now, lag from its watermark.
   *
   * @param startedAt when the run started
   * @return what was saved
   */
  public ObjectStatus succeeded(String orgId, InboundRun run, Instant startedAt) throws SQLException {
    Instant now = clock.instant();
    ObjectStatus status = new ObjectStatus(orgId, run.object(), startedAt, now, run.recordsApplied(),
        run.apiCalls(), 0, null, run.missingFields(), lagSeconds(run.watermark(), now));
    transactions.inTransaction(tx -> {
      statuses.save(tx, status);
      return null;
    });
    return status;
  }

  /**
   * Records a run that failed. The last success, missing fields and lag of the previous status are
   * kept: the store still holds what that run applied.
   *
   * @param startedAt when the run started
   * @return what was saved
   */
  public ObjectStatus failed(String orgId, ObjectFailure failure, Instant startedAt) throws SQLException {
    Optional<ObjectStatus> before = statuses.find(orgId, failure.object());
    ObjectStatus status = new ObjectStatus(orgId, failure.object(), startedAt,
        before.map(ObjectStatus::lastSuccessAt).orElse(null), 0, 0, 1, message(failure.error()),
        before.map(ObjectStatus::missingFields).orElse(List.of()),
        before.map(ObjectStatus::lagSeconds).orElse(null));
    transactions.inTransaction(tx -> {
      statuses.save(tx, status);
      return null;
    });
    return status;
  }

  /** Seconds from the watermark to now, or null before any record was read. */
  static Long lagSeconds(Watermark watermark, Instant now) {
    if (watermark == null || watermark.modstamp() == null) {
      return null;
    }
    return Math.max(0, Duration.between(watermark.modstamp(), now).toSeconds());
  }

  private static String message(Exception error) {
    String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }
}
