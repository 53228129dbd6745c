package dev.bellwether.connector.salesforce.budget;

import dev.bellwether.connector.BudgetStatus;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.config.BudgetSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bellwether's share of the org's daily API requests and its concurrency cap. Every request
 * passes {@link #acquire()} before it goes out and {@link #release()} after; while the share is
 * spent, the org has no requests left, or Salesforce said REQUEST_LIMIT_EXCEEDED, callers wait
 * (the budget never fails a call for budget reasons) and {@link #status()} says why and until when.
 *
 * <p>Salesforce counts over a rolling 24 hours, so Bellwether's own spend is counted the same way
 * by the given clock. The org's limit is learned from the first answer (Sforce-Limit-Info or the
 * SOAP LimitInfoHeader); until then calls are allowed.
 */
public final class ApiBudget implements LimitObserver {
  /** How long an observed "org is spent" holds calls before one is let through to look again. */
  public static final Duration DEFAULT_ORG_RECHECK = Duration.ofMinutes(1);
  private static final Duration WINDOW = Duration.ofHours(24);
  /** Waiters look again at least this often, so a clock that jumps (tests, NTP) is noticed. */
  private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  private static final Logger LOG = LoggerFactory.getLogger(ApiBudget.class);

  private final BudgetSettings settings;
  private final Clock clock;
  private final Duration orgRecheck;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  // all below guarded by lock
  private final MinuteBuckets spent = new MinuteBuckets(WINDOW);
  private long orgUsed;
  private long orgLimit;
  private Instant orgObservedAt;
  private Instant pausedUntil;
  private String pausedBecause;
  private int inFlight;
  private String loggedPause;

  public ApiBudget(BudgetSettings settings, Clock clock) {
    this(settings, clock, DEFAULT_ORG_RECHECK);
  }

  /**
   * @param orgRecheck how long an answer saying the org's requests are all used holds calls back
   *     before one more is let through to find out whether the rolling window has freed some
   */
  public ApiBudget(BudgetSettings settings, Clock clock, Duration orgRecheck) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.orgRecheck = Objects.requireNonNull(orgRecheck, "orgRecheck");
    if (!(settings.share() > 0 && settings.share() <= 1)) {
      throw new IllegalArgumentException("budget share must be above 0 and at most 1, was " + settings.share());
    }
    if (settings.maxConcurrent() < 1) {
      throw new IllegalArgumentException("budget maxConcurrent must be at least 1, was " + settings.maxConcurrent());
    }
    if (orgRecheck.isNegative() || orgRecheck.isZero()) {
      throw new IllegalArgumentException("orgRecheck must be positive, was " + orgRecheck);
    }
  }

  /**
   * Waits until a call may go out (budget left, no pause, a free concurrency slot), then takes a
   * slot and counts the call. Pair every successful acquire with one {@link #release()}.
   *
   * @throws CrmException of kind INTERRUPTED when the thread is interrupted while waiting
   */
  public void acquire() throws CrmException {
    try {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      lock.lockInterruptibly();
      try {
        while (true) {
          Instant now = clock.instant();
          List<Hold> holds = holds(now);
          if (holds.isEmpty()) {
            notePauseEnded();
            if (inFlight < settings.maxConcurrent()) {
              inFlight++;
              spent.add(now, 1);
              return;
            }
          } else {
            notePause(holds);
          }
          changed.awaitNanos(waitNanos(now, holds));
        }
      } finally {
        lock.unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmException(CrmException.Kind.INTERRUPTED, null, null,
          "interrupted while waiting for the API budget");
    }
  }

  /** Frees the concurrency slot taken by {@link #acquire()}. */
  public void release() {
    lock.lock();
    try {
      if (inFlight > 0) {
        inFlight--;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The org's usage as Salesforce reported it; wakes waiters, since it may end a pause. */
  @Override
  public void observe(long used, long limit) {
    lock.lock();
    try {
      orgUsed = used;
      orgLimit = limit;
      orgObservedAt = clock.instant();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Holds every call until {@code until}, e.g. after REQUEST_LIMIT_EXCEEDED. A later deadline
   * replaces an earlier one; an earlier one does not shorten a pause in force.
   */
  public void pauseUntil(Instant until, String reason) {
    Objects.requireNonNull(until, "until");
    lock.lock();
    try {
      Instant now = clock.instant();
      boolean inForce = pausedUntil != null && now.isBefore(pausedUntil);
      if (!inForce || until.isAfter(pausedUntil)) {
        pausedUntil = until;
        pausedBecause = reason == null || reason.isBlank() ? "paused" : reason;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds calls made before this budget existed (a restarted service carrying its count over);
   * they are counted as made now, which errs on the safe side.
   */
  public void seedSpent(long calls) {
    if (calls < 0) {
      throw new IllegalArgumentException("calls must not be negative, was " + calls);
    }
    lock.lock();
    try {
      spent.add(clock.instant(), calls);
    } finally {
      lock.unlock();
    }
  }

  /** Bellwether's requests in the last 24 hours. */
  public long spent() {
    lock.lock();
    try {
      return spent.total(clock.instant());
    } finally {
      lock.unlock();
    }
  }

  /** Where the budget stands; reads only what was counted and observed, never calls Salesforce. */
  public BudgetStatus status() {
    lock.lock();
    try {
      Instant now = clock.instant();
      List<Hold> holds = holds(now);
      return new BudgetStatus(orgLimit, orgUsed, settings.share(), allowance(), spent.total(now),
          !holds.isEmpty(), holds.isEmpty() ? null : describe(holds), holds.isEmpty() ? null : resumesAt(holds),
          inFlight, settings.maxConcurrent());
    } finally {
      lock.unlock();
    }
  }

  /**
   * A reason calls may not go out now (null when another hold already says it) and when it ends
   * (null when unknown).
   */
  private record Hold(String reason, Instant until) {}

  private List<Hold> holds(Instant now) {
    List<Hold> holds = new ArrayList<>(3);
    boolean paused = pausedUntil != null && now.isBefore(pausedUntil);
    boolean orgSpent = orgObservedAt != null && orgUsed >= orgLimit && now.isBefore(orgObservedAt.plus(orgRecheck));
    if (paused) {
      // REQUEST_LIMIT_EXCEEDED and a spent org usually come together: one reason, with the numbers
      holds.add(new Hold(orgSpent ? pausedBecause + " (" + PauseText.orgUsage(orgUsed, orgLimit) + ")"
          : pausedBecause, pausedUntil));
    }
    if (orgSpent) {
      holds.add(new Hold(paused ? null : PauseText.orgSpent(orgUsed, orgLimit), orgObservedAt.plus(orgRecheck)));
    }
    if (orgObservedAt != null) {
      long allowance = allowance();
      long total = spent.total(now);
      if (total >= allowance) {
        holds.add(new Hold(PauseText.shareSpent(total, allowance, settings.share(), orgLimit),
            spent.whenBelow(now, allowance)));
      }
    }
    return holds;
  }

  private long allowance() {
    return orgObservedAt == null ? 0 : (long) Math.floor(settings.share() * orgLimit);
  }

  /** Calls go again when every hold has ended: the latest end, or null when one is unknown. */
  private static Instant resumesAt(List<Hold> holds) {
    Instant latest = null;
    for (Hold h : holds) {
      if (h.until() == null) {
        return null;
      }
      latest = latest == null || h.until().isAfter(latest) ? h.until() : latest;
    }
    return latest;
  }

  private static String describe(List<Hold> holds) {
    String reasons = holds.stream().map(Hold::reason).filter(Objects::nonNull).collect(Collectors.joining("; "));
    Instant resumes = resumesAt(holds);
    return resumes == null ? reasons : reasons + PauseText.resumesAt(resumes);
  }

  private static long waitNanos(Instant now, List<Hold> holds) {
    Instant resumes = resumesAt(holds);
    if (resumes == null) {
      return RECHECK_NANOS;
    }
    Duration until = Duration.between(now, resumes);
    if (until.compareTo(Duration.ofNanos(RECHECK_NANOS)) >= 0) {
      return RECHECK_NANOS;
    }
    return Math.max(TimeUnit.MILLISECONDS.toNanos(1), until.toNanos());
  }

  private void notePause(List<Hold> holds) {
    if (loggedPause == null) {
      loggedPause = describe(holds);
      LOG.warn("Salesforce API calls paused: {}", loggedPause);
    }
  }

  private void notePauseEnded() {
    if (loggedPause != null) {
      LOG.info("Salesforce API calls resume (they were paused: {})", loggedPause);
      loggedPause = null;
    }
  }
}
