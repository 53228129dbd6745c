package dev.bellwether.store.scorecards;

import dev.bellwether.store.SqlDialect;
import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link ScorecardRepository} over the {@code org_scorecards} table. */
public final class JdbcScorecardRepository implements ScorecardRepository {

  private static final List<String> KEYS = List.of("org_id");
  private static final List<String> COLUMNS = List.of("org_id", "yaml_text", "updated_at", "updated_by");

  private final DataSource dataSource;
  private final Clock clock;
  private final String upsertSql;

  public JdbcScorecardRepository(DataSource dataSource, SqlDialect dialect, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.upsertSql = dialect.upsert("org_scorecards", KEYS, COLUMNS, null);
  }

  @Override
  public Optional<StoredScorecards> find(String orgId) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT yaml_text, updated_at, updated_by FROM org_scorecards WHERE org_id = ?")) {
      ps.setString(1, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredScorecards(orgId, rs.getString("yaml_text"), Timestamps.get(rs, "updated_at"),
            rs.getString("updated_by")));
      }
    }
  }

  @Override
  public StoredScorecards save(String orgId, String yaml, String updatedBy) throws SQLException {
    // Both databases keep microseconds: the row returned equals the row read back.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(upsertSql)) {
      ps.setString(1, orgId);
      ps.setString(2, yaml);
      Timestamps.set(ps, 3, now);
      ps.setString(4, updatedBy);
      ps.executeUpdate();
    }
    return new StoredScorecards(orgId, yaml, now, updatedBy);
  }
}
