package dev.bellwether.store.scoring;

import dev.bellwether.store.SqlDialect;
import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** The {@code health_snapshot} table: written per change, read back as of a day for trends. */
public final class HealthSnapshotRepository {

  private static final List<String> COLUMNS = List.of("org_id", "account_id", "snapshot_date", "scorecard",
      "score", "band", "measures_scored", "measures_total", "trend", "measures", "explanation", "computed_at");
  private static final String SELECT = "SELECT s.account_id, s.snapshot_date, s.scorecard, s.score, s.band,"
      + " s.measures_scored, s.measures_total, s.trend, s.measures, s.explanation, s.computed_at"
      + " FROM health_snapshot s";

  private final DataSource dataSource;
  private final String upsert;

  public HealthSnapshotRepository(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    List<String> keys = List.of("org_id", "account_id", "snapshot_date");
    List<String> set = COLUMNS.stream().filter(c -> !keys.contains(c)).map(c -> c + " = " + SqlDialect.NEW + "." + c)
        .toList();
    this.upsert = dialect.upsert("health_snapshot", keys, COLUMNS, set, null);
  }

  /** Stores snapshots in the caller's transaction; a second snapshot of the same day replaces the first. */
  public void save(Connection tx, String orgId, List<HealthSnapshotRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = tx.prepareStatement(upsert)) {
      for (HealthSnapshotRow r : rows) {
        int i = 1;
        ps.setString(i++, orgId);
        ps.setString(i++, r.accountId());
        ps.setDate(i++, Date.valueOf(r.snapshotDate()));
        ps.setString(i++, r.scorecard());
        setDouble(ps, i++, r.score());
        ps.setString(i++, r.band());
        ps.setInt(i++, r.measuresScored());
        ps.setInt(i++, r.measuresTotal());
        setDouble(ps, i++, r.trend());
        ps.setString(i++, r.measuresJson());
        ps.setString(i++, r.explanationJson());
        Timestamps.set(ps, i, r.computedAt());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Each account's latest snapshot taken on or before {@code day}, one call per account. */
  public void forEachLatest(String orgId, LocalDate day, Consumer<HealthSnapshotRow> action) throws SQLException {
    String sql = SELECT + " JOIN (SELECT account_id, MAX(snapshot_date) AS latest FROM health_snapshot"
        + " WHERE org_id = ? AND snapshot_date <= ? GROUP BY account_id) m"
        + " ON s.account_id = m.account_id AND s.snapshot_date = m.latest WHERE s.org_id = ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setDate(2, Date.valueOf(day));
      ps.setString(3, orgId);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          action.accept(row(rs));
        }
      }
    }
  }

  /** An account's snapshots, newest first. */
  public List<HealthSnapshotRow> history(String orgId, String accountId, int limit) throws SQLException {
    List<HealthSnapshotRow> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " WHERE s.org_id = ? AND s.account_id = ?"
            + " ORDER BY s.snapshot_date DESC")) {
      ps.setString(1, orgId);
      ps.setString(2, accountId);
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
    }
    return out;
  }

  /** Snapshots stored for the org. */
  public long count(String orgId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM health_snapshot WHERE org_id = ?")) {
      ps.setString(1, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static HealthSnapshotRow row(ResultSet rs) throws SQLException {
    return new HealthSnapshotRow(rs.getString("account_id"), rs.getDate("snapshot_date").toLocalDate(),
        rs.getString("scorecard"), getDouble(rs, "score"), rs.getString("band"), rs.getInt("measures_scored"),
        rs.getInt("measures_total"), getDouble(rs, "trend"), rs.getString("measures"), rs.getString("explanation"),
        Timestamps.get(rs, "computed_at"));
  }

  static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  static Double getDouble(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
