package dev.bellwether.store.conflicts;

import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** {@link ConflictLog} over the {@code conflict_log} table. */
public final class JdbcConflictLog implements ConflictLog {

  private final DataSource dataSource;

  public JdbcConflictLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void record(Connection tx, ConflictEntry e) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("INSERT INTO conflict_log (org_id, object, crm_id, field, winner,"
        + " winner_value, loser_value, loser_side, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, e.orgId());
      ps.setString(2, e.object());
      ps.setString(3, e.crmId());
      ps.setString(4, e.field());
      ps.setString(5, e.winner().code());
      ps.setString(6, e.winnerValue());
      ps.setString(7, e.loserValue());
      ps.setString(8, e.loser().code());
      Timestamps.set(ps, 9, e.decidedAt());
      ps.executeUpdate();
    }
  }

  @Override
  public List<ConflictEntry> list(String orgId, String object, int limit) throws SQLException {
    String sql = "SELECT id, object, crm_id, field, winner, winner_value, loser_value, decided_at FROM conflict_log"
        + " WHERE org_id = ?" + (object == null ? "" : " AND object = ?") + " ORDER BY decided_at DESC, id DESC";
    List<ConflictEntry> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      if (object != null) {
        ps.setString(2, object);
      }
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && out.size() < limit) {
          out.add(new ConflictEntry(rs.getLong("id"), orgId, rs.getString("object"), rs.getString("crm_id"),
              rs.getString("field"), ConflictEntry.Side.fromCode(rs.getString("winner")),
              rs.getString("winner_value"), rs.getString("loser_value"), Timestamps.get(rs, "decided_at")));
        }
      }
    }
    return out;
  }

  @Override
  public long count(String orgId, String object) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM conflict_log WHERE org_id = ? AND object = ?")) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public int purgeBefore(Instant decidedBefore) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM conflict_log WHERE decided_at < ?")) {
      Timestamps.set(ps, 1, decidedBefore);
      return ps.executeUpdate();
    }
  }
}
