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
}
