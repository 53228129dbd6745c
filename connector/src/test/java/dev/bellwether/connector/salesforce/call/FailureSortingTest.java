package dev.bellwether.connector.salesforce.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.ws.ConnectionException;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.budget.ApiBudget;
import dev.bellwether.connector.salesforce.config.BudgetSettings;
import dev.bellwether.connector.salesforce.config.RetrySettings;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Which failures the guard retries and what the rest become, with calls that fail the way the
 * transports do (WSC's ConnectionException, raw socket errors, a refused session renewal).
 * Over-the-wire behaviour against devorg is in {@link ResilientCallGuardTest}.
 */
class FailureSortingTest {
  private final ApiBudget budget = new ApiBudget(BudgetSettings.DEFAULT, Clock.systemUTC());
  private final ResilientCallGuard guard = new ResilientCallGuard(
      new RetrySettings(3, Duration.ofMillis(1), Duration.ofMillis(5), 0.25, Duration.ofMillis(10)),
      budget, Clock.systemUTC());

  /** Fails the first {@code failures} tries with {@code failure}, then answers "ok". */
  private static ApiCall<String> failingFirst(int failures, Exception failure, AtomicInteger tries) {
    return () -> {
      if (tries.incrementAndGet() <= failures) {
        throw failure;
      }
      return "ok";
    };
  }

  @Test
  void aWscConnectionExceptionCausedByAResetIsRetriedAsAConnectionFailure() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    ConnectionException wsc = new ConnectionException("Failed to send request", new SocketException("reset"));

    assertEquals("ok", guard.call("query Account", "Account", failingFirst(1, wsc, tries)));
    assertEquals(2, tries.get());
    assertEquals(1, guard.stats().retries(TransientKind.CONNECTION));
  }

  @Test
  void aRawSocketTimeoutIsRetriedAsATimeout() throws Exception {
    AtomicInteger tries = new AtomicInteger();

    assertEquals("ok", guard.call("query Account", "Account",
        failingFirst(2, new SocketTimeoutException("Read timed out"), tries)));
    assertEquals(2, guard.stats().retries(TransientKind.TIMEOUT));
  }

  @Test
  void exhaustedRetriesNameTheKindTheObjectAndTheAttempts() {
    AtomicInteger tries = new AtomicInteger();
    CrmException e = assertThrows(CrmException.class, () -> guard.call("upsert Account", "Account",
        failingFirst(99, new TransientCallException(TransientKind.ROW_LOCK, "upsert Account failed: "
            + "UNABLE_TO_LOCK_ROW", null), tries)));

    assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
    assertEquals("ROW_LOCK", e.code());
    assertEquals("Account", e.object());
    assertEquals("upsert Account failed after 3 attempts: upsert Account failed: UNABLE_TO_LOCK_ROW",
        e.getMessage());
    assertEquals(3, tries.get());
  }

  @Test
  void aCrmExceptionFromTheCallPassesThroughUnchangedAndIsNotRetried() {
    AtomicInteger tries = new AtomicInteger();
    CrmException invalid = new CrmException(CrmException.Kind.INVALID_REQUEST, "MALFORMED_QUERY", "Account",
        "unexpected token");

    CrmException e = assertThrows(CrmException.class,
        () -> guard.call("query Account", "Account", failingFirst(1, invalid, tries)));

    assertSame(invalid, e);
    assertEquals(1, tries.get());
    assertEquals(1, guard.stats().failures());
  }

  @Test
  void anUnexpectedExceptionIsAProtocolErrorWithItsCauseAndIsNotRetried() {
    AtomicInteger tries = new AtomicInteger();
    IllegalStateException odd = new IllegalStateException("no records element");

    CrmException e = assertThrows(CrmException.class,
        () -> guard.call("query Account", "Account", failingFirst(1, odd, tries)));

    assertEquals(CrmException.Kind.PROTOCOL, e.kind());
    assertSame(odd, e.getCause());
    assertEquals(1, tries.get());
  }

  @Test
  void aWscConnectionExceptionWithoutAnIoCauseIsNotRetried() {
    AtomicInteger tries = new AtomicInteger();

    CrmException e = assertThrows(CrmException.class, () -> guard.call("query Account", "Account",
        failingFirst(1, new ConnectionException("Unrecognized header: FooHeader"), tries)));

    assertEquals(CrmException.Kind.PROTOCOL, e.kind());
    assertEquals(1, tries.get());
  }

  @Test
  void aRefusedSessionRenewalInsideAnIoFailureIsFinalNotRetried() {
    AtomicInteger tries = new AtomicInteger();
    CrmException refused = new CrmException(CrmException.Kind.AUTHENTICATION, "invalid_grant", null,
        "token refused");
    TransientCallException asTransportSeesIt = new TransientCallException(TransientKind.CONNECTION,
        "limits lost its connection", new IOException("token refused", refused));

    CrmException e = assertThrows(CrmException.class,
        () -> guard.call("limits", null, failingFirst(99, asTransportSeesIt, tries)));

    assertSame(refused, e);
    assertEquals(1, tries.get());
  }

  @Test
  void anInterruptedCallerStopsInsteadOfRetrying() {
    AtomicInteger tries = new AtomicInteger();
    ApiCall<String> interruptedMidRequest = () -> {
      tries.incrementAndGet();
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    };
    try {
      CrmException e = assertThrows(CrmException.class, () -> guard.call("limits", null, interruptedMidRequest));
      assertEquals(CrmException.Kind.INTERRUPTED, e.kind());
      assertEquals(1, tries.get());
    } finally {
      assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }
    assertFalse(budget.status().inFlight() > 0);
  }

  @Test
  void badRetrySettingsAreRefusedAtConstruction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ResilientCallGuard(
        new RetrySettings(0, Duration.ofMillis(1), Duration.ofMillis(5), 0.25, Duration.ofMillis(10)), budget,
        Clock.systemUTC()));
    assertTrue(e.getMessage().contains("maxAttempts"));
    e = assertThrows(IllegalArgumentException.class, () -> new ResilientCallGuard(
        new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(5), 0.25, Duration.ofMillis(10)), budget,
        Clock.systemUTC()));
    assertTrue(e.getMessage().contains("maxBackoff"));
  }
}
