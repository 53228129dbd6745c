package dev.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link WatermarkRepository} over the {@code sync_watermark} table. */
public final class JdbcWatermarkRepository implements WatermarkRepository {

  private static final List<String> KEYS = List.of("org_id", "object");
  private static final List<String> COLUMNS =
      List.of("org_id", "object", "modstamp", "deletions_up_to", "first_load_done", "updated_at");

  private final DataSource dataSource;
  private final Clock clock;
  private final String upsertSql;

  public JdbcWatermarkRepository(DataSource dataSource, SqlDialect dialect, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.upsertSql = dialect.upsert("sync_watermark", KEYS, COLUMNS, null);
  }

  @Override
  public Optional<Watermark> find(String orgId, String object) throws SQLException {
    String sql = "SELECT modstamp, deletions_up_to, first_load_done FROM sync_watermark "
        + "WHERE org_id = ? AND object = ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Watermark(orgId, object, Timestamps.get(rs, "modstamp"),
            Timestamps.get(rs, "deletions_up_to"), rs.getBoolean("first_load_done")));
      }
    }
  }

  @Override
  public void save(Connection tx, Watermark watermark) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(upsertSql)) {
      ps.setString(1, watermark.orgId());
      ps.setString(2, watermark.object());
      Timestamps.set(ps, 3, watermark.modstamp());
      Timestamps.set(ps, 4, watermark.deletionsUpTo());
      ps.setBoolean(5, watermark.firstLoadDone());
      Timestamps.set(ps, 6, clock.instant());
      ps.executeUpdate();
    }
  }

  /** Forgets an object's watermark so the next run starts with a first load (e.g. {@code sync reset}). */
  public void delete(Connection tx, String orgId, String object) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(
        "DELETE FROM sync_watermark WHERE org_id = ? AND object = ?")) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      ps.executeUpdate();
    }
  }
}
