package dev.bellwether.store.scoring;

import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code scoring_run} table: a line per finished scoring run. */
public final class ScoringRunRepository {

  private final DataSource dataSource;

  public ScoringRunRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Records a finished run in the caller's transaction. */
  public void record(Connection tx, String orgId, ScoringRunRow run) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("INSERT INTO scoring_run (org_id, instance_id, started_at,"
        + " finished_at, crm_version, summary) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, orgId);
      ps.setString(2, run.instanceId());
      Timestamps.set(ps, 3, run.startedAt());
      Timestamps.set(ps, 4, run.finishedAt());
      Timestamps.set(ps, 5, run.crmVersion());
      ps.setString(6, run.summaryJson());
      ps.executeUpdate();
    }
  }

  /** The org's latest run. */
  public Optional<ScoringRunRow> latest(String orgId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT instance_id, started_at, finished_at, crm_version, summary"
            + " FROM scoring_run WHERE org_id = ? ORDER BY started_at DESC, id DESC")) {
      ps.setString(1, orgId);
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new ScoringRunRow(rs.getString(1), Timestamps.get(rs, "started_at"),
            Timestamps.get(rs, "finished_at"), Timestamps.get(rs, "crm_version"), rs.getString("summary")));
      }
    }
  }
}
