package dev.bellwether.connector.salesforce.call;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.budget.ApiBudget;
import dev.bellwether.connector.salesforce.config.RetrySettings;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import dev.failsafe.event.ExecutionScheduledEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CallGuard} the adapter runs with: every attempt waits for the {@link ApiBudget},
 * transient failures are retried with capped exponential backoff and jitter (Failsafe), and
 * REQUEST_LIMIT_EXCEEDED pauses the budget and waits for as long as it takes, because records are
 * never dropped for budget reasons. Retrying writes is safe: they are upserts by external id.
 */
public final class ResilientCallGuard implements CallGuard {
  static final String LIMIT_REASON =
      "Salesforce answered REQUEST_LIMIT_EXCEEDED: the org's daily API requests are spent";
  private static final Logger LOG = LoggerFactory.getLogger(ResilientCallGuard.class);

  private final RetrySettings retry;
  private final ApiBudget budget;
  private final Clock clock;
  private final CallCounters counters = new CallCounters();

  public ResilientCallGuard(RetrySettings retry, ApiBudget budget, Clock clock) {
    this.retry = validated(retry);
    this.budget = Objects.requireNonNull(budget, "budget");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public <T> T call(String what, String object, ApiCall<T> call) throws CrmException {
    counters.call();
    Trace trace = new Trace(what, object);
    try {
      // the limit policy is outermost, so its endless waits never use up the transient attempts
      return Failsafe.with(limitPolicy(trace), transientPolicy(trace)).get(() -> attempt(trace, call));
    } catch (FailsafeException e) {
      counters.failure();
      throw outcome(trace, e.getCause());
    } catch (RuntimeException e) {
      counters.failure();
      throw new CrmException(Kind.PROTOCOL, null, object, what + " failed: " + e, e);
    }
  }

  /** What this guard has done so far. */
  public CallStats stats() {
    return counters.snapshot();
  }

  /** One request: a budget slot around the call, and its failure sorted for the policies. */
  private <T> T attempt(Trace trace, ApiCall<T> call) throws Exception {
    budget.acquire();
    counters.attempt();
    try {
      return call.run();
    } catch (CrmException e) {
      throw e;
    } catch (Exception e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CrmException(Kind.INTERRUPTED, null, trace.object, trace.what + " was interrupted", e);
      }
      CrmException verdict = TransientFailures.permanentCause(e).orElse(null);
      if (verdict != null) {
        throw verdict;
      }
      TransientCallException failure = TransientFailures.classify(trace.what, e).orElseThrow(
          () -> new CrmException(Kind.PROTOCOL, null, trace.object, trace.what + " failed: " + e, e));
      if (failure.kind() == TransientKind.LIMIT_EXCEEDED) {
        budget.pauseUntil(clock.instant().plus(retry.limitBackoff()), LIMIT_REASON);
      } else {
        trace.transientFailures++;
      }
      throw failure;
    } finally {
      budget.release();
    }
  }

  private RetryPolicy<Object> transientPolicy(Trace trace) {
    RetryPolicyBuilder<Object> builder = RetryPolicy.builder()
        .handleIf(e -> e instanceof TransientCallException t && t.kind() != TransientKind.LIMIT_EXCEEDED)
        .withMaxAttempts(retry.maxAttempts())
        .onRetryScheduled(event -> scheduled(trace, event));
    if (retry.initialBackoff().compareTo(retry.maxBackoff()) < 0) {
      builder.withBackoff(retry.initialBackoff(), retry.maxBackoff());
    } else {
      builder.withDelay(retry.initialBackoff());
    }
    if (retry.jitter() > 0) {
      builder.withJitter(retry.jitter());
    }
    return builder.build();
  }

  /** No delay of its own: the budget, paused until the limit backoff ends, does the waiting. */
  private RetryPolicy<Object> limitPolicy(Trace trace) {
    return RetryPolicy.builder()
        .handleIf(e -> e instanceof TransientCallException t && t.kind() == TransientKind.LIMIT_EXCEEDED)
        .withMaxRetries(-1)
        .onRetryScheduled(event -> scheduled(trace, event))
        .build();
  }

  private void scheduled(Trace trace, ExecutionScheduledEvent<Object> event) {
    TransientKind kind = ((TransientCallException) event.getLastException()).kind();
    counters.retry(kind);
    if (kind == TransientKind.LIMIT_EXCEEDED) {
      LOG.warn("{} on {}: REQUEST_LIMIT_EXCEEDED on attempt {}; waiting for the API budget: {}", trace.what,
          trace.object, event.getAttemptCount(), budget.status().pauseReason());
    } else {
      LOG.warn("{} on {}: {} on try {} of {}; trying again in {} ms: {}", trace.what, trace.object, kind,
          trace.transientFailures, retry.maxAttempts(), event.getDelay().toMillis(),
          event.getLastException().getMessage());
    }
  }

  /** The exception a call that Failsafe gave up on ends with. */
  private CrmException outcome(Trace trace, Throwable cause) {
    if (cause instanceof CrmException crm) {
      return crm;
    }
    if (cause instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new CrmException(Kind.INTERRUPTED, null, trace.object,
          trace.what + " was interrupted while waiting to retry", cause);
    }
    if (cause instanceof TransientCallException t) {
      return new CrmException(Kind.UNAVAILABLE, t.kind().name(), trace.object, trace.what + " failed after "
          + trace.transientFailures + " attempts: " + t.getMessage(), t);
    }
    return new CrmException(Kind.PROTOCOL, null, trace.object, trace.what + " failed: " + cause, cause);
  }

  private static RetrySettings validated(RetrySettings r) {
    Objects.requireNonNull(r, "retry");
    if (r.maxAttempts() < 1) {
      throw new IllegalArgumentException("retry maxAttempts must be at least 1, was " + r.maxAttempts());
    }
    if (!positive(r.initialBackoff()) || !positive(r.maxBackoff()) || !positive(r.limitBackoff())) {
      throw new IllegalArgumentException("retry initialBackoff, maxBackoff and limitBackoff must be positive, were "
          + r.initialBackoff() + ", " + r.maxBackoff() + ", " + r.limitBackoff());
    }
    if (r.maxBackoff().compareTo(r.initialBackoff()) < 0) {
      throw new IllegalArgumentException("retry maxBackoff " + r.maxBackoff() + " is below initialBackoff "
          + r.initialBackoff());
    }
    if (!(r.jitter() >= 0 && r.jitter() <= 1)) {
      throw new IllegalArgumentException("retry jitter must be between 0 and 1, was " + r.jitter());
    }
    return r;
  }

  private static boolean positive(Duration d) {
    return d != null && !d.isNegative() && !d.isZero();
  }

  /** One guarded call as it goes: its names for logs and errors and its transient failures so far. */
  private static final class Trace {
    final String what;
    final String object;
    /** Only touched by the calling thread: Failsafe runs synchronous attempts on it. */
    int transientFailures;

    Trace(String what, String object) {
      this.what = what;
      this.object = object;
    }
  }
}
