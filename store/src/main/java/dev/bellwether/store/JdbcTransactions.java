package dev.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** {@link Transactions} on a pooled connection with auto-commit off for the duration of the work. */
public final class JdbcTransactions implements Transactions {

  private final DataSource dataSource;

  public JdbcTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection tx = dataSource.getConnection()) {
      boolean autoCommit = tx.getAutoCommit();
      tx.setAutoCommit(false);
      try {
        T result = work.run(tx);
        tx.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(tx, e);
        throw e;
      } finally {
        tx.setAutoCommit(autoCommit);
      }
    }
  }

  /** A failed rollback must not hide why the work failed; it is attached to the original error. */
  private static void rollbackQuietly(Connection tx, Throwable cause) {
    try {
      tx.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }
}
