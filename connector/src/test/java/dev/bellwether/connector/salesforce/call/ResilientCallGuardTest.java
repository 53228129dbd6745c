package dev.bellwether.connector.salesforce.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.BudgetStatus;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.budget.ApiBudget;
import dev.bellwether.connector.salesforce.config.BudgetSettings;
import dev.bellwether.connector.salesforce.config.RetrySettings;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.testing.PasswordGrantTokens;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.SingleTryGuard;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retrying guard over real HTTP against devorg: outages, limits, permanent errors, timeouts. */
class ResilientCallGuardTest {
  /** Generous bound for things that take milliseconds when all is well. */
  private static final long PATIENCE_SECONDS = 20;
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  private record Setup(RestTransport rest, ResilientCallGuard guard, ApiBudget budget) {
    JsonNode limits() throws CrmException {
      return rest.getJson("limits", null, rest.dataPath("limits"));
    }
  }

  /** Tiny backoffs; the whole share, so the budget only pauses for the org's own limit. */
  private static Setup setup(int maxAttempts, Duration readTimeout) {
    Clock clock = Clock.systemUTC();
    ApiBudget budget = new ApiBudget(new BudgetSettings(1.0, 4), clock, Duration.ofMillis(200));
    RetrySettings retry = new RetrySettings(maxAttempts, Duration.ofMillis(5), Duration.ofMillis(50), 0.25,
        Duration.ofMillis(300));
    ResilientCallGuard guard = new ResilientCallGuard(retry, budget, clock);
    RestTransport rest = new RestTransport(new SessionTokens(new PasswordGrantTokens(devorg.url())), "64.0",
        Duration.ofSeconds(5), readTimeout, budget, guard, new ObjectMapper());
    return new Setup(rest, guard, budget);
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting: " + what);
      }
      Thread.sleep(5);
    }
  }

  @Test
  void everyCallSucceedsWhenHalfTheRequestsMeetAnOutage() throws Exception {
    Setup s = setup(30, Duration.ofSeconds(30));
    devorg.faults("transient=0.5");

    for (int i = 0; i < 50; i++) {
      assertTrue(s.limits().has("DailyApiRequests"), "call " + i);
    }

    CallStats stats = s.guard().stats();
    assertEquals(50, stats.calls());
    assertEquals(0, stats.failures());
    assertTrue(stats.retries(TransientKind.UNAVAILABLE) > 0, "some requests were answered 503");
    assertEquals(stats.totalRetries(), stats.retries(TransientKind.UNAVAILABLE));
    assertEquals(50 + stats.totalRetries(), stats.attempts(), "one request per try");
    assertEquals(stats.attempts(), s.budget().spent(), "the budget counted every request");
  }

  @Test
  void aLastingOutageEndsAsUnavailableAfterExactlyMaxAttempts() throws Exception {
    Setup s = setup(4, Duration.ofSeconds(30));
    devorg.faults("transient=1");

    CrmException e = assertThrows(CrmException.class, s::limits);

    assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
    assertEquals("UNAVAILABLE", e.code());
    assertTrue(e.getMessage().startsWith("limits failed after 4 attempts: "), e.getMessage());
    CallStats stats = s.guard().stats();
    assertEquals(4, stats.attempts());
    assertEquals(3, stats.retries(TransientKind.UNAVAILABLE));
    assertEquals(1, stats.failures());
    assertEquals(4, s.budget().spent(), "four requests went out");
    assertEquals(0, s.budget().status().inFlight(), "every slot was given back");
  }

  @Test
  void aPermanentErrorIsNotRetried() throws Exception {
    Setup s = setup(5, Duration.ofSeconds(30));
    s.limits(); // fetch the token first, so the count below is the query alone
    int usedBefore = devorg.org().apiUsage().used();

    CrmException e = assertThrows(CrmException.class, () -> s.rest().getJson("query Account", "Account",
        s.rest().dataPath("query?q=SELECT+Nope__c+FROM+Account")));

    assertEquals(CrmException.Kind.SCHEMA, e.kind());
    assertEquals("INVALID_FIELD", e.code());
    assertEquals(usedBefore + 1, devorg.org().apiUsage().used(), "one request reached devorg");
    CallStats stats = s.guard().stats();
    assertEquals(2, stats.attempts());
    assertEquals(0, stats.totalRetries());
    assertEquals(1, stats.failures());
  }

  @Test
  void theOrgsLimitPausesTheCallWithoutUsingUpItsAttemptsAndItResumesWhenTheWindowFrees() throws Exception {
    int originalLimit = devorg.org().apiUsage().limit();
    spendOrgLimitLeavingRoomForProbes();
    Setup s = setup(2, Duration.ofSeconds(30));
    try {
      CompletableFuture<JsonNode> call = CompletableFuture.supplyAsync(() -> {
        try {
          return s.limits();
        } catch (CrmException e) {
          throw new IllegalStateException(e);
        }
      });

      await("the budget to pause for REQUEST_LIMIT_EXCEEDED", () -> {
        BudgetStatus st = s.budget().status();
        return st.paused() && st.pauseReason().contains("Salesforce answered REQUEST_LIMIT_EXCEEDED");
      });
      // more limit answers than two attempts would allow, had they counted as transient failures
      await("three REQUEST_LIMIT_EXCEEDED answers",
          () -> s.guard().stats().retries(TransientKind.LIMIT_EXCEEDED) >= 3);
      assertFalse(call.isDone(), "the call waits rather than fails");

      devorg.org().apiUsage().reset();

      assertTrue(call.get(PATIENCE_SECONDS, TimeUnit.SECONDS).has("DailyApiRequests"));
      CallStats stats = s.guard().stats();
      assertEquals(0, stats.failures());
      assertEquals(0, stats.retries(TransientKind.UNAVAILABLE));
      assertFalse(s.budget().status().paused());
    } finally {
      devorg.org().apiUsage().setLimit(originalLimit);
    }
  }

  /**
   * Sets devorg's limit to what it has used. Its count is shared by the tests here, so it first
   * makes sure that limit is well above the handful of probes a waiting call makes: the budget
   * learns the limit too, and with the whole share allowed it must not hold calls for itself.
   */
  private static void spendOrgLimitLeavingRoomForProbes() throws CrmException {
    try (RestTransport warmup = new RestTransport(new SessionTokens(new PasswordGrantTokens(devorg.url())),
        "64.0", Duration.ofSeconds(5), Duration.ofSeconds(30), (u, l) -> { }, new SingleTryGuard(),
        new ObjectMapper())) {
      while (devorg.org().apiUsage().used() < 200) {
        warmup.getJson("limits", null, warmup.dataPath("limits"));
      }
    }
    devorg.org().apiUsage().setLimit(devorg.org().apiUsage().used());
  }

  @Test
  void aReadTimeoutIsRetriedAndTheCallSucceedsOnceTheServerIsFastAgain() throws Exception {
    Setup s = setup(10, Duration.ofMillis(300));
    s.limits(); // token first, while devorg is fast
    devorg.faults("latency=1s");
    CompletableFuture<Void> clearer = CompletableFuture.runAsync(() -> {
      try {
        await("a timeout retry", () -> s.guard().stats().retries(TransientKind.TIMEOUT) >= 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        devorg.faults("");
      }
    });

    assertTrue(s.limits().has("DailyApiRequests"));

    clearer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    CallStats stats = s.guard().stats();
    assertTrue(stats.retries(TransientKind.TIMEOUT) >= 1, stats.toString());
    assertEquals(0, stats.failures());
  }

  @Test
  void aRowLockOnTheWholeCallIsRetriedUntilItClears() throws Exception {
    Setup s = setup(10, Duration.ofSeconds(30));
    s.limits();
    devorg.faults("lock=1");
    CompletableFuture<Void> clearer = CompletableFuture.runAsync(() -> {
      try {
        await("a row-lock retry", () -> s.guard().stats().retries(TransientKind.ROW_LOCK) >= 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        devorg.faults("");
      }
    });

    JsonNode created = s.rest().sendJson("create Account", "Account", "POST",
        s.rest().dataPath("sobjects/Account"), Map.of("Name", "Locked Then Free Co"));

    assertTrue(created.get("success").asBoolean());
    clearer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertTrue(s.guard().stats().retries(TransientKind.ROW_LOCK) >= 1);
  }

  @Test
  void droppedConnectionsAreRetriedUntilEveryCallSucceeds() throws Exception {
    Setup s = setup(30, Duration.ofSeconds(30));
    s.limits();
    devorg.faults("reset=0.5");

    for (int i = 0; i < 20; i++) {
      assertTrue(s.limits().has("DailyApiRequests"), "call " + i);
    }

    CallStats stats = s.guard().stats();
    assertTrue(stats.retries(TransientKind.CONNECTION) > 0, stats.toString());
    assertEquals(stats.totalRetries(), stats.retries(TransientKind.CONNECTION));
    assertEquals(0, stats.failures());
  }

  @Test
  void stalledRequestsTimeOutAndAreRetriedUntilEveryCallSucceeds() throws Exception {
    Setup s = setup(30, Duration.ofMillis(300));
    s.limits();
    devorg.faults("stall=0.5,stall-time=2s");

    for (int i = 0; i < 8; i++) {
      assertTrue(s.limits().has("DailyApiRequests"), "call " + i);
    }

    CallStats stats = s.guard().stats();
    assertTrue(stats.retries(TransientKind.TIMEOUT) > 0, stats.toString());
    assertEquals(0, stats.failures());
  }
}
