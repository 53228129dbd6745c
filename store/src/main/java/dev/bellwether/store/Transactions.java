package dev.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one database transaction: committed when it returns, rolled back when it throws. */
public interface Transactions {

  /** Work done inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection tx) throws SQLException;
  }

  <T> T inTransaction(Work<T> work) throws SQLException;
}
