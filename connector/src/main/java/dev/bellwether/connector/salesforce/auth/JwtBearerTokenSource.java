package dev.bellwether.connector.salesforce.auth;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OAuth 2.0 JWT bearer: a short-lived assertion signed with the key whose certificate is on the
 * connected app, for a pre-authorised integration user. No password or refresh token to rotate,
 * which is why it is the production default.
 */
public final class JwtBearerTokenSource implements TokenSource {
  public static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  /** Salesforce accepts up to a few minutes; 3 leaves room for modest clock skew. */
  public static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(3);
  private final OAuthTokenClient client;
  private final String clientId;
  private final String username;
  private final PrivateKey key;
  private final Clock clock;

  public JwtBearerTokenSource(OAuthTokenClient client, String clientId, String username, PrivateKey key,
      Clock clock) {
    this.client = client;
    this.clientId = clientId;
    this.username = username;
    this.key = key;
    this.clock = clock;
  }

  /** The assertion the next fetch would sign: aud is the login origin, as Salesforce expects. */
  public JwtAssertion assertion() {
    return new JwtAssertion(clientId, username, client.loginUrl().toString(),
        clock.instant().plus(ASSERTION_LIFETIME));
  }

  @Override
  public AccessToken fetch() throws CrmException {
    String signed;
    try {
      signed = assertion().sign(key);
    } catch (GeneralSecurityException e) {
      throw new CrmException(Kind.CONFIGURATION, null, null, name() + ": cannot sign the assertion with the"
          + " configured private key (" + e.getClass().getSimpleName() + ")", e);
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", GRANT_TYPE);
    form.put("assertion", signed);
    return client.requestToken(name(), form);
  }

  @Override
  public String name() {
    return "jwt-bearer";
  }

  @Override
  public String toString() {
    return "JwtBearerTokenSource[clientId=" + clientId + ", username=" + username + ", loginUrl="
        + client.loginUrl() + "]";
  }
}
