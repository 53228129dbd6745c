package dev.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** {@link PageLog} over the {@code sync_page_log} table. */
public final class JdbcPageLog implements PageLog {

  private final DataSource dataSource;
  private final Clock clock;

  public JdbcPageLog(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public void record(Connection tx, PageLogEntry e) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("INSERT INTO sync_page_log (org_id, object, run_id, mode, page,"
        + " records, window_from, window_to, instance_id, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, e.orgId());
      ps.setString(2, e.object());
      ps.setString(3, e.runId());
      ps.setString(4, e.mode());
      ps.setInt(5, e.page());
      ps.setInt(6, e.records());
      Timestamps.set(ps, 7, e.windowFrom());
      Timestamps.set(ps, 8, e.windowTo());
      ps.setString(9, e.instanceId());
      Timestamps.set(ps, 10, clock.instant());
      ps.executeUpdate();
    }
  }

  @Override
  public List<PageLogEntry> list(String orgId, String object) throws SQLException {
    String sql = "SELECT run_id, mode, page, records, window_from, window_to, instance_id FROM sync_page_log"
        + " WHERE org_id = ? AND object = ? ORDER BY id";
    List<PageLogEntry> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new PageLogEntry(orgId, object, rs.getString("run_id"), rs.getString("mode"), rs.getInt("page"),
              rs.getInt("records"), Timestamps.get(rs, "window_from"), Timestamps.get(rs, "window_to"),
              rs.getString("instance_id")));
        }
      }
    }
    return out;
  }

  @Override
  public int purgeBefore(Instant appliedBefore) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM sync_page_log WHERE applied_at < ?")) {
      Timestamps.set(ps, 1, appliedBefore);
      return ps.executeUpdate();
    }
  }
}
