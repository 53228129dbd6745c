package dev.bellwether.connector.salesforce.auth;

import dev.bellwether.connector.CrmException;
import java.net.URI;

/**
 * Tokens from another source, pointed at the configured instance URL rather than the one in the
 * token response (salesforce.instanceUrl set, e.g. to reach the org through an egress proxy).
 */
public final class FixedInstanceTokenSource implements TokenSource {
  private final TokenSource source;
  private final URI instanceUrl;

  public FixedInstanceTokenSource(TokenSource source, URI instanceUrl) {
    this.source = source;
    this.instanceUrl = Origins.of(instanceUrl);
  }

  @Override
  public AccessToken fetch() throws CrmException {
    AccessToken t = source.fetch();
    return new AccessToken(t.value(), instanceUrl, t.orgId(), t.userId(), t.issuedAt());
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public String toString() {
    return source + " at " + instanceUrl;
  }
}
