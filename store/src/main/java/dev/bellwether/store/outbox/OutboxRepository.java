package dev.bellwether.store.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox: changes bound for the CRM, written in the same transaction as the
 * change that causes them, then drained in batches. One drainer per org and object at a time (the
 * scheduler's job); enqueueing may run concurrently with it.
 */
public interface OutboxRepository {

  /**
   * Adds a change in the caller's transaction. When the record (org, object, external id; or CRM id
   * for an entry without external id) already
   * waits in the outbox, pending or parked, its fields are merged into that row instead, the latest
   * value of each field winning; a parked row is given a fresh start, as new values may cure it.
   *
   * @return the id of the row holding the change
   */
  long enqueue(Connection tx, OutboxEntry entry) throws SQLException;

  /** Pending entries of an object due at {@code now}, oldest first, at most {@code limit}. */
  List<OutboxEntry> claimDue(String orgId, String object, int limit, Instant now) throws SQLException;

  /**
   * Marks a sent entry written. Returns false, leaving it pending and due, when a later change was
   * merged into it after it was claimed: the newer values still have to be sent.
   */
  boolean markDone(OutboxEntry claimed) throws SQLException;

  /**
   * Like {@link #markDone(OutboxEntry)} in the caller's transaction, so what rode on the entry can
   * be settled atomically with it.
   */
  boolean markDone(Connection tx, OutboxEntry claimed) throws SQLException;

  /**
   * Takes fields out of a row still waiting to be sent (pending or parked), in the caller's
   * transaction, bumping its revision so that a write of the older fields already in flight does
   * not mark it done; a row left without fields is deleted, as there is nothing to send.
   *
   * @return false when the row is not waiting or has none of the fields
   */
  boolean removeFields(Connection tx, long id, Collection<String> fields) throws SQLException;

  /**
   * Records a failed attempt with the CRM's code and message and when to try again. Returns false,
   * leaving the row as it is, when a later change was merged into it after it was claimed.
   */
  boolean markFailed(OutboxEntry claimed, String code, String message, Instant nextAttemptAt) throws SQLException;

  /**
   * Parks an entry as poison with the CRM's code and message; it is not retried until a new change
   * for its record arrives. Returns false when a later change was merged into it after it was claimed.
   */
  boolean park(OutboxEntry claimed, String code, String message) throws SQLException;

  /** Every parked entry of an org, oldest first. */
  List<OutboxEntry> listParked(String orgId) throws SQLException;

  /**
   * Gives a parked entry of an org a fresh start, as an admin's retry: pending again, no attempts
   * counted, due at {@code now}; its last error stays for reference until the next attempt.
   *
   * @return false when the org has no parked entry with that id (unknown, pending or done)
   */
  boolean release(String orgId, long id, Instant now) throws SQLException;

  /** How many entries of an org's object are in each status. */
  OutboxCounts counts(String orgId, String object) throws SQLException;

  /** Deletes done entries created before a time, so the table does not grow forever; returns how many. */
  int purgeDone(String orgId, Instant createdBefore) throws SQLException;
}
