package dev.bellwether.connector.salesforce.auth;

import dev.bellwether.connector.CrmException;
import java.util.LinkedHashMap;
import java.util.Map;

/** OAuth 2.0 refresh token grant: a stored refresh token of a connected app buys new access tokens. */
public final class RefreshTokenSource implements TokenSource {
  private final OAuthTokenClient client;
  private final String clientId;
  private final String clientSecret;
  private final String refreshToken;

  public RefreshTokenSource(OAuthTokenClient client, String clientId, String clientSecret, String refreshToken) {
    this.client = client;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.refreshToken = refreshToken;
  }

  @Override
  public AccessToken fetch() throws CrmException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("client_id", clientId);
    if (clientSecret != null) {
      form.put("client_secret", clientSecret);
    }
    form.put("refresh_token", refreshToken);
    return client.requestToken(name(), form);
  }

  @Override
  public String name() {
    return "refresh-token";
  }

  @Override
  public String toString() {
    return "RefreshTokenSource[clientId=" + clientId + ", loginUrl=" + client.loginUrl() + "]";
  }
}
