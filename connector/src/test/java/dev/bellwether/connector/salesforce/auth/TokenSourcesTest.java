package dev.bellwether.connector.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.config.AuthMethod;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SecretRef;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the flow from configuration and resolving its secrets, before any request is sent. */
class TokenSourcesTest {
  static final URI LOGIN = URI.create("http://127.0.0.1:9");

  private static SalesforceConfig config(AuthSettings auth) {
    return SalesforceConfig.builder().loginUrl(LOGIN).auth(auth).build();
  }

  private static CrmException refused(AuthSettings auth, Map<String, String> env) {
    CrmException e = assertThrows(CrmException.class, () -> TokenSources.forConfig(config(auth), env));
    assertEquals(Kind.CONFIGURATION, e.kind());
    return e;
  }

  @Test
  void eachMethodGetsItsOwnFlow(@TempDir Path dir) throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    Path key = dir.resolve("jwt.key");
    Files.writeString(key, TestKeys.pkcs8Pem(gen.generateKeyPair().getPrivate()));
    Map<String, String> env = Map.of("S", "secret", "R", "refresh", "P", "password");
    TokenSource jwt = TokenSources.forConfig(config(AuthSettings.jwt("app", "u@acme.com",
        new SecretRef("file", key.toString()))), env);
    TokenSource refresh = TokenSources.forConfig(config(AuthSettings.refreshToken("app", new SecretRef("env", "S"),
        new SecretRef("env", "R"))), env);
    TokenSource credentials = TokenSources.forConfig(config(AuthSettings.clientCredentials("app",
        new SecretRef("env", "S"))), env);
    TokenSource password = TokenSources.forConfig(config(AuthSettings.password("u@acme.com",
        new SecretRef("env", "P"))), env);
    assertInstanceOf(JwtBearerTokenSource.class, jwt);
    assertInstanceOf(RefreshTokenSource.class, refresh);
    assertInstanceOf(ClientCredentialsTokenSource.class, credentials);
    assertInstanceOf(SoapLoginTokenSource.class, password);
    assertEquals("jwt-bearer", jwt.name());
    assertEquals("refresh-token", refresh.name());
    assertEquals("client-credentials", credentials.name());
    assertEquals("password", password.name());
  }

  @Test
  void aMissingEnvironmentVariableNamesTheKeyAndTheVariable() {
    CrmException e = refused(AuthSettings.jwt("app", "u@acme.com", new SecretRef("env", "SF_KEY")), Map.of());
    assertEquals("salesforce.auth.privateKey: environment variable SF_KEY is not set", e.getMessage());
  }

  @Test
  void anUnreadableSecretFileNamesTheKeyAndTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("client-secret");
    CrmException e = refused(AuthSettings.clientCredentials("app", new SecretRef("file", missing.toString())),
        Map.of());
    assertTrue(e.getMessage().startsWith("salesforce.auth.clientSecret: cannot read secret file " + missing),
        e.getMessage());
  }

  @Test
  void aSecretFileIsReadWithoutItsTrailingNewline(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("refresh");
    Files.writeString(file, "5AepToken\n");
    assertEquals("5AepToken", new SecretRef("file", file.toString()).resolve(Map.of()));
  }

  @Test
  void settingsBuiltInCodeStillNeedEveryRequiredValue() {
    CrmException noAuth = refused(null, Map.of());
    assertEquals("salesforce.auth: is required: a method and its credentials", noAuth.getMessage());
    CrmException noClient = refused(new AuthSettings(AuthMethod.JWT, null, null, "u@acme.com", null,
        new SecretRef("env", "K"), null), Map.of("K", "x"));
    assertEquals("salesforce.auth.clientId: is required for method jwt", noClient.getMessage());
    CrmException noSecret = refused(new AuthSettings(AuthMethod.CLIENT_CREDENTIALS, "app", null, null, null, null,
        null), Map.of());
    assertEquals("salesforce.auth.clientSecret: is required for method client-credentials", noSecret.getMessage());
  }
}
