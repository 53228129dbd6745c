package dev.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** {@link RecordRepository} over the {@code crm_record} table. */
public final class JdbcRecordRepository implements RecordRepository {

  private static final List<String> KEYS = List.of("org_id", "object", "crm_id");
  private static final List<String> COLUMNS =
      List.of("org_id", "object", "crm_id", "fields", "system_modstamp", "deleted", "updated_at");

  /**
   * A live row is replaced by an equal or newer SystemModstamp (equal: the same version read twice
   * in the overlap window is harmless); a tombstone only by a strictly newer one (an undelete),
   * so a late duplicate of the last live version cannot bring a deleted record back.
   */
  private static final String NOT_BACKWARDS =
      "({old}.deleted = FALSE AND {old}.system_modstamp <= {new}.system_modstamp)"
          + " OR {old}.system_modstamp < {new}.system_modstamp";

  private static final int FETCH_SIZE = 1000;

  private final DataSource dataSource;
  private final FieldsJson json;
  private final Clock clock;
  private final String upsertSql;
  private final String tombstoneSql;

  public JdbcRecordRepository(DataSource dataSource, SqlDialect dialect, FieldsJson json, Clock clock) {
    this.dataSource = dataSource;
    this.json = json;
    this.clock = clock;
    this.upsertSql = dialect.upsert("crm_record", KEYS, COLUMNS, NOT_BACKWARDS);
    // A deletion moves the stamp forward to the deletion time, so changes older than the deletion
    // (replayed by the overlap window) cannot resurrect the record either; the last known field
    // values are kept.
    this.tombstoneSql = dialect.upsert("crm_record", KEYS, COLUMNS, List.of(
        "deleted = TRUE",
        "system_modstamp = GREATEST({old}.system_modstamp, {new}.system_modstamp)",
        "updated_at = {new}.updated_at"),
        "{old}.deleted = FALSE OR {old}.system_modstamp < {new}.system_modstamp");
  }

  @Override
  public int upsert(Connection tx, Collection<StoredRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    try (PreparedStatement ps = tx.prepareStatement(upsertSql)) {
      for (StoredRecord r : records) {
        ps.setString(1, r.orgId());
        ps.setString(2, r.object());
        ps.setString(3, r.crmId());
        ps.setString(4, json.write(r.fields()));
        Timestamps.set(ps, 5, r.systemModstamp());
        ps.setBoolean(6, r.deleted());
        Timestamps.set(ps, 7, now);
        ps.addBatch();
      }
      return sum(ps.executeBatch());
    }
  }

  @Override
  public int markDeleted(Connection tx, String orgId, String object, Collection<String> crmIds)
      throws SQLException {
    if (crmIds.isEmpty()) {
      return 0;
    }
    // Without a deletion time the stamp stays; the tombstone still outranks equal-stamp duplicates.
    String sql = "UPDATE crm_record SET deleted = TRUE, updated_at = ? "
        + "WHERE org_id = ? AND object = ? AND crm_id = ? AND deleted = FALSE";
    Instant now = clock.instant();
    try (PreparedStatement ps = tx.prepareStatement(sql)) {
      for (String id : crmIds) {
        Timestamps.set(ps, 1, now);
        ps.setString(2, orgId);
        ps.setString(3, object);
        ps.setString(4, id);
        ps.addBatch();
      }
      return sum(ps.executeBatch());
    }
  }

  /**
   * Marks records deleted as of the CRM's deletion times. Unknown ids get a tombstone too, so a
   * change read late (from before the deletion) cannot create them afterwards.
   *
   * @param deletedAtById the CRM deletion time by CRM id
   * @return how many rows were inserted or changed
   */
  public int markDeleted(Connection tx, String orgId, String object, Map<String, Instant> deletedAtById)
      throws SQLException {
    if (deletedAtById.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    String emptyFields = json.write(Map.of());
    try (PreparedStatement ps = tx.prepareStatement(tombstoneSql)) {
      for (Map.Entry<String, Instant> e : deletedAtById.entrySet()) {
        ps.setString(1, orgId);
        ps.setString(2, object);
        ps.setString(3, e.getKey());
        ps.setString(4, emptyFields);
        Timestamps.set(ps, 5, e.getValue());
        ps.setBoolean(6, true);
        Timestamps.set(ps, 7, now);
        ps.addBatch();
      }
      return sum(ps.executeBatch());
    }
  }

  @Override
  public Optional<StoredRecord> find(String orgId, String object, String crmId) throws SQLException {
    String sql = "SELECT fields, system_modstamp, deleted FROM crm_record "
        + "WHERE org_id = ? AND object = ? AND crm_id = ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      ps.setString(3, crmId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredRecord(orgId, object, crmId, json.read(rs.getString("fields")),
            Timestamps.get(rs, "system_modstamp"), rs.getBoolean("deleted")));
      }
    }
  }

  @Override
  public long count(String orgId, String object) throws SQLException {
    String sql = "SELECT COUNT(*) FROM crm_record WHERE org_id = ? AND object = ? AND deleted = FALSE";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public Optional<Instant> crmVersion(String orgId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT MAX(system_modstamp) AS crm_version FROM crm_record WHERE org_id = ?")) {
      ps.setString(1, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Optional.ofNullable(Timestamps.get(rs, "crm_version"));
      }
    }
  }

  @Override
  public void forEachRecord(String orgId, String object, boolean withDeleted, Consumer<StoredRecord> action)
      throws SQLException {
    stream("SELECT crm_id, fields, system_modstamp, deleted FROM crm_record WHERE org_id = ? AND object = ?"
        + (withDeleted ? "" : " AND deleted = FALSE") + " ORDER BY crm_id", orgId, object,
        rs -> action.accept(new StoredRecord(orgId, object, rs.getString(1), json.read(rs.getString(2)),
            Timestamps.get(rs, "system_modstamp"), rs.getBoolean(4))));
  }

  @Override
  public void forEachRecord(String orgId, String object, boolean withDeleted, java.util.Set<String> fields,
      Consumer<StoredRecord> action) throws SQLException {
    stream("SELECT crm_id, fields, system_modstamp, deleted FROM crm_record WHERE org_id = ? AND object = ?"
        + (withDeleted ? "" : " AND deleted = FALSE") + " ORDER BY crm_id", orgId, object,
        rs -> action.accept(new StoredRecord(orgId, object, rs.getString(1), json.read(rs.getString(2), fields),
            Timestamps.get(rs, "system_modstamp"), rs.getBoolean(4))));
  }

  @Override
  public void forEachLiveId(String orgId, String object, Consumer<String> action) throws SQLException {
    stream("SELECT crm_id FROM crm_record WHERE org_id = ? AND object = ? AND deleted = FALSE ORDER BY crm_id",
        orgId, object, rs -> action.accept(rs.getString(1)));
  }

  /** Reads one row of a streamed result. */
  @FunctionalInterface
  private interface RowAction {
    void accept(ResultSet row) throws SQLException;
  }

  /** Runs a query over one org's object, handing each row over without holding the result in memory. */
  private void stream(String sql, String orgId, String object, RowAction action) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      // PostgreSQL streams rows with a fetch size only inside a transaction; otherwise it loads all.
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(FETCH_SIZE);
        ps.setString(1, orgId);
        ps.setString(2, object);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            action.accept(rs);
          }
        }
        c.commit();
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  /** The stored records of an object, live and deleted, keyed by CRM id (for tests and reconciliation). */
  public Map<String, StoredRecord> findAll(String orgId, String object) throws SQLException {
    String sql = "SELECT crm_id, fields, system_modstamp, deleted FROM crm_record "
        + "WHERE org_id = ? AND object = ? ORDER BY crm_id";
    Map<String, StoredRecord> result = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("crm_id");
          result.put(id, new StoredRecord(orgId, object, id, json.read(rs.getString("fields")),
              Timestamps.get(rs, "system_modstamp"), rs.getBoolean("deleted")));
        }
      }
    }
    return result;
  }

  private static int sum(int[] counts) {
    int total = 0;
    for (int n : counts) {
      // SUCCESS_NO_INFO (-2) means "done, count unknown": count it as one row.
      total += n == PreparedStatement.SUCCESS_NO_INFO ? 1 : Math.max(n, 0);
    }
    return total;
  }
}
