package dev.bellwether.service.panels.session;

/** A session or CSRF token refused, with why; the message never holds a token. */
public final class PanelSessionException extends Exception {

  /** Why a token was refused. */
  public enum Reason {
    /** Missing, or not a token of this service's shape. */
    MALFORMED,
    /** The signature does not match: altered, or signed with another key. */
    BAD_SIGNATURE,
    /** Past its expiry. */
    EXPIRED,
    /** A valid session for another record than the one addressed. */
    OTHER_RECORD,
    /** The CSRF token is missing or does not belong to the session. */
    BAD_CSRF
  }

  private final Reason reason;

  public PanelSessionException(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
