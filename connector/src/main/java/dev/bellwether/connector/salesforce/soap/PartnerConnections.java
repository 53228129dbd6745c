package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.auth.AccessToken;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.budget.LimitObserver;
import dev.bellwether.connector.salesforce.call.CallGuard;
import java.time.Duration;

/**
 * Makes WSC partner connections for the current session token and runs each partner API request
 * as one guarded call: the token as SessionHeader, one renewal on INVALID_SESSION_ID, gzip, the
 * LimitInfoHeader to the budget and WSC's exceptions translated by {@link SoapFaults}.
 *
 * <p>A {@link PartnerConnection} holds per-call state (QueryOptions, AllOrNoneHeader, the last
 * LimitInfoHeader) in fields without locking, so it must not be shared between threads. A new
 * one is made for every request: that costs a few objects and no I/O (manual login, session id
 * already set), HTTP keep-alive lives below it in the JDK's connection cache, and no header set
 * for one call can leak into the next. A per-thread pool would save little and would need its
 * headers reset after every call.
 */
public final class PartnerConnections {
  private static final String API_REQUESTS = "API REQUESTS";
  private final SessionTokens session;
  private final String apiVersion;
  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;
  private final LimitObserver limits;
  private final CallGuard guard;

  public PartnerConnections(SessionTokens session, String apiVersion, Duration connectTimeout,
      Duration readTimeout, LimitObserver limits, CallGuard guard) {
    this.session = session;
    this.apiVersion = apiVersion;
    this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
    this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
    this.limits = limits;
    this.guard = guard;
  }

  /**
   * Runs one partner API request through the guard. {@code what} names it for logs and errors
   * ("query Account"), {@code object} is the object concerned or null. The operation is given a
   * fresh connection on every attempt, so a retry picks up a renewed token.
   */
  public <T> T soapCall(String what, String object, SoapOperation<T> op) throws CrmException {
    return guard.call(what, object, () -> {
      PartnerConnection connection = open(session.current());
      T result;
      try {
        result = op.run(connection);
      } catch (ConnectionException e) {
        throw SoapFaults.translate(e, what, object);
      }
      reportLimits(connection);
      return result;
    });
  }

  public String apiVersion() {
    return apiVersion;
  }

  private PartnerConnection open(AccessToken token) throws CrmException {
    ConnectorConfig config = new ConnectorConfig();
    config.setManualLogin(true);
    config.setSessionId(token.value());
    config.setServiceEndpoint(serviceEndpoint(token));
    config.setCompression(true);
    config.setConnectionTimeout(connectTimeoutMillis);
    config.setReadTimeout(readTimeoutMillis);
    config.setSessionRenewer(new WscSessionRenewer(session, token));
    try {
      return new PartnerConnection(config);
    } catch (ConnectionException e) {
      // Only the endpoint check can fail here: the instance URL does not make a partner endpoint.
      throw new CrmException(Kind.CONFIGURATION, null, null,
          "no partner SOAP endpoint for instance " + token.instanceUrl() + ": " + e.getMessage(), e);
    }
  }

  /** instanceUrl + /services/Soap/u/{version}/{orgId}, the serverUrl a SOAP login would return. */
  private String serviceEndpoint(AccessToken token) {
    String instance = token.instanceUrl().toString();
    while (instance.endsWith("/")) {
      instance = instance.substring(0, instance.length() - 1);
    }
    return instance + "/services/Soap/u/" + apiVersion + "/" + token.orgId();
  }

  private void reportLimits(PartnerConnection connection) {
    LimitInfoHeader_element header = connection.getLimitInfoHeader();
    if (header == null || header.getLimitInfo() == null) {
      return;
    }
    for (LimitInfo info : header.getLimitInfo()) {
      if (API_REQUESTS.equalsIgnoreCase(info.getType())) {
        limits.observe(info.getCurrent(), info.getLimit());
      }
    }
  }
}
