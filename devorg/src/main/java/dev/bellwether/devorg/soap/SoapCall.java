package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.WriteContext;

/**
 * One partner API call being served: the org, the caller's session (null only for login),
 * the API version from the URL and the parsed request.
 */
record SoapCall(Org org, Session session, ApiVersion version, SoapRequest request) {
  /** The operation element: its children are the call's parameters. */
  XmlElement params() {
    return request.operation();
  }

  /** Who writes, and when: the session's user, now. */
  WriteContext writeContext() {
    return org.writeAs(session.userId());
  }
}
