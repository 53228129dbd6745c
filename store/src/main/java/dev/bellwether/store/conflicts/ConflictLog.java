package dev.bellwether.store.conflicts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The conflict log: every decided conflict on a field owned by both sides, kept for admins to read. */
public interface ConflictLog {

  /** Writes a decided conflict in the caller's transaction (the one applying the winning value). */
  void record(Connection tx, ConflictEntry entry) throws SQLException;

  /**
   * The newest conflicts of an org, newest first.
   *
   * @param object only this object's, or every object's when null
   * @param limit at most this many
   */
  List<ConflictEntry> list(String orgId, String object, int limit) throws SQLException;

  /** How many conflicts an object of an org has logged. */
  long count(String orgId, String object) throws SQLException;

  /** Deletes entries decided before a time; returns how many. */
  int purgeBefore(Instant decidedBefore) throws SQLException;
}
