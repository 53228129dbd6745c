package dev.bellwether.connector.salesforce.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.testing.PasswordGrantTokens;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.SingleTryGuard;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The REST transport over real HTTP: token, renewal on 401, limit info, error mapping. */
class RestTransportTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  private record Setup(RestTransport rest, PasswordGrantTokens tokens, SessionTokens session,
      AtomicLong used, AtomicLong limit) {}

  private static Setup setup() {
    PasswordGrantTokens tokens = new PasswordGrantTokens(devorg.url());
    SessionTokens session = new SessionTokens(tokens);
    AtomicLong used = new AtomicLong(-1);
    AtomicLong limit = new AtomicLong(-1);
    RestTransport rest = new RestTransport(session, "64.0", Duration.ofSeconds(5), Duration.ofSeconds(30),
        (u, l) -> { used.set(u); limit.set(l); }, new SingleTryGuard(), new ObjectMapper());
    return new Setup(rest, tokens, session, used, limit);
  }

  @Test
  void aGetCarriesTheTokenAndReportsApiUsage() throws Exception {
    Setup s = setup();
    JsonNode limits = s.rest().getJson("limits", null, s.rest().dataPath("limits"));
    assertTrue(limits.get("DailyApiRequests").get("Max").asLong() > 0);
    assertTrue(s.used().get() > 0, "Sforce-Limit-Info was read");
    assertEquals(devorg.org().apiUsage().limit(), s.limit().get());
  }

  @Test
  void anExpiredSessionIsRenewedOnceAndTheCallSucceeds() throws Exception {
    Setup s = setup();
    s.rest().getJson("limits", null, s.rest().dataPath("limits"));
    devorg.org().sessions().revoke(s.session().current().value());
    JsonNode again = s.rest().getJson("limits", null, s.rest().dataPath("limits"));
    assertTrue(again.has("DailyApiRequests"));
    assertEquals(2, s.tokens().fetches());
    assertEquals(1, s.session().renewals());
  }

  @Test
  void aJsonBodyIsSentCompressedAndAccepted() throws Exception {
    Setup s = setup();
    JsonNode created = s.rest().sendJson("create Account", "Account", "POST",
        s.rest().dataPath("sobjects/Account"), Map.of("Name", "Gzip Co"));
    assertTrue(created.get("success").asBoolean());
  }

  @Test
  void anUnknownFieldIsASchemaError() {
    Setup s = setup();
    CrmException e = assertThrows(CrmException.class, () -> s.rest().getJson("query", "Account",
        s.rest().dataPath("query?q=SELECT+Nope__c+FROM+Account")));
    assertEquals(CrmException.Kind.SCHEMA, e.kind());
    assertEquals("INVALID_FIELD", e.code());
  }

  @Test
  void anOutageSurfacesAsUnavailableToASingleTryGuard() {
    Setup s = setup();
    devorg.faults("transient=1");
    try {
      CrmException e = assertThrows(CrmException.class,
          () -> s.rest().getJson("limits", null, s.rest().dataPath("limits")));
      assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
      assertEquals("UNAVAILABLE", e.code());
    } finally {
      devorg.faults("");
    }
  }
}
