package dev.bellwether.connector.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.TestDevOrg;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SOAP login() through WSC: a dev-org convenience up to API 64.0, refused from 65.0 on. */
class SoapLoginTokenSourceTest {
  static final SecretRef PASSWORD = new SecretRef("env", "DEVORG_PASSWORD");
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  private static TokenSource source(URI loginUrl, String version, String password) throws CrmException {
    return TokenSources.forConfig(SalesforceConfig.builder().loginUrl(loginUrl).apiVersion(version)
        .auth(AuthSettings.password(TestDevOrg.USERNAME, PASSWORD)).build(), Map.of("DEVORG_PASSWORD", password));
  }

  /** A loopback port nothing listens on: any request sent there fails to connect. */
  private static URI deadPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + s.getLocalPort());
    }
  }

  @Test
  void loginAt64GivesASessionForTheUser() throws Exception {
    TokenSource source = source(devorg.url(), "64.0", TestDevOrg.PASSWORD);
    AccessToken token = source.fetch();
    assertEquals("password", source.name());
    assertTrue(devorg.org().sessions().find(token.value()).isPresent());
    assertEquals(devorg.org().id(), token.orgId());
    assertEquals(devorg.org().adminUserId(), token.userId());
    assertEquals(devorg.url(), token.instanceUrl(), "the instance is the serverUrl's origin");
  }

  @Test
  void aWrongPasswordIsAuthenticationWithTheLoginFaultCode() throws Exception {
    CrmException e = assertThrows(CrmException.class,
        () -> source(devorg.url(), "64.0", "wrong-password").fetch());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("INVALID_LOGIN", e.code());
  }

  @Test
  void loginAt65IsRefusedBeforeAnyRequest() throws Exception {
    URI nowhere = deadPort();
    CrmException e = assertThrows(CrmException.class, () -> source(nowhere, "65.0", TestDevOrg.PASSWORD));
    assertEquals(Kind.CONFIGURATION, e.kind(), "a request would have failed to connect instead");
    assertTrue(e.getMessage().contains("removed it from API 65.0"), e.getMessage());
    CrmException direct = assertThrows(CrmException.class, () -> new SoapLoginTokenSource(nowhere, "66.0",
        TestDevOrg.USERNAME, TestDevOrg.PASSWORD, Duration.ofSeconds(1), Duration.ofSeconds(1), Clock.systemUTC()));
    assertEquals(Kind.CONFIGURATION, direct.kind());
  }

  @Test
  void anUnreachableLoginUrlIsUnavailable() throws Exception {
    CrmException e = assertThrows(CrmException.class, () -> source(deadPort(), "64.0", TestDevOrg.PASSWORD).fetch());
    assertEquals(Kind.UNAVAILABLE, e.kind());
    assertEquals("CONNECTION", e.code());
  }
}
