package dev.bellwether.connector.salesforce.soap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.testing.PasswordGrantTokens;
import dev.bellwether.connector.testing.SingleTryGuard;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** PartnerConnections against a devorg with test tokens, a single-try guard and recorded API usage. */
record SoapSetup(PartnerConnections soap, PasswordGrantTokens tokens, SessionTokens session, SingleTryGuard guard,
    AtomicLong used, AtomicLong limit) {

  static SoapSetup against(TestDevOrg devorg) {
    return against(devorg, Duration.ofSeconds(60));
  }

  static SoapSetup against(TestDevOrg devorg, Duration readTimeout) {
    PasswordGrantTokens tokens = new PasswordGrantTokens(devorg.url());
    SessionTokens session = new SessionTokens(tokens);
    SingleTryGuard guard = new SingleTryGuard();
    AtomicLong used = new AtomicLong(-1);
    AtomicLong limit = new AtomicLong(-1);
    PartnerConnections soap = new PartnerConnections(session, "64.0", Duration.ofSeconds(5),
        readTimeout, (u, l) -> {
          used.set(u);
          limit.set(l);
        }, guard);
    return new SoapSetup(soap, tokens, session, guard, used, limit);
  }

  /** Writes straight into devorg's store as the admin, to arrange data without the code under test. */
  static List<WriteResult> arrange(TestDevOrg devorg, List<? extends WriteOp> ops) {
    List<WriteResult> results = devorg.org().store().apply(ops, true, devorg.org().writeAs(devorg.org().adminUserId()));
    results.forEach(r -> assertTrue(r.success(), () -> r.errors().toString()));
    return results;
  }

  static String create(TestDevOrg devorg, String type, Map<String, Object> fields) {
    return arrange(devorg, List.of(new WriteOp.Create(type, fields))).get(0).id();
  }
}
