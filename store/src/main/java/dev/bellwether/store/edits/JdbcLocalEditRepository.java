package dev.bellwether.store.edits;

import dev.bellwether.store.FieldsJson;
import dev.bellwether.store.SqlDialect;
import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/** {@link LocalEditRepository} over the {@code local_record} and {@code local_field} tables. */
public final class JdbcLocalEditRepository implements LocalEditRepository {

  /** Ids per IN list: well inside every driver's parameter limit, few statements per inbound page. */
  private static final int CHUNK = 500;
  private static final String RECORD_COLUMNS = "id, org_id, object, crm_id, external_id";
  private static final List<String> FIELD_KEYS = List.of("record_id", "field");
  private static final List<String> FIELD_COLUMNS = List.of("org_id", "record_id", "field", "state", "field_value",
      "base_value", "edited_at", "outbox_id", "sent_at");

  private final DataSource dataSource;
  private final FieldsJson json;
  private final String saveSql;

  public JdbcLocalEditRepository(DataSource dataSource, SqlDialect dialect, FieldsJson json) {
    this.dataSource = dataSource;
    this.json = json;
    this.saveSql = dialect.upsert("local_field", FIELD_KEYS, FIELD_COLUMNS, null);
  }

  @Override
  public Optional<LocalRecord> lock(Connection tx, String orgId, String object, String crmId, String externalId)
      throws SQLException {
    return find(tx, orgId, object, crmId, externalId, " FOR UPDATE");
  }

  @Override
  public Optional<LocalRecord> find(Connection tx, String orgId, String object, String crmId, String externalId)
      throws SQLException {
    return find(tx, orgId, object, crmId, externalId, "");
  }

  private Optional<LocalRecord> find(Connection tx, String orgId, String object, String crmId, String externalId,
      String lock) throws SQLException {
    if (crmId == null && externalId == null) {
      throw new IllegalArgumentException(object + ": a local record is found by its CRM id or external id");
    }
    // One lookup per given id, each on its unique index: an "crm_id = ? OR external_id = ?" is
    // answered by H2 from the (org_id, object) prefix alone, a scan of every local record of the
    // object per call, which made writing n records cost n squared. CRM id first, as lockAll does.
    Map<Long, LocalRecord> byId = new TreeMap<>();
    for (String column : new String[] {"crm_id", "external_id"}) {
      String value = column.equals("crm_id") ? crmId : externalId;
      if (value == null) {
        continue;
      }
      try (PreparedStatement ps = tx.prepareStatement("SELECT " + RECORD_COLUMNS + " FROM local_record"
          + " WHERE org_id = ? AND object = ? AND " + column + " = ?" + lock)) {
        ps.setString(1, orgId);
        ps.setString(2, object);
        ps.setString(3, value);
        readRecords(ps).forEach(r -> byId.put(r.id(), r));
      }
    }
    List<LocalRecord> found = new ArrayList<>(byId.values());
    // The CRM id is the record's identity once known; an external id alone may name a row created
    // before the CRM id was learned.
    Optional<LocalRecord> chosen = found.stream().filter(r -> crmId != null && crmId.equals(r.crmId())).findFirst()
        .or(() -> found.stream().findFirst());
    if (chosen.isEmpty()) {
      return chosen;
    }
    return Optional.of(withFields(tx, List.of(chosen.get())).get(0));
  }

  @Override
  public List<LocalRecord> lockAll(Connection tx, String orgId, String object, Collection<String> crmIds,
      Collection<String> externalIds) throws SQLException {
    Map<Long, LocalRecord> byId = new TreeMap<>();
    lockBy(tx, orgId, object, "crm_id", crmIds, byId);
    lockBy(tx, orgId, object, "external_id", externalIds, byId);
    return withFields(tx, new ArrayList<>(byId.values()));
  }

  private void lockBy(Connection tx, String orgId, String object, String column, Collection<String> keys,
      Map<Long, LocalRecord> into) throws SQLException {
    List<String> all = keys.stream().filter(Objects::nonNull).distinct().toList();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String sql = "SELECT " + RECORD_COLUMNS + " FROM local_record WHERE org_id = ? AND object = ? AND " + column
          + " IN (" + placeholders(chunk.size()) + ") ORDER BY id FOR UPDATE";
      try (PreparedStatement ps = tx.prepareStatement(sql)) {
        ps.setString(1, orgId);
        ps.setString(2, object);
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(3 + i, chunk.get(i));
        }
        for (LocalRecord r : readRecords(ps)) {
          into.put(r.id(), r);
        }
      }
    }
  }

  @Override
  public LocalRecord create(Connection tx, String orgId, String object, String crmId, String externalId,
      Instant now) throws SQLException {
    String sql = "INSERT INTO local_record (org_id, object, crm_id, external_id, created_at) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement ps = tx.prepareStatement(sql, new String[] {"id"})) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      ps.setString(3, crmId);
      ps.setString(4, externalId);
      Timestamps.set(ps, 5, now);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no id generated for the local record of " + object + " "
              + (crmId != null ? crmId : externalId));
        }
        return new LocalRecord(keys.getLong(1), orgId, object, crmId, externalId, Map.of());
      }
    }
  }

  @Override
  public void setCrmId(Connection tx, LocalRecord record, String crmId) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("UPDATE local_record SET crm_id = ? WHERE id = ?")) {
      ps.setString(1, crmId);
      ps.setLong(2, record.id());
      ps.executeUpdate();
    }
  }

  @Override
  public void save(Connection tx, LocalRecord record, LocalField f) throws SQLException {
    saveAll(tx, record, List.of(f));
  }

  @Override
  public void saveAll(Connection tx, LocalRecord record, List<LocalField> fields) throws SQLException {
    if (fields.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = tx.prepareStatement(saveSql)) {
      for (LocalField f : fields) {
        bind(ps, record, f);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void bind(PreparedStatement ps, LocalRecord record, LocalField f) throws SQLException {
    ps.setString(1, record.orgId());
    ps.setLong(2, record.id());
    ps.setString(3, f.field());
    ps.setString(4, f.state().column());
    ps.setString(5, json.writeValue(f.value()));
    ps.setString(6, json.writeValue(f.baseValue()));
    Timestamps.set(ps, 7, f.editedAt());
    if (f.outboxId() == null) {
      ps.setNull(8, Types.BIGINT);
    } else {
      ps.setLong(8, f.outboxId());
    }
    Timestamps.set(ps, 9, f.sentAt());
  }

  @Override
  public void delete(Connection tx, LocalRecord record, String field) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("DELETE FROM local_field WHERE record_id = ? AND field = ?")) {
      ps.setLong(1, record.id());
      ps.setString(2, field);
      ps.executeUpdate();
    }
  }

  @Override
  public int accept(Connection tx, LocalRecord record, long outboxId, Instant sentAt) throws SQLException {
    String sql = "UPDATE local_field SET state = 'accepted', sent_at = ? "
        + "WHERE record_id = ? AND outbox_id = ? AND state = 'pending'";
    try (PreparedStatement ps = tx.prepareStatement(sql)) {
      Timestamps.set(ps, 1, sentAt);
      ps.setLong(2, record.id());
      ps.setLong(3, outboxId);
      return ps.executeUpdate();
    }
  }

  @Override
  public boolean any(Connection tx, String orgId, String object) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(
        "SELECT 1 FROM local_record WHERE org_id = ? AND object = ? LIMIT 1")) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public List<LocalRecord> list(String orgId, String object) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT " + RECORD_COLUMNS + " FROM local_record WHERE org_id = ? AND object = ? ORDER BY id")) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      return withFields(c, readRecords(ps));
    }
  }

  private static List<LocalRecord> readRecords(PreparedStatement ps) throws SQLException {
    List<LocalRecord> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new LocalRecord(rs.getLong("id"), rs.getString("org_id"), rs.getString("object"),
            rs.getString("crm_id"), rs.getString("external_id"), Map.of()));
      }
    }
    return out;
  }

  /** The records with their kept fields read in. */
  private List<LocalRecord> withFields(Connection c, List<LocalRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return records;
    }
    Map<Long, Map<String, LocalField>> fields = new LinkedHashMap<>();
    records.forEach(r -> fields.put(r.id(), new LinkedHashMap<>()));
    List<Long> ids = new ArrayList<>(fields.keySet());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String sql = "SELECT record_id, field, state, field_value, base_value, edited_at, outbox_id, sent_at "
          + "FROM local_field WHERE record_id IN (" + placeholders(chunk.size()) + ") ORDER BY record_id, field";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setLong(1 + i, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long outbox = rs.getLong("outbox_id");
            Long outboxId = rs.wasNull() ? null : outbox;
            LocalField f = new LocalField(rs.getString("field"), LocalFieldState.ofColumn(rs.getString("state")),
                json.readValue(rs.getString("field_value")), json.readValue(rs.getString("base_value")),
                Timestamps.get(rs, "edited_at"), outboxId, Timestamps.get(rs, "sent_at"));
            fields.get(rs.getLong("record_id")).put(f.field(), f);
          }
        }
      }
    }
    List<LocalRecord> out = new ArrayList<>(records.size());
    for (LocalRecord r : records) {
      out.add(r.withFields(fields.getOrDefault(r.id(), Collections.emptyMap())));
    }
    return out;
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
