package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.call.CallGuard;
import dev.bellwether.connector.testing.PasswordGrantTokens;
import dev.bellwether.connector.testing.SingleTryGuard;
import dev.bellwether.connector.testing.TestDevOrg;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A REST transport to a test devorg through a guard that tries once and counts requests. */
record RestWiring(RestTransport rest, SingleTryGuard guard) implements AutoCloseable {

  static RestWiring to(TestDevOrg devorg) {
    return to(devorg, UnaryOperator.identity());
  }

  /** With a guard wrapped around the counting one, e.g. to change devorg's faults between requests. */
  static RestWiring to(TestDevOrg devorg, UnaryOperator<CallGuard> around) {
    SingleTryGuard guard = new SingleTryGuard();
    RestTransport rest = new RestTransport(new SessionTokens(new PasswordGrantTokens(devorg.url())), "64.0",
        Duration.ofSeconds(5), Duration.ofSeconds(60), (used, limit) -> { }, around.apply(guard),
        new ObjectMapper());
    return new RestWiring(rest, guard);
  }

  @Override
  public void close() {
    rest.close();
  }
}
