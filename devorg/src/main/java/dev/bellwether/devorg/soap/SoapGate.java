package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.org.Org;

/**
 * The door every partner call except login passes, in Salesforce's order: injected latency
 * and outages, the SessionHeader's session, then the daily API request budget.
 */
final class SoapGate {
  private final Org org;

  SoapGate(Org org) {
    this.org = org;
  }

  /** The caller's live session, once the call is counted; a fault otherwise. */
  Session admit(SoapRequest request) {
    org.faults().delay();
    if (org.faults().transientFailure()) {
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
