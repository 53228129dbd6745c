package dev.bellwether.connector.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.auth.Session;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The refresh token and client credentials flows against devorg, secrets from the environment. */
class OAuthSecretFlowsTest {
  static final SecretRef CLIENT_SECRET = new SecretRef("env", "SF_CLIENT_SECRET");
  static final SecretRef REFRESH_TOKEN = new SecretRef("env", "SF_REFRESH_TOKEN");
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  /** A refresh token devorg issued to the CLI app for the admin, as a browser login would have. */
  private static String issuedRefreshToken(String clientId) {
    Session s = devorg.org().sessions().open(devorg.org().id(), devorg.org().adminUserId(), clientId);
    return devorg.org().sessions().refreshTokenFor(s);
  }

  private static TokenSource source(AuthSettings auth, Map<String, String> env) throws CrmException {
    return TokenSources.forConfig(SalesforceConfig.builder().loginUrl(devorg.url()).auth(auth).build(), env);
  }

  private static TokenSource refresh(String clientId, String refreshToken) throws CrmException {
    return source(AuthSettings.refreshToken(clientId, CLIENT_SECRET, REFRESH_TOKEN),
        Map.of("SF_CLIENT_SECRET", TestDevOrg.CLIENT_SECRET, "SF_REFRESH_TOKEN", refreshToken));
  }

  private static TokenSource clientCredentials(String clientId, String secret) throws CrmException {
    return source(AuthSettings.clientCredentials(clientId, CLIENT_SECRET), Map.of("SF_CLIENT_SECRET", secret));
  }

  @Test
  void aRefreshTokenBuysAFreshAccessTokenEachTime() throws Exception {
    TokenSource source = refresh(TestDevOrg.CLIENT_ID, issuedRefreshToken(TestDevOrg.CLIENT_ID));
    AccessToken first = source.fetch();
    AccessToken second = source.fetch();
    assertEquals("refresh-token", source.name());
    assertNotEquals(first.value(), second.value());
    assertTrue(devorg.org().sessions().find(second.value()).isPresent());
    assertEquals(devorg.org().id(), second.orgId());
    assertEquals(devorg.org().adminUserId(), second.userId());
    assertEquals(devorg.url(), second.instanceUrl());
  }

  @Test
  void anUnknownRefreshTokenIsInvalidGrant() throws Exception {
    CrmException e = assertThrows(CrmException.class,
        () -> refresh(TestDevOrg.CLIENT_ID, "5AepNotIssuedByThisOrg").fetch());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("invalid_grant", e.code());
  }

  @Test
  void aRefreshTokenOfAnotherAppIsInvalidGrant() throws Exception {
    CrmException e = assertThrows(CrmException.class,
        () -> refresh("some-other-app", issuedRefreshToken(TestDevOrg.CLIENT_ID)).fetch());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("invalid_grant", e.code());
  }

  @Test
  void clientCredentialsRunAsTheAppsRunAsUser() throws Exception {
    TokenSource source = clientCredentials(TestDevOrg.CLIENT_ID, TestDevOrg.CLIENT_SECRET);
    AccessToken token = source.fetch();
    assertEquals("client-credentials", source.name());
    assertEquals(devorg.org().adminUserId(), token.userId(), "devorg's run-as user is the admin");
    assertEquals(devorg.org().id(), token.orgId());
    assertTrue(devorg.org().sessions().find(token.value()).isPresent());
  }

  @Test
  void aWrongClientSecretIsInvalidClient() throws Exception {
    CrmException e = assertThrows(CrmException.class,
        () -> clientCredentials(TestDevOrg.CLIENT_ID, "not-the-secret").fetch());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("invalid_client", e.code());
    assertEquals("client-credentials: Salesforce refused the token request, HTTP 400: invalid_client"
        + " (invalid client credentials)", e.getMessage());
  }

  @Test
  void aConfiguredInstanceUrlIsUsedInsteadOfTheTokenResponses() throws Exception {
    URI proxy = URI.create("https://sf-egress.acme.internal:8443");
    TokenSource source = TokenSources.forConfig(SalesforceConfig.builder().loginUrl(devorg.url()).instanceUrl(proxy)
        .auth(AuthSettings.clientCredentials(TestDevOrg.CLIENT_ID, CLIENT_SECRET)).build(),
        Map.of("SF_CLIENT_SECRET", TestDevOrg.CLIENT_SECRET));
    AccessToken token = source.fetch();
    assertEquals(proxy, token.instanceUrl());
    assertEquals("client-credentials", source.name());
    assertTrue(devorg.org().sessions().find(token.value()).isPresent());
  }

  @Test
  void anUnknownClientIsInvalidClient() throws Exception {
    CrmException e = assertThrows(CrmException.class,
        () -> clientCredentials("no-such-app", TestDevOrg.CLIENT_SECRET).fetch());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("invalid_client", e.code());
  }
}
