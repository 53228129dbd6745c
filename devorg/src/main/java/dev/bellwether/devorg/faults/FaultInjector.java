package dev.bellwether.devorg.faults;

import dev.bellwether.devorg.store.RecordFaults;
import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.WriteOp;
import java.util.Optional;
import java.util.Random;

/** Applies the current fault spec: decides which requests and record writes fail on purpose. */
public final class FaultInjector implements RecordFaults {
  private final Random random;
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

  /** True when this API request should be answered 503 (a transient outage). */
  public boolean transientFailure() {
    double rate = spec.transientRate();
    return rate > 0 && next() < rate;
  }

  /** Sleeps the configured latency. */
  public void delay() {
    long ms = spec.latency().toMillis();
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public Optional<SaveError> injectFor(WriteOp op) {
    double rate = spec.lockRate();
    if (rate > 0 && !(op instanceof WriteOp.Undelete) && next() < rate) {
      return Optional.of(SaveError.of("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record"));
    }
    return Optional.empty();
  }

  private synchronized double next() {
    return random.nextDouble();
  }
}
