package dev.bellwether.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link ObjectStatusRepository} over the {@code sync_object_status} table. */
public final class JdbcObjectStatusRepository implements ObjectStatusRepository {

  private static final List<String> KEYS = List.of("org_id", "object");
  private static final List<String> COLUMNS = List.of("org_id", "object", "last_run_at", "last_success_at",
      "records_applied", "api_calls", "errors", "last_error", "missing_fields", "lag_seconds");
  private static final String SELECT = "SELECT org_id, object, last_run_at, last_success_at, records_applied, "
      + "api_calls, errors, last_error, missing_fields, lag_seconds FROM sync_object_status ";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

  private final DataSource dataSource;
  private final ObjectMapper mapper = new ObjectMapper();
  private final String upsertSql;

  public JdbcObjectStatusRepository(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.upsertSql = dialect.upsert("sync_object_status", KEYS, COLUMNS, null);
  }

  @Override
  public Optional<ObjectStatus> find(String orgId, String object) throws SQLException {
    List<ObjectStatus> found = query(SELECT + "WHERE org_id = ? AND object = ?", orgId, object);
    return found.stream().findFirst();
  }

  @Override
  public List<ObjectStatus> list(String orgId) throws SQLException {
    return query(SELECT + "WHERE org_id = ? ORDER BY object", orgId);
  }

  @Override
  public void save(Connection tx, ObjectStatus s) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(upsertSql)) {
      ps.setString(1, s.orgId());
      ps.setString(2, s.object());
      Timestamps.set(ps, 3, s.lastRunAt());
      Timestamps.set(ps, 4, s.lastSuccessAt());
      ps.setLong(5, s.recordsApplied());
      ps.setLong(6, s.apiCalls());
      ps.setLong(7, s.errors());
      ps.setString(8, s.lastError());
      ps.setString(9, writeList(s.missingFields()));
      if (s.lagSeconds() == null) {
        ps.setNull(10, Types.BIGINT);
      } else {
        ps.setLong(10, s.lagSeconds());
      }
      ps.executeUpdate();
    }
  }

  private List<ObjectStatus> query(String sql, String... params) throws SQLException {
    List<ObjectStatus> result = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long lag = rs.getLong("lag_seconds");
          Long lagSeconds = rs.wasNull() ? null : lag;
          result.add(new ObjectStatus(rs.getString("org_id"), rs.getString("object"),
              Timestamps.get(rs, "last_run_at"), Timestamps.get(rs, "last_success_at"),
              rs.getLong("records_applied"), rs.getLong("api_calls"), rs.getLong("errors"),
              rs.getString("last_error"), readList(rs.getString("missing_fields")), lagSeconds));
        }
      }
    }
    return result;
  }

  private String writeList(List<String> values) {
    try {
      return mapper.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Missing fields cannot be written as JSON", e);
    }
  }

  private List<String> readList(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      return mapper.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored missing_fields is not a JSON list: " + e.getOriginalMessage(), e);
    }
  }
}
