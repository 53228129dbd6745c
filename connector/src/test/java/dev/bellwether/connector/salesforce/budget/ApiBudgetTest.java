package dev.bellwether.connector.salesforce.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.BudgetStatus;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.config.BudgetSettings;
import dev.bellwether.connector.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The budget with a hand-moved clock: share, rolling window, pauses, concurrency cap. */
class ApiBudgetTest {
  private static final Instant START = Instant.parse("2026-11-23T10:14:00Z");
  /** Generous bound for a blocked thread to notice a change; it re-checks every 250 ms. */
  private static final long PROMPTLY_SECONDS = 10;
  private final MutableClock clock = new MutableClock(START);
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private ApiBudget budget(double share, int maxConcurrent) {
    return new ApiBudget(new BudgetSettings(share, maxConcurrent), clock);
  }

  private static void spend(ApiBudget budget, int calls) throws CrmException {
    for (int i = 0; i < calls; i++) {
      budget.acquire();
      budget.release();
    }
  }

  private Future<Instant> acquireInBackground(ApiBudget budget) {
    return threads.submit(() -> {
      budget.acquire();
      budget.release();
      return clock.instant();
    });
  }

  /** Sanity check only: the call has not gone through a moment after it was started. */
  private static void assertStillWaiting(Future<?> call) throws Exception {
    assertThrows(TimeoutException.class, () -> call.get(300, TimeUnit.MILLISECONDS));
  }

  @Test
  void callsGoThroughBeforeTheOrgLimitIsKnown() throws Exception {
    ApiBudget budget = budget(0.25, 4);
    spend(budget, 100);

    BudgetStatus status = budget.status();
    assertEquals(0, status.orgLimit());
    assertEquals(0, status.allowance());
    assertEquals(100, status.spent());
    assertFalse(status.paused());
    assertNull(status.pauseReason());
  }

  @Test
  void theFirstAnswerTeachesTheLimitAndTheShareOfItBecomesTheAllowance() throws Exception {
    ApiBudget budget = budget(0.25, 4);
    spend(budget, 30);
    budget.observe(40, 101);

    BudgetStatus status = budget.status();
    assertEquals(101, status.orgLimit());
    assertEquals(40, status.orgUsed());
    assertEquals(25, status.allowance(), "floor(0.25 x 101)");
    assertEquals(30, status.spent());
    assertEquals(0, status.remaining());
    assertTrue(status.paused(), "30 spent is over an allowance of 25");
    assertTrue(status.pauseReason().startsWith(
        "Bellwether's share of the daily API limit is spent: 30 of 25 calls (25% of 101) in the last 24 h"),
        status.pauseReason());
  }

  @Test
  void aSpentSharePausesCallsAndTheyResumeWhenTheDayRollsPast() throws Exception {
    ApiBudget budget = budget(0.25, 4);
    budget.observe(0, 1000);
    spend(budget, 250);

    BudgetStatus status = budget.status();
    assertTrue(status.paused());
    assertEquals("Bellwether's share of the daily API limit is spent: 250 of 250 calls (25% of 1,000) in the"
        + " last 24 h; resumes at 2026-11-24T10:15Z", status.pauseReason());
    assertEquals(Instant.parse("2026-11-24T10:15:00Z"), status.resumesAt());

    Future<Instant> blocked = acquireInBackground(budget);
    assertStillWaiting(blocked);
    clock.set(Instant.parse("2026-11-24T10:14:59Z"));
    assertStillWaiting(blocked);
    assertTrue(budget.status().paused(), "the 10:14 minute is still inside the window");

    clock.set(Instant.parse("2026-11-24T10:15:00Z"));
    assertEquals(Instant.parse("2026-11-24T10:15:00Z"), blocked.get(PROMPTLY_SECONDS, TimeUnit.SECONDS));
    BudgetStatus after = budget.status();
    assertFalse(after.paused());
    assertEquals(1, after.spent(), "only the call that just went is in the last 24 h");
  }

  @Test
  void anOrgWithNoRequestsLeftHoldsCallsUntilSalesforceReportsRoomAgain() throws Exception {
    ApiBudget budget = budget(0.25, 4);
    budget.observe(1000, 1000);

    BudgetStatus status = budget.status();
    assertTrue(status.paused());
    assertEquals("the org has no daily API requests left: 1,000 of 1,000 used, as Salesforce last reported;"
        + " resumes at 2026-11-23T10:15Z", status.pauseReason());
    assertEquals(START.plus(ApiBudget.DEFAULT_ORG_RECHECK), status.resumesAt());

    Future<Instant> blocked = acquireInBackground(budget);
    assertStillWaiting(blocked);
    budget.observe(900, 1000); // another caller's response shows the window freed some
    blocked.get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
    assertFalse(budget.status().paused());
  }

  @Test
  void anOrgWithNoRequestsLeftLetsOneCallThroughToLookAgainAfterTheRecheck() throws Exception {
    ApiBudget budget = new ApiBudget(new BudgetSettings(0.25, 4), clock, Duration.ofMinutes(2));
    budget.observe(1000, 1000);
    Future<Instant> blocked = acquireInBackground(budget);
    assertStillWaiting(blocked);

    clock.advance(Duration.ofMinutes(2));
    assertEquals(START.plus(Duration.ofMinutes(2)), blocked.get(PROMPTLY_SECONDS, TimeUnit.SECONDS));
  }

  @Test
  void pauseUntilHoldsCallsSaysWhyAndIsNotShortenedByAnEarlierDeadline() throws Exception {
    ApiBudget budget = budget(0.25, 4);
    String why = "Salesforce answered REQUEST_LIMIT_EXCEEDED: the org's daily API requests are spent";
    budget.pauseUntil(START.plus(Duration.ofMinutes(5)), why);
    budget.pauseUntil(START.plus(Duration.ofMinutes(1)), "a shorter pause");

    BudgetStatus status = budget.status();
    assertTrue(status.paused());
    assertEquals(why + "; resumes at 2026-11-23T10:19Z", status.pauseReason());
    assertEquals(START.plus(Duration.ofMinutes(5)), status.resumesAt());

    Future<Instant> blocked = acquireInBackground(budget);
    clock.advance(Duration.ofMinutes(4));
    assertStillWaiting(blocked);
    clock.advance(Duration.ofMinutes(1));
    assertEquals(START.plus(Duration.ofMinutes(5)), blocked.get(PROMPTLY_SECONDS, TimeUnit.SECONDS));
    assertFalse(budget.status().paused());
  }

  @Test
  void aLaterPauseExtendsTheOneInForceAndWakesNoOneEarly() throws Exception {
    ApiBudget budget = budget(0.25, 4);
    budget.pauseUntil(START.plusSeconds(30), "first");
    budget.pauseUntil(START.plusSeconds(90), "second");

    BudgetStatus status = budget.status();
    assertEquals("second; resumes at 2026-11-23T10:15:30Z", status.pauseReason());
    assertEquals(START.plusSeconds(90), status.resumesAt());
  }

  @Test
  void twentyThreadsNeverHaveMoreCallsInFlightThanTheCap() throws Exception {
    int cap = 4;
    ApiBudget budget = budget(1.0, cap);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch capReached = new CountDownLatch(cap);
    List<Future<?>> calls = new ArrayList<>();
    for (int t = 0; t < 20; t++) {
      calls.add(threads.submit(() -> {
        for (int i = 0; i < 10; i++) {
          budget.acquire();
          try {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            capReached.countDown();
            // the first calls wait for each other, so the cap is certainly reached once
            capReached.await(PROMPTLY_SECONDS, TimeUnit.SECONDS);
            Thread.yield();
            inside.decrementAndGet();
          } finally {
            budget.release();
          }
        }
        return null;
      }));
    }
    for (Future<?> call : calls) {
      call.get(30, TimeUnit.SECONDS);
    }
    assertEquals(cap, most.get(), "the cap was reached and never exceeded");
    BudgetStatus status = budget.status();
    assertEquals(0, status.inFlight());
    assertEquals(cap, status.concurrencyCap());
    assertEquals(200, status.spent());
  }

  @Test
  void aThreadInterruptedWhileWaitingEndsWithInterruptedAndTakesNoSlot() throws Exception {
    ApiBudget budget = budget(0.25, 1);
    budget.pauseUntil(START.plus(Duration.ofHours(1)), "test pause");
    AtomicReference<CrmException> seen = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        budget.acquire();
      } catch (CrmException e) {
        seen.set(e);
      }
    });
    waiter.start();
    while (waiter.getState() != Thread.State.TIMED_WAITING && waiter.isAlive()) {
      Thread.onSpinWait();
    }
    waiter.interrupt();
    waiter.join(TimeUnit.SECONDS.toMillis(PROMPTLY_SECONDS));

    assertFalse(waiter.isAlive());
    assertEquals(CrmException.Kind.INTERRUPTED, seen.get().kind());
    assertEquals(0, budget.status().inFlight());
    clock.advance(Duration.ofHours(1));
    assertEquals(START.plus(Duration.ofHours(1)),
        acquireInBackground(budget).get(PROMPTLY_SECONDS, TimeUnit.SECONDS), "the one slot is still free");
  }

  @Test
  void aLimitAnswerAndASpentOrgAreExplainedInOneReason() {
    ApiBudget budget = new ApiBudget(new BudgetSettings(0.25, 4), clock, Duration.ofMinutes(10));
    budget.observe(1000, 1000);
    budget.pauseUntil(START.plus(Duration.ofMinutes(5)), "Salesforce answered REQUEST_LIMIT_EXCEEDED");

    BudgetStatus status = budget.status();
    assertEquals("Salesforce answered REQUEST_LIMIT_EXCEEDED (1,000 of 1,000 used, as Salesforce last reported);"
        + " resumes at 2026-11-23T10:24Z", status.pauseReason());
    assertEquals(START.plus(Duration.ofMinutes(10)), status.resumesAt(), "the later of the two");
  }

  @Test
  void seededSpendFromAnEarlierRunCountsAgainstTheShare() {
    ApiBudget budget = budget(0.25, 4);
    budget.observe(0, 1000);
    budget.seedSpent(250);

    BudgetStatus status = budget.status();
    assertEquals(250, budget.spent());
    assertTrue(status.paused());
    assertEquals(0, status.remaining());
  }

  @Test
  void aFractionalShareIsShownAsSuch() {
    ApiBudget budget = budget(0.125, 2);
    budget.observe(0, 16);
    budget.seedSpent(2);

    assertTrue(budget.status().pauseReason().contains("2 of 2 calls (12.5% of 16)"),
        budget.status().pauseReason());
  }

  @Test
  void badSettingsAreRefusedAtConstruction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> budget(0, 4));
    assertTrue(e.getMessage().contains("share"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> budget(0.25, 0)).getMessage()
        .contains("maxConcurrent"));
  }
}
