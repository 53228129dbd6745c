package dev.bellwether.store.edits;

import dev.bellwether.store.FieldsJson;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's view of CRM records as local edits see it: a record's row read and locked, and its
 * field values rewritten, in the caller's transaction. The SystemModstamp is never moved here: it
 * stays the CRM version last read, so inbound sync keeps ordering versions by the CRM's clock.
 */
public final class CrmRecordFields {

  private static final int CHUNK = 500;

  private final FieldsJson json;
  private final Clock clock;

  public CrmRecordFields(FieldsJson json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /** The stored record, live or deleted, locked until the caller commits. */
  public Optional<StoredRecord> lock(Connection tx, String orgId, String object, String crmId) throws SQLException {
    String sql = "SELECT fields, system_modstamp, deleted FROM crm_record "
        + "WHERE org_id = ? AND object = ? AND crm_id = ? FOR UPDATE";
    try (PreparedStatement ps = tx.prepareStatement(sql)) {
      ps.setString(1, orgId);
      ps.setString(2, object);
      ps.setString(3, crmId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredRecord(orgId, object, crmId, json.read(rs.getString("fields")),
            Timestamps.get(rs, "system_modstamp"), rs.getBoolean("deleted")));
      }
    }
  }

  /** The SystemModstamp of each live stored record among these ids (deleted and unknown ones are left out). */
  public Map<String, Instant> liveModstamps(Connection tx, String orgId, String object,
      Collection<String> crmIds) throws SQLException {
    Map<String, Instant> out = new HashMap<>();
    List<String> ids = List.copyOf(crmIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String sql = "SELECT crm_id, system_modstamp FROM crm_record WHERE org_id = ? AND object = ? AND deleted = FALSE"
          + " AND crm_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
      try (PreparedStatement ps = tx.prepareStatement(sql)) {
        ps.setString(1, orgId);
        ps.setString(2, object);
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(3 + i, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString("crm_id"), Timestamps.get(rs, "system_modstamp"));
          }
        }
      }
    }
    return out;
  }

  /** Replaces a stored record's field values, leaving its SystemModstamp and deleted flag as they are. */
  public void replace(Connection tx, String orgId, String object, String crmId, Map<String, Object> fields)
      throws SQLException {
    String sql = "UPDATE crm_record SET fields = ?, updated_at = ? WHERE org_id = ? AND object = ? AND crm_id = ?";
    try (PreparedStatement ps = tx.prepareStatement(sql)) {
      ps.setString(1, json.write(fields));
      Timestamps.set(ps, 2, clock.instant());
      ps.setString(3, orgId);
      ps.setString(4, object);
      ps.setString(5, crmId);
      ps.executeUpdate();
    }
  }
}
