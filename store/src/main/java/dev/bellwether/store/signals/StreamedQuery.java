package dev.bellwether.store.signals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs a read-only query and hands its rows one by one to a reader, never holding them all. */
final class StreamedQuery {
  /** Rows fetched per round trip on PostgreSQL. */
  private static final int FETCH_SIZE = 1_000;

  /** Sets the query's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Reads the current row. */
  @FunctionalInterface
  interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private StreamedQuery() {
  }

  static void run(DataSource dataSource, String sql, Binder binder, RowReader reader) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      // PostgreSQL's driver streams a result through a cursor only inside a transaction with a fetch
      // size; otherwise it reads every row into memory first. H2 ignores both.
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        ps.setFetchSize(FETCH_SIZE);
        binder.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    }
  }

  /** An INTEGER or BIGINT column that may be null. */
  static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Math.toIntExact(value);
  }
}
