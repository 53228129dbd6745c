package dev.bellwether.connector.salesforce.auth;

import dev.bellwether.connector.CrmException;

/**
 * The current session, shared by SOAP, REST and Bulk: fetched on first use and renewed at most
 * once per expired token, however many calls notice the expiry at the same time.
 */
public final class SessionTokens {
  private final TokenSource source;
  private AccessToken current;
  private int renewals;

  public SessionTokens(TokenSource source) {
    this.source = source;
  }

  /** The current token, fetching one on first use. */
  public synchronized AccessToken current() throws CrmException {
    if (current == null) {
      current = source.fetch();
    }
    return current;
  }

  /**
   * Renews after {@code stale} was refused. When another caller already renewed it, returns the
   * newer token without asking again.
   */
  public synchronized AccessToken renew(AccessToken stale) throws CrmException {
    if (current != null && stale != null && !current.value().equals(stale.value())) {
      return current;
    }
    current = source.fetch();
    renewals++;
    return current;
  }

  /** Renewals so far, for status and tests. */
  public synchronized int renewals() {
    return renewals;
  }

  public String flow() {
    return source.name();
  }
}
