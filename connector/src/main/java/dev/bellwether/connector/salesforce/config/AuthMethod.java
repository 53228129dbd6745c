package dev.bellwether.connector.salesforce.config;

import java.util.Optional;

/** How the connector authenticates to Salesforce. */
public enum AuthMethod {
  /** OAuth 2.0 JWT bearer: a connected app's certificate and an integration user; the production default. */
  JWT("jwt"),
  /** OAuth 2.0 refresh token of a connected app. */
  REFRESH_TOKEN("refresh-token"),
  /** OAuth 2.0 client credentials of a connected app with a run-as user. */
  CLIENT_CREDENTIALS("client-credentials"),
  /** SOAP login() with username and password: dev orgs only, API 64.0 and older. */
  PASSWORD("password");

  private final String configName;

  AuthMethod(String configName) {
    this.configName = configName;
  }

  /** The name written in configuration files, e.g. "refresh-token". */
  public String configName() {
    return configName;
  }

  /** The method a configuration file names, exactly as written there. */
  public static Optional<AuthMethod> fromConfigName(String name) {
    for (AuthMethod m : values()) {
      if (m.configName.equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
