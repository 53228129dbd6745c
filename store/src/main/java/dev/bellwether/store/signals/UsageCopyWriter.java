package dev.bellwether.store.signals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Usage batches into PostgreSQL the fast way. A batch first goes by COPY straight into
 * {@code signal_usage} (under a savepoint): a file sent for the first time holds no stored ids, and
 * that costs the server one write per row. When an id is stored already (the COPY fails on the key),
 * the batch goes again by COPY into a session's temporary staging table and then by one
 * {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}; so do the next few batches, since a file sent
 * again is a duplicate throughout. Row by row INSERTs would cost a statement execution each. Counts
 * are the same as the INSERT path's: an id stored before, or earlier in the batch, is a duplicate and
 * the row first stored is kept.
 */
final class UsageCopyWriter {
  private static final Logger LOG = LoggerFactory.getLogger(UsageCopyWriter.class);

  private static final String STAGING = "bw_usage_staging";
  private static final String COLUMNS = "event_id, account_id, kind, name, user_id, occurred_on, occurred_at, "
      + "event_count, active_users, licensed_seats";

  /**
   * Created on a connection's first batch and kept for the session (a batch whose transaction rolls
   * back takes the creation with it, so every batch asks). Typed by {@code signal_usage} itself, so
   * a value too long fails the COPY with the column named; emptied by each commit.
   */
  private static final String CREATE_STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGING
      + " ON COMMIT DELETE ROWS AS SELECT " + COLUMNS + " FROM signal_usage WITH NO DATA";

  private static final String COPY = "COPY " + STAGING + " (" + COLUMNS + ") FROM STDIN";

  private static final String COPY_DIRECT = "COPY signal_usage (org_id, " + COLUMNS + ") FROM STDIN";

  /** PostgreSQL's unique_violation: the direct COPY met an id stored before. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** Batches that go by staging without trying the direct COPY after one met a stored id. */
  private static final int STAGED_AFTER_CONFLICT = 16;

  private static final String INSERT = "INSERT INTO signal_usage (org_id, " + COLUMNS + ") SELECT ?, " + COLUMNS
      + " FROM " + STAGING + " ON CONFLICT (org_id, event_id) DO NOTHING";

  /** Bytes sent to the server at a time, so encoding and the server's parsing overlap. */
  private static final int CHUNK = 1 << 16;

  private final LongAdder batches = new LongAdder();
  private final LongAdder rows = new LongAdder();
  private final LongAdder encodeNanos = new LongAdder();
  private final LongAdder copyNanos = new LongAdder();
  private final LongAdder insertNanos = new LongAdder();
  /**
   * How many more batches skip the direct COPY. Shared by all writers of the store; a wrong guess
   * costs time, never a wrong count.
   */
  private final AtomicInteger stagedAhead = new AtomicInteger();

  /** Writes a batch in the caller's transaction on a PostgreSQL connection. */
  WriteCounts write(Connection tx, String orgId, List<UsageEvent> events) throws SQLException {
    if (stagedAhead.get() > 0) {
      stagedAhead.decrementAndGet();
    } else {
      WriteCounts direct = writeDirect(tx, orgId, events);
      if (direct != null) {
        return direct;
      }
      stagedAhead.set(STAGED_AFTER_CONFLICT);
    }
    return writeStaged(tx, orgId, events);
  }

  /**
   * COPY straight into {@code signal_usage}, ids repeated in the batch dropped; null (and nothing
   * written) when an id is stored already.
   */
  private WriteCounts writeDirect(Connection tx, String orgId, List<UsageEvent> events) throws SQLException {
    long started = System.nanoTime();
    Savepoint before = tx.setSavepoint();
    long stored;
    try {
      stored = copy(tx.unwrap(PGConnection.class).getCopyAPI(), COPY_DIRECT, orgId, events, true);
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      tx.rollback(before);
      LOG.debug("usage batch of {} for org {}: an id is stored already, staging it", events.size(), orgId);
      return null;
    }
    tx.releaseSavepoint(before);
    batches.increment();
    rows.add(events.size());
    LOG.debug("usage batch of {} for org {}: {} new by direct COPY in {} ms", events.size(), orgId, stored,
        (System.nanoTime() - started) / 1_000_000);
    return new WriteCounts(stored, 0, events.size() - stored);
  }

  private WriteCounts writeStaged(Connection tx, String orgId, List<UsageEvent> events) throws SQLException {
    long started = System.nanoTime();
    try (Statement st = tx.createStatement()) {
      st.execute(CREATE_STAGING);
    }
    copyNanos.add(System.nanoTime() - started);
    long staged = copy(tx.unwrap(PGConnection.class).getCopyAPI(), COPY, orgId, events, false);
    long copied = System.nanoTime();
    long inserted;
    try (PreparedStatement ps = tx.prepareStatement(INSERT)) {
      ps.setString(1, orgId);
      inserted = ps.executeUpdate();
    }
    long done = System.nanoTime();
    insertNanos.add(done - copied);
    batches.increment();
    rows.add(events.size());
    LOG.debug("usage batch of {} for org {}: {} staged, {} new; COPY {} ms, INSERT ... SELECT {} ms", events.size(),
        orgId, staged, inserted, (copied - started) / 1_000_000, (done - copied) / 1_000_000);
    return new WriteCounts(inserted, 0, events.size() - inserted);
  }

  /** What this writer's batches have cost so far. */
  UsageCopyTimes times() {
    return new UsageCopyTimes(batches.sum(), rows.sum(), encodeNanos.sum(), copyNanos.sum(), insertNanos.sum());
  }

  /**
   * Streams the batch's rows, each id once (its first row: later ones are duplicates whatever the
   * table holds), by {@code sql} (into the staging table, or into {@code signal_usage} with the org id
   * leading when {@code withOrg}); returns how many rows went in.
   */
  private long copy(CopyManager copyApi, String sql, String orgId, List<UsageEvent> events, boolean withOrg)
      throws SQLException {
    long encoding = 0;
    long copying = 0;
    long mark = System.nanoTime();
    CopyIn in = copyApi.copyIn(sql);
    copying += System.nanoTime() - mark;
    try {
      CopyText text = new CopyText(Math.min(CHUNK + 4096, events.size() * 160));
      Set<String> seen = new HashSet<>(events.size() * 2);
      mark = System.nanoTime();
      for (UsageEvent e : events) {
        if (!seen.add(e.eventId())) {
          continue;
        }
        if (withOrg) {
          text.text(orgId);
        }
        row(text, orgId, e);
        if (text.length() >= CHUNK) {
          long sending = System.nanoTime();
          encoding += sending - mark;
          in.writeToCopy(text.bytes(), 0, text.length());
          text.clear();
          mark = System.nanoTime();
          copying += mark - sending;
        }
      }
      long sending = System.nanoTime();
      encoding += sending - mark;
      if (text.length() > 0) {
        in.writeToCopy(text.bytes(), 0, text.length());
      }
      long staged = in.endCopy();
      copying += System.nanoTime() - sending;
      return staged;
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
      encodeNanos.add(encoding);
      copyNanos.add(copying);
    }
  }

  private static void row(CopyText text, String orgId, UsageEvent e) throws SQLException {
    try {
      text.text(e.eventId()).text(e.accountId()).text(e.kind().code()).text(e.name()).text(e.userId())
          .day(e.occurredOn()).instant(e.occurredAt()).number(e.count()).number(e.activeUsers())
          .number(e.licensedSeats()).endRow();
    } catch (IllegalArgumentException bad) {
      throw new SQLException("usage event '" + printable(e.eventId()) + "' of org " + orgId + ": "
          + fieldWithNul(e) + " " + bad.getMessage(), "22021", bad);
    }
  }

  private static String fieldWithNul(UsageEvent e) {
    String[] names = {"event_id", "account_id", "name", "user_id"};
    String[] values = {e.eventId(), e.accountId(), e.name(), e.userId()};
    for (int i = 0; i < names.length; i++) {
      if (values[i] != null && values[i].indexOf('\0') >= 0) {
        return names[i];
      }
    }
    return "a field";
  }

  private static String printable(String text) {
    return text.replace("\0", "\\0");
  }
}
