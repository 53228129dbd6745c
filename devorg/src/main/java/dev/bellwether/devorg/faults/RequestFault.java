package dev.bellwether.devorg.faults;

/**
 * What the fault injector decided for one API request once its latency and any stall are
 * served. Each API surface acts on it in its own shape: REST answers 503 with a JSON error
 * array, SOAP a SERVER_UNAVAILABLE fault; a reset is the same on both, a dropped connection.
 */
public enum RequestFault {
  /** Handle the request normally. */
  NONE,
  /** Close the TCP connection without answering. */
  CONNECTION_RESET,
  /** Answer 503 before doing anything. */
  SERVER_UNAVAILABLE,
  /** The server stopped while the request was held by latency or a stall: no one is listening. */
  SERVER_STOPPED
}
