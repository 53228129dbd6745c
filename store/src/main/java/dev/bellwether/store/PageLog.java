package dev.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The record of which instance applied which inbound page, written in the page's transaction. */
public interface PageLog {

  /** Keeps no record (tests and tools that sync without a store-backed log). */
  PageLog NONE = new PageLog() {
    @Override
    public void record(Connection tx, PageLogEntry entry) {
    }

    @Override
    public List<PageLogEntry> list(String orgId, String object) {
      return List.of();
    }

    @Override
    public int purgeBefore(Instant appliedBefore) {
      return 0;
    }
  };

  void record(Connection tx, PageLogEntry entry) throws SQLException;

  /** Every logged page of an object, in the order applied. */
  List<PageLogEntry> list(String orgId, String object) throws SQLException;

  /** Deletes rows applied before a time; returns how many. */
  int purgeBefore(Instant appliedBefore) throws SQLException;
}
