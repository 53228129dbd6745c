package dev.bellwether.connector.salesforce.call;

/** The kinds of failure that may pass if the same call is tried again later. */
public enum TransientKind {
  /** HTTP 503/502/504 or a SOAP server fault saying the service is unavailable. */
  UNAVAILABLE,
  /** No response within the read timeout. */
  TIMEOUT,
  /** The connection was refused, reset or closed mid-response. */
  CONNECTION,
  /** UNABLE_TO_LOCK_ROW for the call as a whole. */
  ROW_LOCK,
  /** REQUEST_LIMIT_EXCEEDED: the org's daily API requests are spent, by anyone. */
  LIMIT_EXCEEDED
}
