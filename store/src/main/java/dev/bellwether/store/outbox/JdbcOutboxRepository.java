package dev.bellwether.store.outbox;

import dev.bellwether.store.FieldsJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** {@link OutboxRepository} over the {@code outbox} table; the same SQL on H2 and PostgreSQL. */
public final class JdbcOutboxRepository implements OutboxRepository {

  private static final String COLUMNS = "id, org_id, object, external_id, fields, created_at, attempts, "
      + "next_attempt_at, status, last_error_code, last_error_message, revision, crm_id";

  private final DataSource dataSource;
  private final FieldsJson json;

  public JdbcOutboxRepository(DataSource dataSource, FieldsJson json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  @Override
  public long enqueue(Connection tx, OutboxEntry entry) throws SQLException {
    OutboxEntry waiting = findWaiting(tx, entry);
    if (waiting == null) {
      return insert(tx, entry);
    }
    Map<String, Object> merged = new LinkedHashMap<>(waiting.fields());
    merged.putAll(entry.fields());
    if (waiting.status() == OutboxStatus.PENDING) {
      // Attempts and backoff stay: a record that keeps failing must still reach its park limit.
      update(tx, "UPDATE outbox SET fields = ?, revision = revision + 1 WHERE id = ?", merged, waiting.id());
    } else {
      try (PreparedStatement ps = tx.prepareStatement("UPDATE outbox SET fields = ?, revision = revision + 1, "
          + "status = 'pending', attempts = 0, next_attempt_at = ? WHERE id = ?")) {
        ps.setString(1, json.write(merged));
        setInstant(ps, 2, entry.nextAttemptAt());
        ps.setLong(3, waiting.id());
        ps.executeUpdate();
      }
    }
    return waiting.id();
  }

  /**
   * The record's row still waiting to be sent (pending or parked), locked until the caller commits:
   * matched by external id, or for an update by CRM id among the rows without an external id.
   */
  private OutboxEntry findWaiting(Connection tx, OutboxEntry entry) throws SQLException {
    String key = entry.byExternalId() ? "external_id = ?" : "crm_id = ? AND external_id IS NULL";
    String sql = "SELECT " + COLUMNS + " FROM outbox WHERE org_id = ? AND object = ? AND " + key
        + " AND status IN ('pending', 'parked') ORDER BY id FOR UPDATE";
    try (PreparedStatement ps = tx.prepareStatement(sql)) {
      ps.setString(1, entry.orgId());
      ps.setString(2, entry.object());
      ps.setString(3, entry.byExternalId() ? entry.externalId() : entry.crmId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? read(rs) : null;
      }
    }
  }

  private long insert(Connection tx, OutboxEntry entry) throws SQLException {
    String sql = "INSERT INTO outbox (org_id, object, external_id, fields, created_at, attempts, next_attempt_at, "
        + "status, revision, crm_id) VALUES (?, ?, ?, ?, ?, 0, ?, 'pending', 0, ?)";
    try (PreparedStatement ps = tx.prepareStatement(sql, new String[] {"id"})) {
      ps.setString(1, entry.orgId());
      ps.setString(2, entry.object());
      ps.setString(3, entry.externalId());
      ps.setString(4, json.write(entry.fields()));
      setInstant(ps, 5, entry.createdAt());
      setInstant(ps, 6, entry.nextAttemptAt());
      ps.setString(7, entry.crmId());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no id generated for outbox row of " + entry.object() + " " + entry.recordKey());
        }
        return keys.getLong(1);
      }
    }
  }

  private void update(Connection tx, String sql, Map<String, Object> fields, long id) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(sql)) {
      ps.setString(1, json.write(fields));
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  @Override
  public List<OutboxEntry> claimDue(String orgId, String object, int limit, Instant now) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM outbox WHERE org_id = ? AND object = ? AND status = 'pending' "
        + "AND next_attempt_at <= ? ORDER BY created_at, id LIMIT ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      setInstant(ps, 3, now);
      ps.setInt(4, limit);
      return readAll(ps);
    }
  }

  @Override
  public boolean markDone(OutboxEntry claimed) throws SQLException {
    return settle(claimed, "status = 'done'", ps -> 1);
  }

  @Override
  public boolean markDone(Connection tx, OutboxEntry claimed) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(
        "UPDATE outbox SET status = 'done' WHERE id = ? AND revision = ? AND status = 'pending'")) {
      ps.setLong(1, claimed.id());
      ps.setInt(2, claimed.revision());
      return ps.executeUpdate() == 1;
    }
  }

  @Override
  public boolean removeFields(Connection tx, long id, Collection<String> fields) throws SQLException {
    Map<String, Object> current;
    try (PreparedStatement ps = tx.prepareStatement(
        "SELECT fields FROM outbox WHERE id = ? AND status IN ('pending', 'parked') FOR UPDATE")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        current = json.read(rs.getString("fields"));
      }
    }
    Set<String> drop = new HashSet<>();
    fields.forEach(f -> drop.add(f.toLowerCase(Locale.ROOT)));
    Map<String, Object> kept = new LinkedHashMap<>(current);
    kept.keySet().removeIf(f -> drop.contains(f.toLowerCase(Locale.ROOT)));
    if (kept.size() == current.size()) {
      return false;
    }
    if (kept.isEmpty()) {
      try (PreparedStatement ps = tx.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
    } else {
      update(tx, "UPDATE outbox SET fields = ?, revision = revision + 1 WHERE id = ?", kept, id);
    }
    return true;
  }

  @Override
  public boolean markFailed(OutboxEntry claimed, String code, String message, Instant nextAttemptAt)
      throws SQLException {
    return settle(claimed, "attempts = attempts + 1, last_error_code = ?, last_error_message = ?, "
        + "next_attempt_at = ?", ps -> {
          ps.setString(1, code);
          ps.setString(2, message);
          setInstant(ps, 3, nextAttemptAt);
          return 4;
        });
  }

  @Override
  public boolean park(OutboxEntry claimed, String code, String message) throws SQLException {
    return settle(claimed, "status = 'parked', attempts = attempts + 1, last_error_code = ?, "
        + "last_error_message = ?", ps -> {
          ps.setString(1, code);
          ps.setString(2, message);
          return 3;
        });
  }

  /** Binds the SET clause's parameters and returns the index of the next one. */
  @FunctionalInterface
  private interface SetParameters {
    int bind(PreparedStatement ps) throws SQLException;
  }

  /** Updates a claimed row only while it is still pending at the revision that was sent. */
  private boolean settle(OutboxEntry claimed, String set, SetParameters parameters) throws SQLException {
    String sql = "UPDATE outbox SET " + set + " WHERE id = ? AND revision = ? AND status = 'pending'";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      int i = parameters.bind(ps);
      ps.setLong(i, claimed.id());
      ps.setInt(i + 1, claimed.revision());
      return ps.executeUpdate() == 1;
    }
  }

  @Override
  public List<OutboxEntry> listParked(String orgId) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM outbox WHERE org_id = ? AND status = 'parked' ORDER BY created_at, id";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      return readAll(ps);
    }
  }

  @Override
  public boolean release(String orgId, long id, Instant now) throws SQLException {
    String sql = "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ? "
        + "WHERE org_id = ? AND id = ? AND status = 'parked'";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      setInstant(ps, 1, now);
      ps.setString(2, orgId);
      ps.setLong(3, id);
      return ps.executeUpdate() == 1;
    }
  }

  @Override
  public OutboxCounts counts(String orgId, String object) throws SQLException {
    String sql = "SELECT status, COUNT(*) AS n FROM outbox WHERE org_id = ? AND object = ? GROUP BY status";
    long pending = 0;
    long done = 0;
    long parked = 0;
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long n = rs.getLong("n");
          switch (OutboxStatus.ofColumn(rs.getString("status"))) {
            case PENDING -> pending = n;
            case DONE -> done = n;
            case PARKED -> parked = n;
            default -> throw new IllegalStateException("unhandled status");
          }
        }
      }
    }
    return new OutboxCounts(pending, done, parked);
  }

  @Override
  public int purgeDone(String orgId, Instant createdBefore) throws SQLException {
    String sql = "DELETE FROM outbox WHERE org_id = ? AND status = 'done' AND created_at < ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      setInstant(ps, 2, createdBefore);
      return ps.executeUpdate();
    }
  }

  private List<OutboxEntry> readAll(PreparedStatement ps) throws SQLException {
    List<OutboxEntry> entries = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        entries.add(read(rs));
      }
    }
    return entries;
  }

  private OutboxEntry read(ResultSet rs) throws SQLException {
    return new OutboxEntry(rs.getLong("id"), rs.getString("org_id"), rs.getString("object"),
        rs.getString("external_id"), json.read(rs.getString("fields")), instant(rs, "created_at"),
        rs.getInt("attempts"), instant(rs, "next_attempt_at"), OutboxStatus.ofColumn(rs.getString("status")),
        rs.getString("last_error_code"), rs.getString("last_error_message"), rs.getInt("revision"),
        rs.getString("crm_id"));
  }

  private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, value.atOffset(ZoneOffset.UTC));
    }
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
