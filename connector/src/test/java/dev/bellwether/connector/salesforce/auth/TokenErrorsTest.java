package dev.bellwether.connector.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How token endpoint failures are classified, and what their messages may say. */
class TokenErrorsTest {
  static final URI ENDPOINT = URI.create("https://login.salesforce.com/services/oauth2/token");

  @Test
  void anOAuthErrorIsAuthenticationCarryingTheErrorCode() {
    CrmException e = TokenErrors.refused("jwt-bearer", ENDPOINT, 400,
        "{\"error\":\"invalid_grant\",\"error_description\":\"user hasn't approved this consumer\"}", List.of());
    assertEquals(Kind.AUTHENTICATION, e.kind());
    assertEquals("invalid_grant", e.code());
    assertEquals("jwt-bearer: Salesforce refused the token request, HTTP 400: invalid_grant (user hasn't approved"
        + " this consumer)", e.getMessage());
  }

  @Test
  void serverFailuresAndRetryLaterAnswersAreUnavailable() {
    assertEquals(Kind.UNAVAILABLE, TokenErrors.refused("f", ENDPOINT, 503, "<html>down</html>", List.of()).kind());
    assertEquals(Kind.UNAVAILABLE, TokenErrors.refused("f", ENDPOINT, 500, "", List.of()).kind());
    CrmException retry = TokenErrors.refused("f", ENDPOINT, 400,
        "{\"error\":\"unknown_error\",\"error_description\":\"retry your request\"}", List.of());
    assertEquals(Kind.UNAVAILABLE, retry.kind());
    assertEquals("UNAVAILABLE", retry.code());
  }

  @Test
  void noTokenEndpointPointsAtTheLoginUrlSetting() {
    CrmException e = TokenErrors.refused("f", ENDPOINT, 404, "<html>Not Found</html>", List.of());
    assertEquals(Kind.CONFIGURATION, e.kind());
    assertTrue(e.getMessage().endsWith("check salesforce.loginUrl"), e.getMessage());
  }

  @Test
  void aNonOAuthRefusalIsAProtocolError() {
    assertEquals(Kind.PROTOCOL, TokenErrors.refused("f", ENDPOINT, 401, "nope", List.of()).kind());
  }

  @Test
  void aDescriptionThatEchoesASecretIsRedacted() {
    CrmException e = TokenErrors.refused("refresh-token", ENDPOINT, 400,
        "{\"error\":\"invalid_grant\",\"error_description\":\"token 5AepSECRET expired\"}", List.of("5AepSECRET"));
    assertFalse(e.getMessage().contains("5AepSECRET"), e.getMessage());
    assertTrue(e.getMessage().contains("token <redacted> expired"), e.getMessage());
  }

  @Test
  void anUnreachableTokenEndpointIsUnavailable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    OAuthTokenClient client = new OAuthTokenClient(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2),
        Duration.ofSeconds(2), Clock.systemUTC());
    CrmException e = assertThrows(CrmException.class,
        () -> client.requestToken("client-credentials", Map.of("grant_type", "client_credentials")));
    assertEquals(Kind.UNAVAILABLE, e.kind());
    assertEquals("CONNECTION", e.code());
    assertTrue(e.getMessage().contains("http://127.0.0.1:" + port + "/services/oauth2/token"), e.getMessage());
  }

  @Test
  void theIdentityUrlNamesOrgAndUser() {
    assertEquals(Optional.of(new IdentityUrl("00Dxx0000001gEREAY", "005xx000001SwiUAAS")),
        IdentityUrl.parse("https://login.salesforce.com/id/00Dxx0000001gEREAY/005xx000001SwiUAAS"));
    assertEquals(Optional.empty(), IdentityUrl.parse("https://login.salesforce.com/services/oauth2/userinfo"));
    assertEquals(Optional.empty(), IdentityUrl.parse(null));
  }
}
