package dev.bellwether.connector.salesforce.config;

/** How the connector authenticates to Salesforce. */
public enum AuthMethod {
  /** OAuth 2.0 JWT bearer: a connected app's certificate and an integration user; the production default. */
  JWT,
  /** OAuth 2.0 refresh token of a connected app. */
  REFRESH_TOKEN,
  /** OAuth 2.0 client credentials of a connected app with a run-as user. */
  CLIENT_CREDENTIALS,
  /** SOAP login() with username and password: dev orgs only, API 64.0 and older. */
  PASSWORD
}
