package dev.bellwether.devorg.faults;

import dev.bellwether.devorg.store.RecordFaults;
import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.WriteOp;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Applies the current fault spec: decides which requests, record writes and Bulk jobs fail on
 * purpose. Every decision draws from one seeded Random, and only for faults whose rate is above
 * zero, so the same seed and the same sequence of calls give the same faults.
 */
public final class FaultInjector implements RecordFaults {
  /** The errorMessage of a Bulk job failed by bulk-fail, in Salesforce's "Kind : detail" form. */
  public static final String BULK_FAILURE_MESSAGE =
      "InternalServerError : the job failed before processing (injected fault)";
  private final Random random;
  /** Counted down when the org stops being served: no request stays held after that. */
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile FaultSpec spec = FaultSpec.NONE;

  public FaultInjector(long seed) {
    this.random = new Random(seed);
  }

  public FaultSpec spec() {
    return spec;
  }

  public void setSpec(FaultSpec spec) {
    this.spec = spec;
  }

  /**
   * The door of every API request, in this order: the latency every request pays, a stall for
   * the chosen share, then a reset or an outage for their shares.
   */
  public RequestFault onRequest() {
    FaultSpec s = spec;
    boolean served = hold(s.latency());
    if (chosen(s.stallRate())) {
      served = hold(s.stallTime()) && served;
    }
    if (!served) {
      return RequestFault.SERVER_STOPPED;
    }
    if (chosen(s.resetRate())) {
      return RequestFault.CONNECTION_RESET;
    }
    return chosen(s.transientRate()) ? RequestFault.SERVER_UNAVAILABLE : RequestFault.NONE;
  }

  /** True when this API request should be answered 503 (a transient outage). */
  public boolean transientFailure() {
    return chosen(spec.transientRate());
  }

  /** Sleeps the configured latency. */
  public void delay() {
    hold(spec.latency());
  }

  /** True when a Bulk job that is about to run should fail instead, having processed nothing. */
  public boolean bulkJobFailure() {
    return chosen(spec.bulkFailRate());
  }

  @Override
  public Optional<SaveError> injectFor(WriteOp op) {
    if (!(op instanceof WriteOp.Undelete) && chosen(spec.lockRate())) {
      return Optional.of(SaveError.of("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record"));
    }
    return Optional.empty();
  }

  private boolean chosen(double rate) {
    return rate > 0 && next() < rate;
  }

  private synchronized double next() {
    return random.nextDouble();
  }

  /**
   * Ends every latency and stall wait now and for good. The server calls it when it stops:
   * its worker threads are not interrupted, and a 30 s stall would otherwise outlive it.
   */
  public void releaseHeldRequests() {
    released.countDown();
  }

  /** Waits d; false when the server stopped (or the thread was interrupted) meanwhile. */
  private boolean hold(Duration d) {
    long ms = d.toMillis();
    if (ms <= 0) {
      return true;
    }
    try {
      return !released.await(ms, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
