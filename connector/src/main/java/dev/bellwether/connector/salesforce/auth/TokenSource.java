package dev.bellwether.connector.salesforce.auth;

import dev.bellwether.connector.CrmException;

/** Obtains a fresh access token by one OAuth flow (or SOAP login). */
public interface TokenSource {

  /** A new token; throws AUTHENTICATION when the credentials are refused. */
  AccessToken fetch() throws CrmException;

  /** The flow's name for logs and status, e.g. "jwt-bearer". */
  String name();
}
