package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.SessionHeader_element;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SessionRenewer;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.AccessToken;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import javax.xml.namespace.QName;

/**
 * WSC calls this once per request when Salesforce answers INVALID_SESSION_ID ("Illegal
 * Session"); it renews through the shared {@link SessionTokens} so SOAP, REST and Bulk renew a
 * stale token only once between them, and WSC retries the request with the new SessionHeader.
 */
final class WscSessionRenewer implements SessionRenewer {
  static final QName SESSION_HEADER = new QName("urn:partner.soap.sforce.com", "SessionHeader");
  private final SessionTokens session;
  private final AccessToken stale;

  WscSessionRenewer(SessionTokens session, AccessToken stale) {
    this.session = session;
    this.stale = stale;
  }

  @Override
  public SessionRenewalHeader renewSession(ConnectorConfig config) throws ConnectionException {
    AccessToken fresh;
    try {
      fresh = session.renew(stale);
    } catch (CrmException e) {
      throw new RenewalFailedException(e);
    }
    config.setSessionId(fresh.value());
    SessionHeader_element element = new SessionHeader_element();
    element.setSessionId(fresh.value());
    SessionRenewalHeader header = new SessionRenewalHeader();
    header.name = SESSION_HEADER;
    header.headerElement = element;
    return header;
  }

  /** Carries the token source's own failure through WSC, which only lets ConnectionException pass. */
  static final class RenewalFailedException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    RenewalFailedException(CrmException cause) {
      super("session renewal failed: " + cause.getMessage(), cause);
    }

    CrmException crmException() {
      return (CrmException) getCause();
    }
  }
}
