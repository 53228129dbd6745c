package dev.bellwether.connector.salesforce.rest;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.AccessToken;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import java.io.IOException;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/** On 401, renews the session once and retries with the new token; a second 401 is final. */
final class SessionRenewingAuthenticator implements Authenticator {
  private final SessionTokens session;

  SessionRenewingAuthenticator(SessionTokens session) {
    this.session = session;
  }

  @Override
  public Request authenticate(Route route, Response response) throws IOException {
    if (response.priorResponse() != null) {
      return null; // already renewed for this request: the new token was refused too
    }
    String header = response.request().header("Authorization");
    String used = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    try {
      AccessToken stale = session.current();
      AccessToken fresh = used != null && !used.equals(stale.value()) ? stale : session.renew(stale);
      return response.request().newBuilder().header("Authorization", "Bearer " + fresh.value()).build();
    } catch (CrmException e) {
      throw new AuthenticationFailedIOException(e);
    }
  }
}
