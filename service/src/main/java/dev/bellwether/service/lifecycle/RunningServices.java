package dev.bellwether.service.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parts of the service started in order and stopped in reverse order, once, from whichever thread
 * asks first (a shutdown hook on SIGTERM, or a test); other threads can wait until that is done. A
 * stop asked for while the parts are starting waits for the start to end, so nothing that was
 * started is left running.
 */
public final class RunningServices {
  private static final Logger LOG = LoggerFactory.getLogger(RunningServices.class);

  private final List<Lifecycle> parts;
  private final Deque<Lifecycle> started = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean stopping;

  /** @param parts in start order: what the others depend on first */
  public RunningServices(List<Lifecycle> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * Starts every part in order. When one fails, those already started are stopped again and the
   * failure is thrown, naming the part. Does nothing once stopped.
   */
  public synchronized void start() throws Exception {
    for (Lifecycle part : parts) {
      if (stopping) {
        return;
      }
      try {
        part.start();
      } catch (Exception e) {
        stop();
        throw new Exception("starting " + part.name() + " failed: " + e.getMessage(), e);
      }
      started.push(part);
      LOG.info("started {}", part.name());
    }
  }

  /** Stops what was started, last first; later calls return at once. Never throws. */
  public synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    try {
      while (!started.isEmpty()) {
        Lifecycle part = started.pop();
        try {
          part.stop();
          LOG.info("stopped {}", part.name());
        } catch (RuntimeException e) {
          LOG.warn("stopping {} failed: {}", part.name(), e.toString());
        }
      }
    } finally {
      stopped.countDown();
    }
  }

  /** Waits until {@link #stop()} has finished. */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  /** Waits at most the given time until {@link #stop()} has finished; true if it has. */
  public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
    return stopped.await(timeout, unit);
  }
}
