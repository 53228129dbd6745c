package dev.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Per-object sync status, written by sync runs and read by {@code sync status}. */
public interface ObjectStatusRepository {

  Optional<ObjectStatus> find(String orgId, String object) throws SQLException;

  /** Every object's status for an org, by object name. */
  List<ObjectStatus> list(String orgId) throws SQLException;

  /** Inserts or replaces an object's status within the caller's transaction. */
  void save(Connection tx, ObjectStatus status) throws SQLException;
}
