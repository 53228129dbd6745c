package dev.bellwether.connector.salesforce.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.AccessToken;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.auth.TokenSource;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.SingleTryGuard;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One guarded request per call: session renewal, LimitInfoHeader, outages and the API limit. */
class PartnerConnectionsTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  @Test
  void aCallUsesTheTokenAsSessionAndReportsApiUsageFromTheLimitInfoHeader() throws Exception {
    SoapSetup s = SoapSetup.against(devorg.get());

    String userId = s.soap().soapCall("getUserInfo", null, pc -> pc.getUserInfo()).getUserId();

    assertEquals(devorg.org().adminUserId(), userId);
    assertEquals(devorg.org().apiUsage().used(), s.used().get());
    assertEquals(devorg.org().apiUsage().limit(), s.limit().get());
    assertEquals(1, s.guard().calls());
  }

  @Test
  void aRevokedSessionIsRenewedOnceAndTheCallSucceeds() throws Exception {
    SoapSetup s = SoapSetup.against(devorg.get());
    s.soap().soapCall("getServerTimestamp", null, pc -> pc.getServerTimestamp());
    String first = s.session().current().value();
    devorg.org().sessions().revoke(first);

    String userId = s.soap().soapCall("getUserInfo", null, pc -> pc.getUserInfo()).getUserId();

    assertEquals(devorg.org().adminUserId(), userId);
    assertEquals(2, s.tokens().fetches());
    assertEquals(1, s.session().renewals());
    assertFalse(first.equals(s.session().current().value()), "a new token is current");
    assertEquals(2, s.guard().calls(), "the renewal and retry stay inside one guarded call");
  }

  @Test
  void aSessionRefusedAgainAfterRenewalIsAnAuthenticationFailure() throws Exception {
    SoapSetup s = SoapSetup.against(devorg.get());
    Duration ttl = devorg.org().sessions().ttl();
    devorg.org().sessions().setTtl(Duration.ofSeconds(-1)); // every token is born expired
    try {
      CrmException e = assertThrows(CrmException.class,
          () -> s.soap().soapCall("getUserInfo", null, pc -> pc.getUserInfo()));

      assertEquals(CrmException.Kind.AUTHENTICATION, e.kind());
      assertEquals("INVALID_SESSION_ID", e.code());
      assertEquals(2, s.tokens().fetches(), "renewed once, not again");
      assertFalse(e.getMessage().contains(s.session().current().value()), "no session id in the message");
    } finally {
      devorg.org().sessions().setTtl(ttl);
    }
  }

  @Test
  void anOutageIsTheTransientUnavailableKind() {
    SoapSetup s = SoapSetup.against(devorg.get());
    devorg.faults("transient=1");

    CrmException e = assertThrows(CrmException.class,
        () -> s.soap().soapCall("getServerTimestamp", null, pc -> pc.getServerTimestamp()));

    assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
    assertEquals("UNAVAILABLE", e.code(), "SingleTryGuard reports the transient kind as the code");
    assertTrue(e.getMessage().contains("SERVER_UNAVAILABLE"), e.getMessage());
  }

  @Test
  void aSpentDailyLimitIsTheTransientLimitExceededKind() throws Exception {
    SoapSetup s = SoapSetup.against(devorg.get());
    s.soap().soapCall("getServerTimestamp", null, pc -> pc.getServerTimestamp());
    devorg.org().apiUsage().setLimit(devorg.org().apiUsage().used());

    CrmException e = assertThrows(CrmException.class,
        () -> s.soap().soapCall("getServerTimestamp", null, pc -> pc.getServerTimestamp()));

    assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
    assertEquals("LIMIT_EXCEEDED", e.code());
    assertTrue(e.getMessage().startsWith("getServerTimestamp failed: REQUEST_LIMIT_EXCEEDED"), e.getMessage());
  }

  @Test
  void aSlowAnswerIsTheTransientTimeoutKind() {
    SoapSetup s = SoapSetup.against(devorg.get(), Duration.ofMillis(300));
    devorg.faults("latency=2s");

    CrmException e = assertThrows(CrmException.class,
        () -> s.soap().soapCall("getServerTimestamp", null, pc -> pc.getServerTimestamp()));

    assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
    assertEquals("TIMEOUT", e.code());
  }

  @Test
  void aRefusedConnectionIsTheTransientConnectionKind() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    AccessToken nowhere = new AccessToken("00D!unused", URI.create("http://127.0.0.1:" + closedPort),
        devorg.org().id(), devorg.org().adminUserId(), Instant.now());
    PartnerConnections soap = new PartnerConnections(new SessionTokens(new TokenSource() {
      @Override
      public AccessToken fetch() {
        return nowhere;
      }

      @Override
      public String name() {
        return "fixed";
      }
    }), "64.0", Duration.ofSeconds(2), Duration.ofSeconds(2), (u, l) -> { }, new SingleTryGuard());

    CrmException e = assertThrows(CrmException.class,
        () -> soap.soapCall("getServerTimestamp", null, pc -> pc.getServerTimestamp()));

    assertEquals("CONNECTION", e.code());
  }

  @Test
  void aMalformedQueryIsAnInvalidRequestNamingTheCallAndObject() {
    SoapSetup s = SoapSetup.against(devorg.get());

    CrmException e = assertThrows(CrmException.class,
        () -> s.soap().soapCall("query Account", "Account", pc -> pc.query("SELECT Id FROM Account ORDER Name")));

    assertEquals(CrmException.Kind.INVALID_REQUEST, e.kind());
    assertEquals("MALFORMED_QUERY", e.code());
    assertEquals("Account", e.object());
    assertTrue(e.getMessage().startsWith("query Account failed: MALFORMED_QUERY"), e.getMessage());
  }

  @Test
  void anUnknownFieldOrObjectIsASchemaError() {
    SoapSetup s = SoapSetup.against(devorg.get());

    CrmException field = assertThrows(CrmException.class,
        () -> s.soap().soapCall("query Account", "Account", pc -> pc.query("SELECT Nope__c FROM Account")));
    CrmException object = assertThrows(CrmException.class,
        () -> s.soap().soapCall("describe Nope__c", "Nope__c", pc -> pc.describeSObject("Nope__c")));

    assertEquals(CrmException.Kind.SCHEMA, field.kind());
    assertEquals("INVALID_FIELD", field.code());
    assertEquals(CrmException.Kind.SCHEMA, object.kind());
  }
}
