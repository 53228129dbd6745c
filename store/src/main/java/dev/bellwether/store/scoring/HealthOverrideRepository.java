package dev.bellwether.store.scoring;

import dev.bellwether.store.SqlDialect;
import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The {@code health_override} table: at most one override per account. */
public final class HealthOverrideRepository {

  private static final List<String> COLUMNS =
      List.of("org_id", "account_id", "band", "reason", "author", "expires_on", "set_at");

  private final DataSource dataSource;
  private final String upsert;

  public HealthOverrideRepository(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    List<String> keys = List.of("org_id", "account_id");
    this.upsert = dialect.upsert("health_override", keys, COLUMNS,
        COLUMNS.stream().filter(c -> !keys.contains(c)).map(c -> c + " = " + SqlDialect.NEW + "." + c).toList(), null);
  }

  /** Sets (or replaces) an account's override in the caller's transaction. */
  public void put(Connection tx, String orgId, HealthOverrideRow row) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(upsert)) {
      ps.setString(1, orgId);
      ps.setString(2, row.accountId());
      ps.setString(3, row.band());
      ps.setString(4, row.reason());
      ps.setString(5, row.author());
      ps.setDate(6, Date.valueOf(row.expiresOn()));
      Timestamps.set(ps, 7, row.setAt());
      ps.executeUpdate();
    }
  }

  /** Removes an account's override; false when it had none. */
  public boolean remove(Connection tx, String orgId, String accountId) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("DELETE FROM health_override WHERE org_id = ? AND account_id = ?")) {
      ps.setString(1, orgId);
      ps.setString(2, accountId);
      return ps.executeUpdate() > 0;
    }
  }

  /** Every override of the org, expired ones included (the scorer decides what applies), by account. */
  public Map<String, HealthOverrideRow> all(String orgId) throws SQLException {
    Map<String, HealthOverrideRow> out = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT account_id, band, reason, author, expires_on, set_at"
            + " FROM health_override WHERE org_id = ?")) {
      ps.setString(1, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          HealthOverrideRow row = new HealthOverrideRow(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getDate(5).toLocalDate(), Timestamps.get(rs, "set_at"));
          out.put(row.accountId(), row);
        }
      }
    }
    return out;
  }
}
