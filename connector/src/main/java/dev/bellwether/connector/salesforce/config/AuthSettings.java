package dev.bellwether.connector.salesforce.config;

/**
 * Credentials by reference: which flow, the connected app, the user, and where each secret lives.
 *
 * @param method the OAuth flow (or SOAP login for dev orgs)
 * @param clientId the connected app's consumer key (not a secret)
 * @param clientSecret the consumer secret, for refresh token and client credentials
 * @param username the integration user, for JWT and password
 * @param password the password (plus security token), for PASSWORD
 * @param privateKey the PEM private key whose certificate is on the connected app, for JWT
 * @param refreshToken the refresh token, for REFRESH_TOKEN
 */
public record AuthSettings(AuthMethod method, String clientId, SecretRef clientSecret, String username,
    SecretRef password, SecretRef privateKey, SecretRef refreshToken) {

  /** The JWT bearer flow: the production default for a server-to-server integration user. */
  public static AuthSettings jwt(String clientId, String username, SecretRef privateKey) {
    return new AuthSettings(AuthMethod.JWT, clientId, null, username, null, privateKey, null);
  }

  /** The refresh token flow of a connected app. */
  public static AuthSettings refreshToken(String clientId, SecretRef clientSecret, SecretRef refreshToken) {
    return new AuthSettings(AuthMethod.REFRESH_TOKEN, clientId, clientSecret, null, null, null, refreshToken);
  }

  /** The client credentials flow of a connected app with a run-as user. */
  public static AuthSettings clientCredentials(String clientId, SecretRef clientSecret) {
    return new AuthSettings(AuthMethod.CLIENT_CREDENTIALS, clientId, clientSecret, null, null, null, null);
  }

  /** SOAP login with username and password (dev orgs, API 64.0 and older). */
  public static AuthSettings password(String username, SecretRef password) {
    return new AuthSettings(AuthMethod.PASSWORD, null, null, username, password, null, null);
  }
}
