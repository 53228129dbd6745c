package dev.bellwether.store.scoring;

import dev.bellwether.store.SqlDialect;
import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The {@code churn_risk} table: the latest risk of each account. */
public final class ChurnRiskRepository {

  private static final List<String> COLUMNS = List.of("org_id", "account_id", "probability", "contributions", "scored_at");

  private final DataSource dataSource;
  private final String upsert;

  public ChurnRiskRepository(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    List<String> keys = List.of("org_id", "account_id");
    this.upsert = dialect.upsert("churn_risk", keys, COLUMNS,
        COLUMNS.stream().filter(c -> !keys.contains(c)).map(c -> c + " = " + SqlDialect.NEW + "." + c).toList(), null);
  }

  /** Stores risks in the caller's transaction, replacing each account's previous one. */
  public void save(Connection tx, String orgId, List<ChurnRiskRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = tx.prepareStatement(upsert)) {
      for (ChurnRiskRow r : rows) {
        ps.setString(1, orgId);
        ps.setString(2, r.accountId());
        ps.setDouble(3, r.probability());
        ps.setString(4, r.contributionsJson());
        Timestamps.set(ps, 5, r.scoredAt());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Every account's risk, by account. */
  public Map<String, ChurnRiskRow> all(String orgId) throws SQLException {
    Map<String, ChurnRiskRow> out = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT account_id, probability, contributions, scored_at FROM churn_risk WHERE org_id = ?")) {
      ps.setString(1, orgId);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ChurnRiskRow row = new ChurnRiskRow(rs.getString(1), rs.getDouble(2), rs.getString(3),
              Timestamps.get(rs, "scored_at"));
          out.put(row.accountId(), row);
        }
      }
    }
    return out;
  }
}
