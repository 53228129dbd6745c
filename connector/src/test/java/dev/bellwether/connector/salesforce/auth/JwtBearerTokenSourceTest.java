package dev.bellwether.connector.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.SingleTryGuard;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.auth.ConnectedApp;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth JWT bearer flow against devorg with a keytool-made key and certificate. */
class JwtBearerTokenSourceTest {
  static final String APP = "bellwether-sync";
  @TempDir
  static Path dir;
  static TestKeys keys;
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  @BeforeAll
  static void start() throws Exception {
    keys = TestKeys.generate(dir, "jwt");
    devorg.org().apps().register(new ConnectedApp("Bellwether Sync", APP, "unused-secret", null,
        keys.certificatePem));
  }

  private static SalesforceConfig config(String clientId, String username, Path keyFile) {
    return SalesforceConfig.builder().loginUrl(devorg.url())
        .auth(AuthSettings.jwt(clientId, username, new SecretRef("file", keyFile.toString()))).build();
  }

  private static TokenSource source(String clientId, String username, Path keyFile) throws CrmException {
    return TokenSources.forConfig(config(clientId, username, keyFile), Map.of());
  }

  @Test
  void aSignedAssertionGetsATokenForTheIntegrationUser() throws Exception {
    TokenSource source = source(APP, TestDevOrg.USERNAME, keys.pkcs8File);
    AccessToken token = source.fetch();
    assertEquals("jwt-bearer", source.name());
    assertEquals(devorg.org().id(), token.orgId());
    assertEquals(devorg.org().adminUserId(), token.userId());
    assertEquals(devorg.url(), token.instanceUrl());
    assertTrue(devorg.org().sessions().find(token.value()).isPresent(), "devorg knows the session");
  }

  @Test
  void theTokenCarriesRestCallsAndIsRenewedBySigningAgain() throws Exception {
    SessionTokens session = new SessionTokens(source(APP, TestDevOrg.USERNAME, keys.pkcs8File));
    try (RestTransport rest = new RestTransport(session, "64.0", Duration.ofSeconds(5), Duration.ofSeconds(30),
        (used, limit) -> { }, new SingleTryGuard(), new ObjectMapper())) {
      assertTrue(rest.getJson("limits", null, rest.dataPath("limits")).has("DailyApiRequests"));
      devorg.org().sessions().revoke(session.current().value());
      assertTrue(rest.getJson("limits", null, rest.dataPath("limits")).has("DailyApiRequests"));
      assertEquals(1, session.renewals());
    }
  }

  @Test
  void theAssertionNamesAppUserAndLoginOriginAndExpiresInThreeMinutes() throws Exception {
    Instant now = Instant.parse("2025-01-02T03:04:05Z");
    OAuthTokenClient client = new OAuthTokenClient(URI.create("https://acme.my.salesforce.com/"),
        Duration.ofSeconds(1), Duration.ofSeconds(1), Clock.fixed(now, ZoneOffset.UTC));
    JwtBearerTokenSource source = new JwtBearerTokenSource(client, APP, "integration@acme.com", keys.key,
        Clock.fixed(now, ZoneOffset.UTC));
    JwtAssertion claims = source.assertion();
    assertEquals(new JwtAssertion(APP, "integration@acme.com", "https://acme.my.salesforce.com",
        now.plusSeconds(180)), claims);
    String[] parts = claims.sign(keys.key).split("\\.");
    Base64.Decoder b64 = Base64.getUrlDecoder();
    ObjectMapper json = new ObjectMapper();
    assertEquals("RS256", json.readTree(b64.decode(parts[0])).get("alg").asText());
    JsonNode body = json.readTree(b64.decode(parts[1]));
    assertEquals(APP, body.get("iss").asText());
    assertEquals("integration@acme.com", body.get("sub").asText());
    assertEquals("https://acme.my.salesforce.com", body.get("aud").asText());
    assertEquals(now.getEpochSecond() + 180, body.get("exp").asLong());
    Signature verify = Signature.getInstance("SHA256withRSA");
    verify.initVerify(CertificateFactory.getInstance("X.509").generateCertificate(
        new ByteArrayInputStream(keys.certificatePem.getBytes(StandardCharsets.US_ASCII))).getPublicKey());
    verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(verify.verify(b64.decode(parts[2])), "signed by the key whose certificate is on the app");
  }

  @Test
  void aKeyWhoseCertificateIsNotOnTheAppIsRefusedAsInvalidGrant() throws Exception {
    Path other = dir.resolve("other.key");
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    Files.writeString(other, TestKeys.pkcs8Pem(gen.generateKeyPair().getPrivate()));
    CrmException e = assertThrows(CrmException.class, () -> source(APP, TestDevOrg.USERNAME, other).fetch());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("invalid_grant", e.code());
    assertTrue(e.getMessage().startsWith("jwt-bearer: Salesforce refused the token request"), e.getMessage());
  }

  @Test
  void anUnknownUserIsRefusedAsInvalidGrant() {
    CrmException e = assertThrows(CrmException.class,
        () -> source(APP, "nobody@bellwether.devorg", keys.pkcs8File).fetch());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("invalid_grant", e.code());
  }

  @Test
  void anAppWithoutThisCertificateIsRefusedAsInvalidGrant() {
    CrmException e = assertThrows(CrmException.class,
        () -> source(TestDevOrg.CLIENT_ID, TestDevOrg.USERNAME, keys.pkcs8File).fetch());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("invalid_grant", e.code());
  }

  @Test
  void aPkcs1KeyIsRefusedAtStartWithTheCommandThatConvertsIt() throws Exception {
    Path pkcs1 = dir.resolve("pkcs1.key");
    Files.writeString(pkcs1, TestKeys.pkcs1Pem(keys.key));
    CrmException e = assertThrows(CrmException.class, () -> source(APP, TestDevOrg.USERNAME, pkcs1));
    assertEquals(Kind.CONFIGURATION, e.kind());
    assertEquals("salesforce.auth.privateKey: the key is in PKCS#1 form (BEGIN RSA PRIVATE KEY); the JWT flow"
        + " needs PKCS#8 (BEGIN PRIVATE KEY): convert it with 'openssl pkcs8 -topk8 -nocrypt -in old.key -out"
        + " new.key' (key from file:" + pkcs1 + ")", e.getMessage());
  }

  @Test
  void somethingThatIsNotAKeyIsRefusedAtStart() throws Exception {
    Path notKey = dir.resolve("cert-instead.key");
    Files.writeString(notKey, keys.certificatePem);
    CrmException e = assertThrows(CrmException.class, () -> source(APP, TestDevOrg.USERNAME, notKey));
    assertEquals(Kind.CONFIGURATION, e.kind());
    assertTrue(e.getMessage().startsWith("salesforce.auth.privateKey: not a PEM private key"), e.getMessage());
  }
}
