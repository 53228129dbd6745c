package dev.bellwether.connector.salesforce.config;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code salesforce.auth}: the method, then exactly the keys that method needs. A key the
 * method does not use is an error too, so nobody believes a secret is in play when it is not.
 */
final class AuthSettingsReader {
  private static final String AUTH = ConfigKeys.ROOT + ".auth";
  private static final List<String> CREDENTIAL_KEYS =
      List.of("clientId", "clientSecret", "username", "password", "privateKey", "refreshToken");
  private static final String METHODS = Arrays.stream(AuthMethod.values()).map(AuthMethod::configName)
      .collect(Collectors.joining(", "));

  private AuthSettingsReader() {
  }

  /** The auth settings, or null when they are missing or broken (the problems say why). */
  static AuthSettings read(YamlValues values, ConfigProblems problems, String apiVersion, URI loginUrl) {
    if (!values.isSet(AUTH)) {
      problems.add(AUTH, "is required: a method (" + METHODS + ") and its credentials");
      return null;
    }
    if (!values.mapping(AUTH)) {
      return null;
    }
    AuthMethod method = method(values, problems);
    String clientId = values.text(AUTH + ".clientId");
    String username = values.text(AUTH + ".username");
    SecretRef clientSecret = values.secret(AUTH + ".clientSecret");
    SecretRef password = values.secret(AUTH + ".password");
    SecretRef privateKey = values.secret(AUTH + ".privateKey");
    SecretRef refreshToken = values.secret(AUTH + ".refreshToken");
    if (method == null) {
      return null;
    }
    Set<String> required = required(method);
    Set<String> optional = method == AuthMethod.PASSWORD ? Set.of("clientId") : Set.of();
    for (String key : CREDENTIAL_KEYS) {
      boolean set = values.isSet(AUTH + "." + key);
      if (required.contains(key) && !set) {
        problems.add(AUTH + "." + key, "is required for method " + method.configName());
      } else if (set && !required.contains(key) && !optional.contains(key)) {
        problems.add(AUTH + "." + key, "is not used by method " + method.configName() + "; remove it");
      }
    }
    if (method == AuthMethod.PASSWORD && ApiVersions.isSupported(apiVersion)
        && !ApiVersions.hasSoapLogin(apiVersion)) {
      problems.add(AUTH + ".method", "password (SOAP login) is not available at apiVersion " + apiVersion
          + ": Salesforce removed SOAP login() from API 65.0 on; use jwt, or apiVersion 64.0 or"
          + " lower for a dev org");
    }
    if (method == AuthMethod.CLIENT_CREDENTIALS && isGenericLogin(loginUrl)) {
      String key = values.isSet(ConfigKeys.ROOT + ".loginUrl") ? ConfigKeys.ROOT + ".loginUrl" : AUTH + ".method";
      problems.add(key, "client-credentials needs the org's My Domain URL as loginUrl (e.g."
          + " https://acme.my.salesforce.com): Salesforce refuses this flow at " + loginUrl.getHost());
    }
    return new AuthSettings(method, clientId, clientSecret, username, password, privateKey, refreshToken);
  }

  private static boolean isGenericLogin(URI loginUrl) {
    String host = loginUrl == null ? "" : String.valueOf(loginUrl.getHost()).toLowerCase(Locale.ROOT);
    return host.equals("login.salesforce.com") || host.equals("test.salesforce.com");
  }

  private static AuthMethod method(YamlValues values, ConfigProblems problems) {
    String path = AUTH + ".method";
    if (!values.isSet(path)) {
      problems.add(path, "is required: one of " + METHODS);
      return null;
    }
    String text = values.text(path);
    if (text == null) {
      return null;
    }
    AuthMethod method = AuthMethod.fromConfigName(text.trim()).orElse(null);
    if (method == null) {
      problems.add(path, "must be one of " + METHODS + " (was " + YamlValues.shown(text) + ")");
    }
    return method;
  }

  /** The keys each method cannot work without. */
  static Set<String> required(AuthMethod method) {
    return switch (method) {
      case JWT -> Set.of("clientId", "username", "privateKey");
      case REFRESH_TOKEN -> Set.of("clientId", "clientSecret", "refreshToken");
      case CLIENT_CREDENTIALS -> Set.of("clientId", "clientSecret");
      case PASSWORD -> Set.of("username", "password");
    };
  }
}
