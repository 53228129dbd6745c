package dev.bellwether.devorg.bulk;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few background threads that run Bulk jobs of one org. Two threads are plenty: every
 * write goes through the store's single write lock anyway, and a second thread keeps a long
 * ingest job from holding up a query job. The server shuts it down with the org.
 */
public final class BulkExecutor {
  private static final int THREADS = 2;
  private final ExecutorService pool;

  public BulkExecutor() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "devorg-bulk-" + n.incrementAndGet());
      // Daemon threads never keep a test JVM or the CLI alive after the server has stopped.
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newFixedThreadPool(THREADS, daemons);
  }

  /** Runs a job step in the background. */
  public void submit(Runnable step) {
    pool.execute(step);
  }

  @PreDestroy
  public void close() {
    pool.shutdownNow();
  }
}
