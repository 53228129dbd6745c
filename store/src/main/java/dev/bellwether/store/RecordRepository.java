package dev.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** CRM records in the store, keyed by (org, object, CRM id). */
public interface RecordRepository {

  /**
   * Inserts or replaces records within the caller's transaction. A record older than the stored one
   * (by SystemModstamp) does not replace it, so overlapping polls never move a record backwards.
   *
   * @return how many rows were inserted or changed
   */
  int upsert(Connection tx, Collection<StoredRecord> records) throws SQLException;

  /** Marks records deleted (kept as tombstones so a late duplicate cannot bring them back). */
  int markDeleted(Connection tx, String orgId, String object, Collection<String> crmIds) throws SQLException;

  Optional<StoredRecord> find(String orgId, String object, String crmId) throws SQLException;

  /** Live (not deleted) records of an object. */
  long count(String orgId, String object) throws SQLException;

  /** Every live record's CRM id, streamed (for reconciliation by ids). */
  void forEachLiveId(String orgId, String object, Consumer<String> action) throws SQLException;

  /**
   * The newest SystemModstamp the store holds for the org (any object): it moves only with CRM
   * changes read in, never with Bellwether's own local edits. Empty when the store holds none.
   */
  Optional<Instant> crmVersion(String orgId) throws SQLException;

  /**
   * Streams the records of one object, deleted ones too when {@code withDeleted}, in CRM id order
   * without holding them all in memory.
   */
  void forEachRecord(String orgId, String object, boolean withDeleted, Consumer<StoredRecord> action)
      throws SQLException;

  /**
   * As {@link #forEachRecord(String, String, boolean, Consumer)}, each record holding only the
   * named fields (those it has): for jobs that read every record of an object for a few fields.
   */
  void forEachRecord(String orgId, String object, boolean withDeleted, java.util.Set<String> fields,
      Consumer<StoredRecord> action) throws SQLException;
}
