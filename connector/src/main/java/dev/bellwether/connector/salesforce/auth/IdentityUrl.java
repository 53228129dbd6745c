package dev.bellwether.connector.salesforce.auth;

import java.util.Optional;

/**
 * The org and user a token belongs to, as named by the identity URL Salesforce returns with
 * every token: https://login.salesforce.com/id/00Dxx0000001gEREAY/005xx000001SwiUAAS.
 *
 * @param orgId the org's id
 * @param userId the user's id
 */
record IdentityUrl(String orgId, String userId) {

  static Optional<IdentityUrl> parse(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String[] parts = url.split("/");
    int n = parts.length;
    if (n < 3 || !parts[n - 3].equals("id") || parts[n - 2].isEmpty() || parts[n - 1].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new IdentityUrl(parts[n - 2], parts[n - 1]));
  }
}
