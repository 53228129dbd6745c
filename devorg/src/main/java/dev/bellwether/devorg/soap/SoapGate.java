package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.faults.RequestFault;
import dev.bellwether.devorg.http.DroppedRequest;
import dev.bellwether.devorg.org.Org;
import jakarta.inject.Provider;
import org.glassfish.grizzly.http.server.Request;

/**
 * The door every partner call except login passes, in Salesforce's order: injected latency,
 * stalls, resets and outages, the SessionHeader's session, then the daily API request budget.
 */
final class SoapGate {
  private final Org org;
  /** The container's request, the only way to reach the TCP connection a reset closes. */
  private final Provider<Request> connection;

  SoapGate(Org org, Provider<Request> connection) {
    this.org = org;
    this.connection = connection;
  }

  /** The caller's live session, once the call is counted; a fault otherwise. */
  Session admit(SoapRequest request) {
    RequestFault fault = org.faults().onRequest();
    if (fault == RequestFault.CONNECTION_RESET) {
      throw DroppedRequest.byReset(connection.get());
    }
    if (fault == RequestFault.SERVER_STOPPED) {
      throw DroppedRequest.serverStopped();
    }
    if (fault == RequestFault.SERVER_UNAVAILABLE) {
      throw SoapFault.serverUnavailable();
    }
    String token = request.headerValue("SessionHeader", "sessionId");
    Session session = org.sessions().find(token == null ? null : token.trim())
        .filter(s -> org.id().equals(s.orgId()))
        .orElseThrow(SoapFault::invalidSession);
    if (!org.apiUsage().tryAcquire()) {
      throw SoapFault.requestLimitExceeded(org.apiUsage().limit());
    }
    return session;
  }

  /** What LimitInfoHeader reports after this call. */
  LimitInfo limitInfo() {
    return new LimitInfo(org.apiUsage().used(), org.apiUsage().limit());
  }
}
