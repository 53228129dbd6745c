package dev.bellwether.store.edits;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The records and fields Bellwether set, in the caller's transaction. Whoever changes a record's
 * kept fields takes its locks in one order: the stored CRM record's row (when it touches it), then
 * the local record's ({@link #lock}, {@link #lockAll}), then the record's outbox row. Local edits,
 * inbound pages and the drainer's confirmations of one record so never interleave or deadlock.
 */
public interface LocalEditRepository {

  /**
   * The record with this CRM id, else the one with this external id, locked until the caller
   * commits.
   *
   * @param crmId the CRM id, or null
   * @param externalId the external id, or null
   */
  Optional<LocalRecord> lock(Connection tx, String orgId, String object, String crmId, String externalId)
      throws SQLException;

  /** Like {@link #lock} without taking the lock: a look-up before the record's stored row is locked. */
  Optional<LocalRecord> find(Connection tx, String orgId, String object, String crmId, String externalId)
      throws SQLException;

  /** Every record of an object with one of these CRM ids or external ids, locked until the caller commits. */
  List<LocalRecord> lockAll(Connection tx, String orgId, String object, Collection<String> crmIds,
      Collection<String> externalIds) throws SQLException;

  /** Adds a record with no fields yet; the caller holds its lock until commit. */
  LocalRecord create(Connection tx, String orgId, String object, String crmId, String externalId, Instant now)
      throws SQLException;

  /** Sets the CRM id of a record known so far by its external id. */
  void setCrmId(Connection tx, LocalRecord record, String crmId) throws SQLException;

  /** Inserts or replaces one kept field of a record. */
  void save(Connection tx, LocalRecord record, LocalField field) throws SQLException;

  /** Saves several fields of one record, in one round trip where the database allows. */
  default void saveAll(Connection tx, LocalRecord record, List<LocalField> fields) throws SQLException {
    for (LocalField field : fields) {
      save(tx, record, field);
    }
  }

  /** Forgets one kept field of a record (confirmed, or lost to a later CRM edit). */
  void delete(Connection tx, LocalRecord record, String field) throws SQLException;

  /**
   * Marks the record's pending edits riding on an outbox row accepted by the CRM.
   *
   * @param sentAt when the accepted write was sent
   * @return how many edits were accepted
   */
  int accept(Connection tx, LocalRecord record, long outboxId, Instant sentAt) throws SQLException;

  /** Whether Bellwether has written any record of an object (so inbound pages of others skip the lookup). */
  boolean any(Connection tx, String orgId, String object) throws SQLException;

  /** Every record of an object with its kept fields, by id (for admins and tests). */
  List<LocalRecord> list(String orgId, String object) throws SQLException;
}
