package dev.bellwether.connector;

/**
 * A CRM call that failed as a whole, with the kind of failure, the CRM's own code and the
 * object it concerned. Never carries a token or secret.
 */
public class CrmException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in terms the caller can act on. */
  public enum Kind {
    /** Credentials or the session were refused and renewing did not help. */
    AUTHENTICATION,
    /** The connector's configuration is wrong (a bad key, a missing secret). */
    CONFIGURATION,
    /** An object or field the caller named does not exist or is not accessible. */
    SCHEMA,
    /** The CRM rejected the request itself (malformed query, invalid argument). */
    INVALID_REQUEST,
    /** The CRM stayed unavailable (outage, timeouts, resets, limits) after every retry. */
    UNAVAILABLE,
    /** An asynchronous job (Bulk API) ended in failure. */
    JOB_FAILED,
    /** The CRM answered something the connector could not understand. */
    PROTOCOL,
    /** The calling thread was interrupted while waiting. */
    INTERRUPTED
  }

  private final Kind kind;
  private final String code;
  private final String object;

  public CrmException(Kind kind, String code, String object, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.code = code;
    this.object = object;
  }

  public CrmException(Kind kind, String code, String object, String message) {
    this(kind, code, object, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The CRM's status or exception code (e.g. INVALID_FIELD), or null. */
  public String code() {
    return code;
  }

  /** The object the call concerned, or null. */
  public String object() {
    return object;
  }
}
