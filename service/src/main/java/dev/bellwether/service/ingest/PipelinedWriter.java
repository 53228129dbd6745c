package dev.bellwether.service.ingest;

import dev.bellwether.store.Transactions;
import dev.bellwether.store.signals.WriteCounts;
import java.io.InterruptedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes batches on a thread of its own, one transaction each, while the caller parses the next:
 * at most one batch is being written and one being filled, so memory stays at two batches and the
 * parse and the database work overlap on two cores.
 */
final class PipelinedWriter<T> implements AutoCloseable {
  private final Transactions transactions;
  private final String orgId;
  private final BatchWrite<T> write;
  private final ExecutorService thread;
  private Future<WriteCounts> inFlight;
  private WriteCounts written = WriteCounts.NONE;

  PipelinedWriter(Transactions transactions, String orgId, BatchWrite<T> write) {
    this.transactions = transactions;
    this.orgId = orgId;
    this.write = write;
    this.thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "bellwether-ingest-writer");
      t.setDaemon(true);
      return t;
    });
  }

  /** Hands a batch over, first waiting for the one before it; that one's failure surfaces here. */
  void submit(List<T> batch) throws SQLException, InterruptedIOException {
    awaitInFlight();
    inFlight = thread.submit(() -> transactions.inTransaction(tx -> write.write(tx, orgId, batch)));
  }

  /** Waits for the last batch and returns what every batch did. */
  WriteCounts finish() throws SQLException, InterruptedIOException {
    awaitInFlight();
    return written;
  }

  private void awaitInFlight() throws SQLException, InterruptedIOException {
    if (inFlight == null) {
      return;
    }
    try {
      written = written.plus(inFlight.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while a batch was written");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("writing a batch failed", cause);
    } finally {
      inFlight = null;
    }
  }

  /** Lets a batch being written finish (its transaction commits or rolls back whole), then stops the thread. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
