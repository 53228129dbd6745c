package dev.bellwether.connector.salesforce.auth;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SecretRef;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link TokenSource} a configuration asks for, reading its secrets now so a missing
 * variable, unreadable file or malformed key stops start-up with the key's name, not the first sync.
 */
public final class TokenSources {
  private static final Logger LOG = LoggerFactory.getLogger(TokenSources.class);
  private static final String AUTH = "salesforce.auth.";

  private TokenSources() {
  }

  /** The token source for {@code config}; secrets come from {@code environment} or files. */
  public static TokenSource forConfig(SalesforceConfig config, Map<String, String> environment)
      throws CrmException {
    return forConfig(config, environment, Clock.systemUTC());
  }

  /** As {@link #forConfig(SalesforceConfig, Map)}, with the clock that stamps assertions and tokens. */
  public static TokenSource forConfig(SalesforceConfig config, Map<String, String> environment, Clock clock)
      throws CrmException {
    AuthSettings auth = config.auth();
    if (auth == null || auth.method() == null) {
      throw configuration("salesforce.auth: is required: a method and its credentials");
    }
    OAuthTokenClient client = new OAuthTokenClient(config.loginUrl(), config.connectTimeout(),
        config.readTimeout(), clock);
    TokenSource source = switch (auth.method()) {
      case JWT -> new JwtBearerTokenSource(client, required("clientId", auth.clientId(), "jwt"),
          required("username", auth.username(), "jwt"), privateKey(auth.privateKey(), environment), clock);
      case REFRESH_TOKEN -> new RefreshTokenSource(client, required("clientId", auth.clientId(), "refresh-token"),
          secret("clientSecret", auth.clientSecret(), environment, "refresh-token"),
          secret("refreshToken", auth.refreshToken(), environment, "refresh-token"));
      case CLIENT_CREDENTIALS -> new ClientCredentialsTokenSource(client,
          required("clientId", auth.clientId(), "client-credentials"),
          secret("clientSecret", auth.clientSecret(), environment, "client-credentials"));
      case PASSWORD -> new SoapLoginTokenSource(config.loginUrl(), config.apiVersion(),
          required("username", auth.username(), "password"),
          secret("password", auth.password(), environment, "password"), config.connectTimeout(),
          config.readTimeout(), clock);
    };
    LOG.info("Salesforce authentication: {} via {}", source.name(), config.loginUrl());
    return config.instanceUrl() == null ? source : new FixedInstanceTokenSource(source, config.instanceUrl());
  }

  private static PrivateKey privateKey(SecretRef ref, Map<String, String> environment) throws CrmException {
    String pem = secret("privateKey", ref, environment, "jwt");
    try {
      return PrivateKeyPem.parse(pem);
    } catch (IllegalArgumentException e) {
      throw configuration(AUTH + "privateKey: " + e.getMessage() + " (key from " + ref + ")");
    }
  }

  private static String secret(String key, SecretRef ref, Map<String, String> environment, String method)
      throws CrmException {
    if (ref == null) {
      throw configuration(AUTH + key + ": is required for method " + method);
    }
    try {
      return ref.resolve(environment);
    } catch (IllegalStateException e) {
      throw configuration(AUTH + key + ": " + e.getMessage());
    }
  }

  private static String required(String key, String value, String method) throws CrmException {
    if (value == null || value.isBlank()) {
      throw configuration(AUTH + key + ": is required for method " + method);
    }
    return value;
  }

  private static CrmException configuration(String message) {
    return new CrmException(Kind.CONFIGURATION, null, null, message);
  }
}
