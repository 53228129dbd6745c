package dev.bellwether.connector.salesforce.auth;

import dev.bellwether.connector.CrmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OAuth 2.0 client credentials: the connected app's key and secret alone; Salesforce runs the
 * session as the app's configured "run as" user.
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private final OAuthTokenClient client;
  private final String clientId;
  private final String clientSecret;

  public ClientCredentialsTokenSource(OAuthTokenClient client, String clientId, String clientSecret) {
    this.client = client;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  @Override
  public AccessToken fetch() throws CrmException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    return client.requestToken(name(), form);
  }

  @Override
  public String name() {
    return "client-credentials";
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenSource[clientId=" + clientId + ", loginUrl=" + client.loginUrl() + "]";
  }
}
