package dev.bellwether.store.scoring;

import dev.bellwether.store.SqlDialect;
import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code churn_model} table: one model per org, replaced by each training. */
public final class ChurnModelRepository {

  private static final List<String> COLUMNS = List.of("org_id", "trained_at", "model", "backtest", "kpi_validation");

  private final DataSource dataSource;
  private final String upsert;

  public ChurnModelRepository(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    List<String> keys = List.of("org_id");
    this.upsert = dialect.upsert("churn_model", keys, COLUMNS,
        COLUMNS.stream().filter(c -> !keys.contains(c)).map(c -> c + " = " + SqlDialect.NEW + "." + c).toList(), null);
  }

  /** Replaces the org's model and reports in the caller's transaction. */
  public void save(Connection tx, String orgId, ChurnModelRow row) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(upsert)) {
      ps.setString(1, orgId);
      Timestamps.set(ps, 2, row.trainedAt());
      ps.setString(3, row.modelJson());
      ps.setString(4, row.backtestJson());
      ps.setString(5, row.kpiValidationJson());
      ps.executeUpdate();
    }
  }

  /** The org's latest model and reports, if it was ever trained. */
  public Optional<ChurnModelRow> find(String orgId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT trained_at, model, backtest, kpi_validation FROM churn_model WHERE org_id = ?")) {
      ps.setString(1, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new ChurnModelRow(Timestamps.get(rs, "trained_at"), rs.getString("model"),
            rs.getString("backtest"), rs.getString("kpi_validation")));
      }
    }
  }
}
