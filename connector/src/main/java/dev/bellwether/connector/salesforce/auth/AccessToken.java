package dev.bellwether.connector.salesforce.auth;

import java.net.URI;
import java.time.Instant;

/**
 * An access token and the instance it is valid for. {@link #toString()} never shows the token.
 *
 * @param value the bearer token, also the SOAP session id
 * @param instanceUrl the org's instance URL, e.g. https://acme.my.salesforce.com
 * @param orgId the 18-character org id
 * @param userId the integration user's id
 * @param issuedAt when it was obtained
 */
public record AccessToken(String value, URI instanceUrl, String orgId, String userId, Instant issuedAt) {

  @Override
  public String toString() {
    return "AccessToken[instance=" + instanceUrl + ", org=" + orgId + ", user=" + userId
        + ", issuedAt=" + issuedAt + ", value=<redacted>]";
  }
}
